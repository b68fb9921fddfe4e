import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BehindReply } from '../../api/campaigns.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useTargetLabel } from './TargetLabel.tsx';

type Row = BehindReply['rows'][number];

/** Every active target's units behind, worst first (for the command dashboard and the briefing). */
export function BehindList({ data, loading }: { data: BehindReply | null | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useTargetLabel();
  if (data && !data.rows.length) return <Empty description={t('campaigns.behindNone')} />;
  return (
    <Table<Row>
      size="small"
      loading={loading}
      rowKey={(r) => `${r.target.id}-${r.progress.unit.id}`}
      dataSource={data?.rows ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 640 }}
      columns={[
        { title: t('campaigns.unit'), render: (_, r) => r.progress.unit.name },
        { title: t('campaigns.campaign'), render: (_, r) => <Link to={`/campaigns/${r.campaign.id}`}>{r.campaign.name}</Link> },
        { title: t('campaigns.targets'), render: (_, r) => label(r.target) },
        { title: t('campaigns.share'), align: 'right', render: (_, r) => f.pct(r.progress.share, 1) },
        { title: t('campaigns.projected'), render: (_, r) => (r.progress.projectedDate ? f.date(r.progress.projectedDate) : t('campaigns.never')) },
      ]}
    />
  );
}
