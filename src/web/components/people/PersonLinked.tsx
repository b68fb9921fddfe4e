import { Card, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PersonRecord } from '../../api/people.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import type { peopleVi } from '../../i18n/areas/people.ts';

type Linked = PersonRecord['linked'];
type ColKey = keyof (typeof peopleVi)['record']['col'];
type Brief = { id: number; visible: boolean; fullName: string | null };

function Section<T extends object>({ title, rows, columns, testId }: { title: string; rows: T[]; columns: TableColumnsType<T>; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={`${title} (${rows.length})`} style={{ marginBottom: 12 }} data-testid={testId}>
      {rows.length ? (
        <Table<T> size="small" rowKey={(r) => String((r as { id?: number; transportId?: number }).id ?? (r as { transportId?: number }).transportId)} columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} />
      ) : (
        <Typography.Text type="secondary">{t('people.record.none')}</Typography.Text>
      )}
    </Card>
  );
}

/** Tests, cases, contacts both ways, quarantines and trips of one person. */
export function PersonLinked({ linked }: { linked: Linked }) {
  const { t } = useTranslation();
  const f = useFormat();
  const c = (k: ColKey) => t(`people.record.col.${k}`);
  const who = (b: Brief): ReactNode => (b.visible ? <Link to={`/people/${b.id}`}>{b.fullName}</Link> : <Typography.Text type="secondary">{t('people.hidden')}</Typography.Text>);
  return (
    <>
      <Section title={t('people.record.tests')} rows={linked.tests} testId="person-tests" columns={[
        { title: c('kind'), dataIndex: 'kind' },
        { title: c('sampledAt'), key: 's', render: (_, r) => f.dateTime(r.sampledAt) },
        { title: c('result'), dataIndex: 'result' },
        { title: c('resultAt'), key: 'r', render: (_, r) => f.dateTime(r.resultAt) },
        { title: c('place'), dataIndex: 'place' },
      ]} />
      <Section title={t('people.record.cases')} rows={linked.cases} testId="person-cases" columns={[
        { title: c('confirmedAt'), key: 'c', render: (_, r) => f.dateTime(r.confirmedAt) },
        { title: c('origin'), dataIndex: 'origin' },
        { title: c('detection'), dataIndex: 'detection' },
        { title: c('status'), dataIndex: 'status' },
        { title: c('since'), key: 's', render: (_, r) => f.date(r.statusSince) },
      ]} />
      <Section title={t('people.record.exposures')} rows={linked.exposures} testId="person-exposures" columns={[
        { title: c('person'), key: 'p', render: (_, r) => who(r.source) },
        { title: c('exposureType'), dataIndex: 'exposureType' },
        { title: c('exposureDate'), key: 'd', render: (_, r) => f.date(r.exposureDate) },
      ]} />
      <Section title={t('people.record.contactsListed')} rows={linked.contactsListed} testId="person-contacts" columns={[
        { title: c('person'), key: 'p', render: (_, r) => who(r.person) },
        { title: c('exposureType'), dataIndex: 'exposureType' },
        { title: c('exposureDate'), key: 'd', render: (_, r) => f.date(r.exposureDate) },
      ]} />
      <Section title={t('people.record.quarantines')} rows={linked.quarantines} testId="person-quarantines" columns={[
        { title: c('place'), dataIndex: 'place' },
        { title: c('start'), key: 's', render: (_, r) => f.date(r.startDate) },
        { title: c('end'), key: 'e', render: (_, r) => f.date(r.endDate) },
        { title: c('status'), dataIndex: 'status' },
      ]} />
      <Section title={t('people.record.trips')} rows={linked.trips} testId="person-trips" columns={[
        { title: c('kind'), dataIndex: 'kind' },
        { title: c('code'), dataIndex: 'code' },
        { title: c('departedAt'), key: 'd', render: (_, r) => f.dateTime(r.departedAt) },
        { title: c('seat'), dataIndex: 'seat' },
      ]} />
    </>
  );
}

