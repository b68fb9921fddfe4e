import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchLateEntry } from '../../api/vaccines.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';

/** Per child unit: doses and how many days after the dose they were entered. */
export function LateEntryTable({ unitId }: { unitId: number | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = useAsync(() => fetchLateEntry(unitId), [unitId]);
  const days = (n: number | null) => (n === null ? '—' : f.num(Math.round(n * 10) / 10));
  return (
    <>
      {rows.error ? <ErrorAlert error={rows.error} /> : null}
      <Table
        size="small"
        rowKey="unitId"
        loading={rows.loading}
        dataSource={rows.data ?? []}
        pagination={false}
        columns={[
          { title: t('vaccines.doses.units'), dataIndex: 'name' },
          { title: t('vaccines.doses.count'), dataIndex: 'doses', render: (n: number) => f.num(n) },
          { title: t('vaccines.doses.median'), dataIndex: 'medianDays', render: days },
          { title: t('vaccines.doses.p90'), dataIndex: 'p90Days', render: days },
        ]}
      />
    </>
  );
}
