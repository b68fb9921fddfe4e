import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Balance } from '../../api/stock.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { ExpiryTag } from './ExpiryTag.tsx';

/** Stock by unit and lot: the ledger columns and the balance, with the expiry coloured. */
export function BalanceTable({ rows, loading, full = true }: { rows: Balance[]; loading?: boolean; full?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n = (key: keyof Pick<Balance, 'received' | 'transferIn' | 'transferOut' | 'wasted' | 'adjust' | 'given'>) =>
    ({ title: t(`stock.stock.${key}`), dataIndex: key, align: 'right' as const, render: (v: number) => f.num(v) });
  return (
    <Table<Balance>
      size="small"
      rowKey={(b) => `${b.unit.id}:${b.lot.id}`}
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { title: t('stock.common.unit'), render: (_, b) => b.unit.name },
        { title: t('stock.common.product'), render: (_, b) => b.lot.product.name },
        { title: t('stock.common.lot'), render: (_, b) => b.lot.code },
        { title: t('stock.common.expiry'), render: (_, b) => <ExpiryTag date={b.lot.expiryDate} state={b.expiry} /> },
        ...(full ? [n('received'), n('transferIn'), n('transferOut'), n('wasted'), n('adjust'), n('given')] : []),
        { title: t('stock.stock.balance'), dataIndex: 'balance', align: 'right', render: (v: number) => <strong>{f.num(v)}</strong> },
      ]}
    />
  );
}
