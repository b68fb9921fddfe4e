import { Button, InputNumber, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Transfer } from '../../api/stock.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useNeedText } from './useNeedText.ts';

const statusColors = { planned: 'default', sent: 'blue', received: 'green', cancelled: 'red' } as const;

interface Props {
  rows: Transfer[];
  loading?: boolean;
  /** a draft plan: quantities editable, rows removable */
  onQuantity?(t: Transfer, quantity: number): void;
  onRemove?(t: Transfer): void;
  /** accepted transfers: the step the user may take on this row, if any */
  actionFor?(t: Transfer): 'send' | 'receive' | null;
  onAction?(t: Transfer, step: 'send' | 'receive'): void;
}

/** Transfers between units, by lot; editable in a draft plan, sent and received once accepted. */
export function TransferTable({ rows, loading, onQuantity, onRemove, actionFor, onAction }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const need = useNeedText();
  return (
    <Table<Transfer>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: t('stock.transfers.empty') }}
      columns={[
        { title: t('stock.transfers.from'), render: (_, x) => x.from.name },
        { title: t('stock.transfers.to'), render: (_, x) => x.to.name },
        { title: t('stock.common.lot'), render: (_, x) => `${x.lot.product.name} – ${x.lot.code}` },
        { title: t('stock.common.expiry'), render: (_, x) => f.date(x.lot.expiryDate) },
        { title: t('stock.transfers.purpose'), render: (_, x) => (x.purpose ? need.purpose(x.purpose) : '—') },
        {
          title: t('stock.common.quantity'),
          align: 'right',
          render: (_, x) =>
            onQuantity ? (
              <InputNumber min={1} defaultValue={x.quantity} inputMode="numeric" onBlur={(e) => {
                const q = Number(e.target.value.replace(/\D/g, ''));
                if (q > 0 && q !== x.quantity) onQuantity(x, q);
              }} />
            ) : f.num(x.quantity),
        },
        { title: t('stock.transfers.status'), render: (_, x) => <Tag color={statusColors[x.status]}>{t(`stock.transfers.statuses.${x.status}`)}</Tag> },
        {
          title: '',
          render: (_, x) => {
            const step = actionFor?.(x) ?? null;
            return (
              <Space>
                {onRemove && <Button size="small" danger onClick={() => onRemove(x)}>{t('stock.transfers.remove')}</Button>}
                {step && onAction && <Button size="small" type="primary" onClick={() => onAction(x, step)}>{t(`stock.transfers.${step}`)}</Button>}
              </Space>
            );
          },
        },
      ]}
    />
  );
}
