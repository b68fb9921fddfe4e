import { Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { STEPS, type Step } from '../../../domain/tracing-speed.ts';
import { fetchTracingSpeed, type TracingSpeed } from '../../api/contacts.ts';
import { formatNumber } from '../../format.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { personName } from './people.tsx';

type Summary = TracingSpeed['overall'];
type Child = TracingSpeed['children'][number];

/** Speed of tracing on the command dashboard: medians and 90th percentiles, by child unit, slowest cases. */
export function TracingSpeedPanel({ unitId, date }: { unitId: number; date?: string | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const speed = useAsync(() => fetchTracingSpeed(unitId, date ? { to: date } : {}), [unitId, date]);
  const hours = (h: number | null) => (h === null ? '—' : t('contacts.speed.hours', { h: formatNumber(h, f.lang, 1) }));

  if (speed.error) return <ErrorAlert error={speed.error} onRetry={speed.reload} />;
  const data = speed.data;

  const stepColumns: TableColumnsType<{ step: Step; s: Summary[Step] }> = [
    { title: t('contacts.speed.step'), key: 'step', render: (_, r) => t(`contacts.speed.${r.step}`) },
    { title: t('contacts.speed.median'), key: 'median', align: 'right', render: (_, r) => hours(r.s.median) },
    { title: t('contacts.speed.p90'), key: 'p90', align: 'right', render: (_, r) => hours(r.s.p90) },
    { title: t('contacts.speed.done'), key: 'n', align: 'right', responsive: ['sm'], render: (_, r) => f.num(r.s.n) },
    { title: t('contacts.speed.pending'), key: 'pending', align: 'right', responsive: ['sm'], render: (_, r) => f.num(r.s.pending) },
  ];
  const childColumns: TableColumnsType<Child> = [
    { title: t('contacts.speed.byUnit'), key: 'unit', render: (_, c) => c.unit.name },
    { title: t('contacts.chain.cases'), key: 'cases', align: 'right', render: (_, c) => f.num(c.summary.cases) },
    ...STEPS.map((step) => ({
      title: t(`contacts.speed.${step}`),
      key: step,
      align: 'right' as const,
      responsive: step === 'listed' ? undefined : (['md'] as ('md')[]),
      render: (_: unknown, c: Child) => hours(c.summary[step].median),
    })),
  ];

  return (
    <Card size="small" title={t('contacts.speed.title')} loading={!data}>
      {data && data.overall.cases === 0 && <Empty description={t('contacts.speed.noCases')} />}
      {data && data.overall.cases > 0 && (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('contacts.speed.cases', { count: data.overall.cases })}
          </Typography.Paragraph>
          <Table rowKey="step" size="small" pagination={false} columns={stepColumns} dataSource={STEPS.map((step) => ({ step, s: data.overall[step] }))} />
          {data.children.some((c) => c.summary.cases > 0) && (
            <Table
              rowKey={(c) => c.unit.id}
              size="small"
              style={{ marginTop: 12 }}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={childColumns}
              dataSource={data.children.filter((c) => c.summary.cases > 0)}
            />
          )}
          {data.slowest.length > 0 && (
            <>
              <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
                {t('contacts.speed.slowest')}
              </Typography.Text>
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {data.slowest.slice(0, 5).map((c) => (
                  <li key={c.caseId}>
                    {c.person.visible ? <Link to={`/chain/${c.person.id}`}>{personName(t, c.person)}</Link> : personName(t, c.person)}
                    {': '}
                    {c.waiting !== null ? t('contacts.speed.waiting', { h: formatNumber(c.waiting, f.lang, 1) }) : t('contacts.speed.took', { h: hours(c.listed) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Card>
  );
}
