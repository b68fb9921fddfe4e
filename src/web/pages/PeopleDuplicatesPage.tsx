import { App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/client.ts';
import { fetchDuplicates, markDistinct, mergePerson, type DuplicatePair, type Person } from '../api/people.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

const pairKey = (p: DuplicatePair) => `${p.a.id}-${p.b.id}`;

export default function PeopleDuplicatesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const { message } = App.useApp();
  const list = useAsync(() => fetchDuplicates(), []);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const canMerge = user.role === 'admin' || user.role === 'officer';

  const act = async (p: DuplicatePair, action: () => Promise<unknown>) => {
    setBusy(pairKey(p));
    try {
      await action();
      setDone((d) => new Set(d).add(pairKey(p)));
      void message.success(t('people.duplicates.done'));
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  };

  const show = (p: Person) => (
    <Space orientation="vertical" size={0}>
      <Link to={`/people/${p.id}`}>{p.fullName}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[`#${p.id}`, f.date(p.birthDate), p.phone, p.nationalId, p.unit.name].filter(Boolean).join(' · ')}
      </Typography.Text>
    </Space>
  );
  const columns: TableColumnsType<DuplicatePair> = [
    { title: t('people.duplicates.a'), key: 'a', render: (_, p) => show(p.a) },
    { title: t('people.duplicates.b'), key: 'b', render: (_, p) => show(p.b) },
    { title: t('people.duplicates.reason'), key: 'r', render: (_, p) => <Tag color="orange">{t(`people.dup.reason.${p.reason}`)}</Tag> },
    {
      title: '',
      key: 'actions',
      render: (_, p) => (
        <Space wrap size={4}>
          {canMerge && (
            <Popconfirm title={t('people.duplicates.mergeConfirm')} onConfirm={() => act(p, () => mergePerson(p.a.id, p.b.id))}>
              <Button size="small" danger loading={busy === pairKey(p)} data-testid={`dup-merge-${pairKey(p)}`}>{t('people.duplicates.merge')}</Button>
            </Popconfirm>
          )}
          <Button size="small" loading={busy === pairKey(p)} onClick={() => void act(p, () => markDistinct(p.a.id, p.b.id))} data-testid={`dup-distinct-${pairKey(p)}`}>
            {t('people.duplicates.distinct')}
          </Button>
        </Space>
      ),
    },
  ];
  const rows = (list.data ?? []).filter((p) => !done.has(pairKey(p)));
  return (
    <>
      <Typography.Title level={3} className="ec-page-title">{t('people.duplicates.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('people.duplicates.intro')}</Typography.Paragraph>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<DuplicatePair>
        size="small"
        rowKey={pairKey}
        loading={list.loading}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('people.duplicates.empty') }}
        data-testid="duplicates-table"
      />
    </>
  );
}
