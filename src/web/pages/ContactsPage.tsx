import { App, Button, Card, DatePicker, Flex, InputNumber, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/client.ts';
import { contactsExportUrl, fetchContacts, markReached, type Contact, type ContactFilter } from '../api/contacts.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { DegreeTag, personName } from '../components/contacts/people.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useUnitOptions } from '../components/linelist/useUnitOptions.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

const PAGE = 50;

/** Contacts in the user's scope with their current degree: filters, paging, export, "reached". */
export default function ContactsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canWrite = user.role !== 'viewer';
  const units = useUnitOptions();
  const [filter, setFilter] = useState<ContactFilter>({ unitId: user.unit.id });
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<number | null>(null);
  const [sourceId, setSourceId] = useState<number | null>(null);
  const list = useAsync(() => fetchContacts({ ...filter, limit: PAGE, offset: (page - 1) * PAGE }), [filter, page]);

  const change = (next: Partial<ContactFilter>) => {
    setPage(1);
    setFilter((prev) => {
      const merged: ContactFilter = { ...prev, ...next };
      for (const k of Object.keys(merged) as (keyof ContactFilter)[]) if (merged[k] === undefined) delete merged[k];
      return merged;
    });
  };

  const reach = async (c: Contact) => {
    setBusy(c.id);
    try {
      await markReached(c.id, new Date().toISOString());
      void message.success(t('contacts.list.markedReached'));
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<Contact> = [
    { title: t('contacts.list.person'), key: 'person', render: (_, c) => personName(t, c.person) },
    { title: t('contacts.list.degree'), key: 'degree', width: 90, render: (_, c) => <DegreeTag degree={c.degree} /> },
    { title: t('contacts.list.source'), key: 'source', responsive: ['md'], render: (_, c) => personName(t, c.source) },
    { title: t('contacts.list.exposureType'), key: 'type', responsive: ['md'], render: (_, c) => t(`contacts.exposure.${c.exposureType}`) },
    { title: t('contacts.list.exposureDate'), key: 'date', width: 110, render: (_, c) => f.date(c.exposureDate) },
    { title: t('contacts.list.listedAt'), key: 'listed', responsive: ['lg'], render: (_, c) => f.dateTime(c.listedAt) },
    {
      title: t('contacts.list.reachedAt'),
      key: 'reached',
      render: (_, c) =>
        c.reachedAt ? (
          f.dateTime(c.reachedAt)
        ) : canWrite ? (
          <Button size="small" loading={busy === c.id} onClick={() => void reach(c)}>
            {t('contacts.list.markReached')}
          </Button>
        ) : (
          '—'
        ),
    },
    { title: '', key: 'chain', width: 90, render: (_, c) => c.person.visible && <Link to={`/chain/${c.person.id}`}>{t('contacts.list.chain')}</Link> },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('contacts.list.title')}
      </Typography.Title>
      <Card size="small">
        <Flex wrap gap={12} align="center">
          <Select style={{ minWidth: 240 }} value={String(filter.unitId ?? user.unit.id)} options={units} onChange={(v) => change({ unitId: Number(v) })} />
          <Select
            style={{ width: 150 }}
            value={filter.degree ?? ''}
            onChange={(v) => change({ degree: v === '' ? undefined : Number(v) })}
            options={[{ value: '', label: t('contacts.list.anyDegree') }, ...[1, 2, 3].map((n) => ({ value: n, label: t('contacts.degree.fn', { n }) }))]}
          />
          <Select
            style={{ width: 150 }}
            value={filter.reached === undefined ? '' : String(filter.reached)}
            onChange={(v) => change({ reached: v === '' ? undefined : v === 'true' })}
            options={[
              { value: '', label: t('contacts.list.anyReached') },
              { value: 'false', label: t('contacts.list.reachedNo') },
              { value: 'true', label: t('contacts.list.reachedYes') },
            ]}
          />
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            placeholder={[t('contacts.list.from'), t('contacts.list.to')]}
            value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
            onChange={(r) => change({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          />
          <Button href={contactsExportUrl(filter, 'xlsx')}>{t('contacts.list.exportXlsx')}</Button>
          <Button href={contactsExportUrl(filter, 'csv')}>{t('contacts.list.exportCsv')}</Button>
        </Flex>
      </Card>
      {canWrite && (
        <Card size="small">
          <Space wrap>
            <span>{t('contacts.list.openLineList')}</span>
            <InputNumber min={1} placeholder={t('contacts.list.sourceId')} value={sourceId} onChange={(v) => setSourceId(v)} />
            <Button type="primary" disabled={!sourceId} onClick={() => navigate(`/contacts/line-list/${sourceId}`)}>
              {t('contacts.list.open')}
            </Button>
          </Space>
        </Card>
      )}
      {list.error != null && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.data?.truncated && <Typography.Text type="warning">{t('contacts.list.truncated', { count: 20000 })}</Typography.Text>}
      <Table<Contact>
        rowKey="id"
        size="small"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (n) => t('contacts.list.total', { count: n }),
        }}
        scroll={{ x: true }}
      />
    </Space>
  );
}
