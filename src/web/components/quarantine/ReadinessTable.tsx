import { Alert, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReadinessReply } from '../../api/facilities.ts';
import { useFormat } from '../../hooks/useFormat.ts';

type Row = ReadinessReply['districts'][number];

/** Each district against the seed rule: met or not, with the gap. */
export function ReadinessTable({ data, loading }: { data: ReadinessReply | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: TableColumnsType<Row> = [
    { title: t('quarantine.readiness.district'), key: 'unit', render: (_, r) => r.unit.fullName },
    { title: t('quarantine.readiness.population'), key: 'pop', align: 'right', render: (_, r) => <span className="ec-num">{f.num(r.population)}</span> },
    { title: t('quarantine.readiness.required'), key: 'req', align: 'right', render: (_, r) => f.num(r.required) },
    { title: t('quarantine.readiness.beds'), key: 'beds', align: 'right', render: (_, r) => f.num(r.beds) },
    { title: t('quarantine.readiness.byTier'), key: 'tiers', render: (_, r) => `${f.num(r.bedsByTier.tier1)} / ${f.num(r.bedsByTier.tier2)} / ${f.num(r.bedsByTier.tier3)}` },
    {
      title: t('quarantine.readiness.result'),
      key: 'met',
      render: (_, r) =>
        r.met === null ? <Tag>{t('quarantine.readiness.unknown')}</Tag> : <Tag color={r.met ? 'green' : 'red'}>{t(r.met ? 'quarantine.readiness.met' : 'quarantine.readiness.notMet')}</Tag>,
    },
    { title: t('quarantine.readiness.gap'), key: 'gap', align: 'right', render: (_, r) => (r.gap ? <Typography.Text type="danger">{f.num(r.gap)}</Typography.Text> : '—') },
  ];
  return (
    <>
      <Alert type="info" showIcon title={t('quarantine.readiness.rule')} style={{ marginBottom: 12 }} />
      {data && (
        <Typography.Paragraph strong>
          {t('quarantine.readiness.summary', { met: data.totals.met, districts: data.totals.districts, gap: f.num(data.totals.gap) })}
        </Typography.Paragraph>
      )}
      <Table<Row> rowKey={(r) => r.unit.id} size="small" loading={loading} columns={columns} dataSource={data?.districts ?? []} pagination={false}
        scroll={{ x: true }} locale={{ emptyText: t('quarantine.readiness.noDistricts') }} />
    </>
  );
}
