import { App, Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { changePolicy, createPolicy, fetchPolicies, type NewPolicy, type Policy } from '../api/quarantine.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PolicyModal } from '../components/quarantine/PolicyModal.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

/** The dated quarantine and testing schedules; a national administrator changes them. */
export default function QuarantinePoliciesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const user = useUser();
  const list = useAsync(() => fetchPolicies(), []);
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  const canEdit = user.role === 'admin' && user.unit.level === 0;

  const save = async (p: NewPolicy) => {
    try {
      if (editing && editing !== 'new') await changePolicy(editing.id, p);
      else await createPolicy(p);
      void message.success(t('quarantine.policies.saved'));
      setEditing(null);
      list.reload();
      return true;
    } catch (e) {
      void message.error(errorMessage(e, t));
      return false;
    }
  };

  const columns: TableColumnsType<Policy> = [
    { title: t('quarantine.policies.name'), key: 'name', render: (_, p) => <><div>{p.name}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.source}</Typography.Text></> },
    { title: t('quarantine.policies.degree'), key: 'degree', render: (_, p) => `F${p.degree}` },
    { title: t('quarantine.policies.vaccination'), key: 'vax', render: (_, p) => t(`quarantine.vaccination.${p.vaccination}`) },
    { title: t('quarantine.policies.validFrom'), key: 'from', render: (_, p) => f.date(p.validFrom) },
    { title: t('quarantine.policies.validTo'), key: 'to', render: (_, p) => (p.validTo ? f.date(p.validTo) : <Tag color="green">{t('quarantine.policies.open')}</Tag>) },
    { title: t('quarantine.policies.place'), key: 'place', render: (_, p) => t(`quarantine.place.${p.place}`) },
    { title: t('quarantine.policies.days'), dataIndex: 'days', align: 'right' },
    { title: t('quarantine.policies.testDays'), key: 'tests', render: (_, p) => p.testDays.join(', ') },
    { title: t('quarantine.policies.monitorDays'), dataIndex: 'monitorDays', align: 'right' },
    ...(canEdit ? [{ key: 'edit', render: (_: unknown, p: Policy) => <Button size="small" onClick={() => setEditing(p)}>{t('quarantine.common.edit')}</Button> }] : []),
  ];

  return (
    <>
      <Typography.Title level={3}>{t('quarantine.policies.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('quarantine.policies.intro')}</Typography.Paragraph>
      {canEdit && <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>{t('quarantine.policies.add')}</Button>}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<Policy> rowKey="id" size="small" scroll={{ x: true }} loading={list.loading} columns={columns} dataSource={list.data ?? []} pagination={false} />
      {editing && <PolicyModal policy={editing === 'new' ? null : editing} onCancel={() => setEditing(null)} onSave={save} />}
    </>
  );
}
