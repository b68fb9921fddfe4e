import { Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Person } from '../../api/people.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** People as a table: name links to the record (whose opening is audited). */
export function PeopleTable(props: { rows: Person[]; loading: boolean; empty: string; pagination: TablePaginationConfig | false }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: TableColumnsType<Person> = [
    { title: t('people.col.fullName'), key: 'name', render: (_, p) => <Link to={`/people/${p.id}`}>{p.fullName}</Link> },
    { title: t('people.col.birthDate'), key: 'birth', render: (_, p) => f.date(p.birthDate) },
    { title: t('people.col.sex'), key: 'sex', responsive: ['md'], render: (_, p) => (p.sex ? t(`people.sex.${p.sex}`) : '') },
    { title: t('people.col.nationalId'), dataIndex: 'nationalId', responsive: ['md'] },
    { title: t('people.col.phone'), dataIndex: 'phone', responsive: ['sm'] },
    { title: t('people.col.unit'), key: 'unit', responsive: ['lg'], render: (_, p) => p.unit.fullName },
    { title: t('people.col.address'), dataIndex: 'address', responsive: ['xl'] },
  ];
  return (
    <Table<Person>
      size="small"
      rowKey="id"
      loading={props.loading}
      columns={columns}
      dataSource={props.rows}
      pagination={props.pagination}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: props.empty }}
      data-testid="people-table"
    />
  );
}
