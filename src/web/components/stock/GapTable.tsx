import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Gap } from '../../api/stock.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useNeedText } from './useNeedText.ts';

/** Usable stock of the unit and each unit below it against what its targets still need: surplus by product, shortage by purpose. */
export function GapTable({ rows, loading }: { rows: Gap[]; loading?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const need = useNeedText();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('stock.stock.gapsHint')}</Typography.Paragraph>
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
            title: t('stock.stock.surplus'),
            render: (_, g) => (
              <Flex wrap gap={4}>
                {g.surpluses.map((x) => (
                  <Tag key={x.product.id} color="blue">{t('stock.need.productDoses', { product: x.product.name, doses: f.num(x.doses) })}</Tag>
                ))}
              </Flex>
            ),
          },
          {
            title: t('stock.stock.shortage'),
            render: (_, g) =>
              g.shortages.length ? (
                <Flex vertical gap={2}>
                  {g.shortages.map((x, i) => <Typography.Text key={i} type="danger">{need.shortage(x)}</Typography.Text>)}
                </Flex>
              ) : (
                g.need > 0 && <Tag color="green">{t('stock.stock.enough')}</Tag>
              ),
          },
        ]}
      />
    </>
  );
}
