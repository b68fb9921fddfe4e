import { App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { addPerson, checkPerson, fetchPeople, peopleExportUrl, type Candidate } from '../api/people.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { DuplicateDialog } from '../components/people/DuplicateDialog.tsx';
import { PeopleTable } from '../components/people/PeopleTable.tsx';
import { PersonFormModal, type PersonValues } from '../components/people/PersonFormModal.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

const PAGE = 50;

export default function PeoplePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useAsync(() => fetchPeople({ q, limit: PAGE, offset: (page - 1) * PAGE }), [q, page]);
  const [adding, setAdding] = useState(false);
  /** the form's values while the duplicate dialog is open */
  const [pending, setPending] = useState<{ values: PersonValues; candidates: Candidate[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const canWrite = user.role !== 'viewer';

  const create = async (values: PersonValues, notDuplicateOf: number[] = []) => {
    const p = await addPerson({ ...values, clientId: crypto.randomUUID(), notDuplicateOf });
    setAdding(false);
    setPending(null);
    void message.success(t('people.created', { name: p.fullName }));
    navigate(`/people/${p.id}`);
  };

  /** the server's candidates first: a dialog when there are any, else the person is created */
  const submit = async (values: PersonValues) => {
    const { candidates } = await checkPerson(values);
    if (candidates.length) setPending({ values, candidates });
    else await create(values);
  };

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">{t('people.title')}</Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder={t('people.search')}
          onSearch={(v) => { setQ(v.trim()); setPage(1); }}
          style={{ width: 'min(420px, 90vw)' }}
          data-testid="people-search"
        />
        {canWrite && <Button type="primary" onClick={() => setAdding(true)} data-testid="people-add">{t('people.add')}</Button>}
        <Button href={peopleExportUrl({ q }, 'xlsx')} download data-testid="people-export-xlsx">{t('people.exportXlsx')}</Button>
        <Button href={peopleExportUrl({ q }, 'csv')} download data-testid="people-export-csv">{t('people.exportCsv')}</Button>
      </Space>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <PeopleTable
        rows={list.data?.items ?? []}
        loading={list.loading}
        empty={t(q ? 'people.noMatch' : 'people.empty')}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('people.total', { n: f.num(n) }),
          onChange: setPage,
        }}
      />
      <PersonFormModal
        open={adding}
        title={t('people.add')}
        defaultUnitId={user.unit.id}
        onCancel={() => setAdding(false)}
        onSubmit={submit}
      />
      <DuplicateDialog
        candidates={pending?.candidates ?? null}
        busy={busy}
        onCancel={() => setPending(null)}
        onOpen={(id) => navigate(`/people/${id}`)}
        onNotDuplicate={() => {
          if (!pending) return;
          setBusy(true);
          create(pending.values, pending.candidates.map((c) => c.person.id))
            .catch((e: unknown) => void message.error(e instanceof Error ? e.message : String(e)))
            .finally(() => setBusy(false));
        }}
      />
    </>
  );
}
