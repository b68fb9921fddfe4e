import { Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../server/modules/rollups/schema.ts';
import { useFormat } from '../../hooks/useFormat.ts';

type Late = Dashboard['lateUnits'][number];

const COLORS: Record<Late['timeliness'], string> = { late: 'orange', missing: 'red', pending: 'default' };

export function LateUnits({ items }: { items: Late[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: TableColumnsType<Late> = [
    { title: t('dashboard.colName'), key: 'name', render: (_, r) => `${r.unit.name} (${r.unit.code})` },
    { title: t('dashboard.colParent'), dataIndex: 'parentName', key: 'parent' },
    {
      title: t('dashboard.colTimeliness'),
      key: 'timeliness',
      render: (_, r) => <Tag color={COLORS[r.timeliness]}>{t(`timeliness.${r.timeliness}`)}</Tag>,
    },
    { title: t('dashboard.colSubmittedAt'), key: 'submittedAt', render: (_, r) => f.dateTime(r.submittedAt) },
  ];
  return (
    <Table<Late>
      size="small"
      rowKey={(r) => r.unit.id}
      columns={columns}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('dashboard.noLate') }}
      onRow={(r) => ({ 'data-testid': `late-row-${r.unit.code}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
