import { Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitProgress } from '../../api/campaigns.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { StatusTag } from './StatusTag.tsx';

/** Units against one target: share as a bar, status, pace and projected date. */
export function ProgressTable({ rows, onOpen }: { rows: UnitProgress[]; onOpen?: (unitId: number) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table<UnitProgress>
      size="small"
      rowKey={(r) => r.unit.id}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 640 }}
      columns={[
        {
          title: t('campaigns.unit'),
          render: (_, r) => (onOpen ? <Typography.Link onClick={() => onOpen(r.unit.id)}>{r.unit.name}</Typography.Link> : r.unit.name),
        },
        {
          title: t('campaigns.share'),
          width: 220,
          render: (_, r) => (
            <Progress
              percent={r.share === null ? 0 : Math.min(100, r.share * 100)}
              status={r.status === 'behind' ? 'exception' : r.status === 'met' ? 'success' : 'normal'}
              format={() => f.pct(r.share, 1)}
              size="small"
            />
          ),
        },
        { title: t('campaigns.reached'), align: 'right', render: (_, r) => `${f.num(r.reached)} / ${f.num(r.eligible)}` },
        { title: t('campaigns.lastWeek'), align: 'right', render: (_, r) => f.num(r.lastWeek) },
        {
          title: t('campaigns.projected'),
          render: (_, r) => (r.status === 'met' || r.status === 'unknown' ? '' : r.projectedDate ? f.date(r.projectedDate) : t('campaigns.never')),
        },
        { title: '', render: (_, r) => <StatusTag status={r.status} /> },
      ]}
    />
  );
}
