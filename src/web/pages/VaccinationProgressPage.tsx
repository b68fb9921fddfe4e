import { Alert, Card, Col, Descriptions, List, Row, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS } from '../../domain/age-groups.ts';
import { DAILY_STAGES } from '../../domain/coverage.ts';
import { fetchProgress, type ProgressReport } from '../api/coverage.ts';
import { useUnitAndDate } from '../components/coverage/useUnitAndDate.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useAutoRefresh } from '../hooks/useAutoRefresh.ts';
import { useFormat } from '../hooks/useFormat.ts';
import NotFoundPage from './NotFoundPage.tsx';
import { CoveragePageHead } from '../components/coverage/CoveragePageHead.tsx';

type Child = ProgressReport['children'][number];

/** The daily progress report: doses of the day by stage and age, and the communes that entered nothing. */
export default function VaccinationProgressPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { unitId, valid, setParam, open, date } = useUnitAndDate('/vaccination-progress');
  const rep = useAsync(() => (valid ? fetchProgress(unitId, date) : null), [unitId, date]);
  useAutoRefresh(rep.reload, 60_000);

  if (!valid) return <NotFoundPage />;
  const data = rep.data;
  if (!data) return rep.error ? <ErrorAlert error={rep.error} onRetry={rep.reload} /> : <PageSpinner />;
  const c = data.completeness;

  return (
    <Spin spinning={rep.loading}>
      {rep.error ? <ErrorAlert error={rep.error} onRetry={rep.reload} /> : null}
      <CoveragePageHead
        title={t('coverage.progress.title')}
        subtitle={t('coverage.progress.deadline', { time: f.dateTime(data.deadline) })}
        unit={data.unit}
        date={data.date}
        onUnit={open}
        onDate={(d) => setParam('date', d)}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {!data.final && <Alert type="info" showIcon title={t('coverage.progress.provisional')} />}
        <Card size="small">
          <Row gutter={[16, 16]}>
            <Col xs={24} md={6}><Statistic title={t('coverage.progress.total')} value={f.num(data.doses.total)} /></Col>
            <Col xs={24} md={9}>
              <Descriptions size="small" column={2} title={t('coverage.progress.byStage')}>
                {DAILY_STAGES.map((s) => <Descriptions.Item key={s} label={t(`coverage.stages.${s}`)}>{f.num(data.doses.byStage[s])}</Descriptions.Item>)}
              </Descriptions>
            </Col>
            <Col xs={24} md={9}>
              <Descriptions size="small" column={2} title={t('coverage.progress.byBand')}>
                {AGE_BANDS.map((b) => <Descriptions.Item key={b} label={t(`coverage.bands.${b}`)}>{f.num(data.doses.byBand[b])}</Descriptions.Item>)}
              </Descriptions>
            </Col>
          </Row>
        </Card>
        {data.children.length > 0 && (
          <Card size="small" title={t('coverage.progress.children')}>
            <Table<Child>
              size="small"
              rowKey={(x) => x.unit.id}
              dataSource={data.children}
              pagination={false}
              scroll={{ x: 480 }}
              columns={[
                { title: t('coverage.unit'), render: (_, x) => <Typography.Link onClick={() => open(x.unit.id)}>{x.unit.name}</Typography.Link> },
                { title: t('coverage.progress.doses'), align: 'right', render: (_, x) => f.num(x.doses.total) },
                { title: t('coverage.stages.dose1'), align: 'right', render: (_, x) => f.num(x.doses.byStage.dose1) },
                { title: t('coverage.stages.primary'), align: 'right', render: (_, x) => f.num(x.doses.byStage.primary) },
                { title: t('coverage.stages.booster'), align: 'right', render: (_, x) => f.num(x.doses.byStage.booster) },
                {
                  title: t('coverage.progress.silent'),
                  align: 'right',
                  render: (_, x) => <Typography.Text type={x.silent ? 'danger' : 'success'}>{f.num(x.silent)}/{f.num(x.communes)}</Typography.Text>,
                },
              ]}
            />
          </Card>
        )}
        <Card size="small" title={t('coverage.progress.silentTitle')}>
          <Typography.Paragraph>
            {c.silent ? t('coverage.progress.silentCount', { silent: f.num(c.silent), communes: f.num(c.communes) }) : t('coverage.progress.allEntered')}
          </Typography.Paragraph>
          {c.list.length > 0 && (
            <List size="small" dataSource={c.list} renderItem={(u) => <List.Item>{u.fullName}</List.Item>} />
          )}
          {c.truncated && <Typography.Text type="secondary">{t('coverage.progress.truncated', { shown: c.list.length })}</Typography.Text>}
        </Card>
      </Space>
    </Spin>
  );
}
