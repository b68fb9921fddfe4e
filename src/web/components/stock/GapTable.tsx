import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Gap } from '../../api/stock.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** Usable stock of the unit and each unit below it against the doses its targets still need. */
export function GapTable({ rows, loading }: { rows: Gap[]; loading?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table<Gap>
      size="small"
      rowKey={(g) => g.unit.id}
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { title: t('stock.common.unit'), render: (_, g) => g.unit.name },
        { title: t('stock.stock.usable'), dataIndex: 'usable', align: 'right', render: (v: number) => f.num(v) },
        { title: t('stock.stock.need'), dataIndex: 'need', align: 'right', render: (v: number) => f.num(v) },
        {
          title: t('stock.stock.gap'),
          dataIndex: 'gap',
          align: 'right',
          render: (v: number) => (
            <Tag color={v > 0 ? 'blue' : v < 0 ? 'red' : 'green'}>
              {v > 0 ? t('stock.stock.surplus') : v < 0 ? t('stock.stock.shortage') : t('stock.stock.enough')} {f.num(Math.abs(v))}
            </Tag>
          ),
        },
      ]}
    />
  );
}
