import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchProducts, type Product } from '../api/vaccines.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { IntervalForm } from '../components/vaccines/IntervalForm.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

type Interval = Product['intervals'][number];

/** Vaccine products and their dated schedules; a national administrator adds new rules. */
export default function VaccineProductsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const list = useAsync(() => fetchProducts(), []);
  const canEdit = user.role === 'admin' && user.unit.level === 0;
  const products = list.data ?? [];

  const intervals = (p: Product) => (
    <>
      <Table<Interval>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.intervals}
        columns={[
          { title: t('vaccines.products.doseNumber'), dataIndex: 'doseNumber' },
          { title: t('vaccines.doses.kind'), dataIndex: 'kind', render: (k: Interval['kind']) => t(`vaccines.kind.${k}`) },
          { title: t('vaccines.products.minDays'), dataIndex: 'minDays' },
          { title: t('vaccines.products.maxDays'), dataIndex: 'maxDays', render: (n: number | null) => n ?? '—' },
          { title: t('vaccines.products.previous'), dataIndex: 'previousProducts', render: (c: string[]) => (c.length ? c.join(', ') : t('vaccines.products.sameOnly')) },
          { title: t('vaccines.products.validFrom'), dataIndex: 'validFrom', render: (d: string) => f.date(d) },
          { title: t('vaccines.products.validTo'), dataIndex: 'validTo', render: (d: string | null) => (d ? f.date(d) : '—') },
        ]}
      />
      {canEdit && <div style={{ marginTop: 8 }}><IntervalForm product={p} products={products} onSaved={list.reload} /></div>}
    </>
  );

  return (
    <>
      <Typography.Title level={3}>{t('vaccines.products.title')}</Typography.Title>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<Product>
        rowKey="id"
        loading={list.loading}
        dataSource={products}
        pagination={false}
        scroll={{ x: true }}
        expandable={{ expandedRowRender: intervals }}
        columns={[
          { title: t('vaccines.products.code'), dataIndex: 'code' },
          { title: t('vaccines.products.name'), dataIndex: 'name' },
          { title: t('vaccines.products.primaryDoses'), dataIndex: 'primaryDoses' },
          { title: t('vaccines.products.ages'), key: 'ages', render: (_: unknown, p: Product) => `${p.minAge}–${p.maxAge ?? ''}` },
        ]}
      />
    </>
  );
}
