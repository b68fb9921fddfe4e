import { Card, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchReconciliation, type Reconciliation } from '../api/coverage.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ReportedForm } from '../components/coverage/ReportedForm.tsx';
import { useUnitAndDate } from '../components/coverage/useUnitAndDate.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import NotFoundPage from './NotFoundPage.tsx';
import { CoveragePageHead } from '../components/coverage/CoveragePageHead.tsx';

type Row = Reconciliation['rows'][number];
type Pair = Row['vaccinated'];

/** The unit and its children: those with reported figures and those without. */
const unitsOf = (d: Reconciliation) => [...new Map([d.unit, ...d.rows.map((r) => r.unit), ...d.unreported].map((u) => [u.id, u])).values()];

/** Register coverage beside the figures local governments reported, disagreements first. */
export default function ReconciliationPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const { unitId, valid, setParam, open, date } = useUnitAndDate('/coverage-reconciliation');
  const rec = useAsync(() => (valid ? fetchReconciliation(unitId, date) : null), [unitId, date]);

  if (!valid) return <NotFoundPage />;
  const data = rec.data;
  if (!data) return rec.error ? <ErrorAlert error={rec.error} onRetry={rec.reload} /> : <PageSpinner />;
  const diff = (p: Pair) =>
    p.difference === null ? '–' : <Typography.Text type={p.difference ? 'danger' : undefined}>{p.difference > 0 ? '+' : ''}{f.num(p.difference)}</Typography.Text>;
  const pairColumns = (key: 'eligible' | 'vaccinated', title: string) => ({
    title,
    children: [
      { title: t('coverage.rec.register'), align: 'right' as const, render: (_: unknown, r: Row) => f.num(r[key].register) },
      { title: t('coverage.rec.reported'), align: 'right' as const, render: (_: unknown, r: Row) => f.num(r[key].reported) },
      { title: t('coverage.rec.difference'), align: 'right' as const, render: (_: unknown, r: Row) => diff(r[key]) },
    ],
  });
  const canReport = user.role === 'admin' || user.role === 'officer';

  return (
    <Spin spinning={rec.loading}>
      {rec.error ? <ErrorAlert error={rec.error} onRetry={rec.reload} /> : null}
      <CoveragePageHead
        title={t('coverage.rec.title')}
        subtitle={t('coverage.rec.hint')}
        unit={data.unit}
        date={data.date}
        onUnit={open}
        onDate={(d) => setParam('date', d)}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Table<Row>
            size="small"
            bordered
            rowKey={(r) => `${r.unit.id}/${r.ageGroup}/${r.stage}`}
            dataSource={data.rows}
            pagination={data.rows.length > 50 ? { pageSize: 50 } : false}
            scroll={{ x: 900 }}
            columns={[
              { title: t('coverage.unit'), render: (_, r) => <Typography.Link onClick={() => open(r.unit.id)}>{r.unit.name}</Typography.Link> },
              { title: t('coverage.targetGroup'), render: (_, r) => t(`coverage.ageGroups.${r.ageGroup}`) },
              { title: t('coverage.targetStage'), render: (_, r) => t(`coverage.stages.${r.stage}`) },
              { title: t('coverage.rec.asOf'), render: (_, r) => f.date(r.asOf) },
              pairColumns('eligible', t('coverage.eligible')),
              pairColumns('vaccinated', t('coverage.vaccinated')),
              { title: t('coverage.rec.source'), dataIndex: 'source' },
              {
                title: '',
                render: (_, r) => <Tag color={r.agrees ? 'green' : 'red'}>{t(r.agrees ? 'coverage.rec.agrees' : 'coverage.rec.disagrees')}</Tag>,
              },
            ]}
          />
          {data.unreported.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('coverage.rec.unreported', { units: data.unreported.map((u) => u.name).join(', ') })}
            </Typography.Paragraph>
          )}
        </Card>
        {canReport && (
          <Card size="small" title={t('coverage.rec.add')}>
            <ReportedForm units={unitsOf(data)} date={data.date} onSaved={rec.reload} />
          </Card>
        )}
      </Space>
    </Spin>
  );
}
