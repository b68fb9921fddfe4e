import { App, Button, Input, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '../../domain/text.ts';
import type { User } from '../../server/modules/users/schema.ts';
import { errorMessage } from '../api/client.ts';
import { changeUser, fetchUsers } from '../api/users.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { AddUserModal } from '../components/users/AddUserModal.tsx';
import { ChangeUserModal, type ChangeMode } from '../components/users/ChangeUserModal.tsx';
import { EmailStatusAlert } from '../components/notifications/EmailStatusAlert.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { ROLE_COLORS } from '../roles.ts';

const haystack = (u: User) => foldVietnamese(`${u.username} ${u.fullName} ${u.unit.fullName} ${u.unit.code}`);

export default function UsersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const list = useAsync(() => fetchUsers(), []);
  /** rows changed or added here, by id, over the list as loaded */
  const [local, setLocal] = useState<Map<number, User>>(new Map());
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<{ user: User; mode: ChangeMode } | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const put = (u: User) => setLocal((prev) => new Map(prev).set(u.id, u));
  const rows = useMemo(() => {
    const loaded = list.data ?? [];
    const added = [...local.values()].filter((u) => !loaded.some((l) => l.id === u.id));
    const all = [...added, ...loaded.map((u) => local.get(u.id) ?? u)];
    const needle = foldVietnamese(q);
    return needle ? all.filter((u) => haystack(u).includes(needle)) : all;
  }, [list.data, local, q]);

  const toggle = async (u: User) => {
    setBusyId(u.id);
    try {
      const next = await changeUser(u.id, { disabled: !u.disabled });
      put(next);
      void message.success(t(next.disabled ? 'users.locked' : 'users.unlocked', { username: u.username }));
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setBusyId(null);
    }
  };

  const columns: TableColumnsType<User> = [
    { title: t('users.colUsername'), key: 'username', render: (_, u) => <Typography.Text code>{u.username}</Typography.Text> },
    { title: t('users.colFullName'), dataIndex: 'fullName' },
    { title: t('users.colRole'), key: 'role', render: (_, u) => <Tag color={ROLE_COLORS[u.role]}>{t(`role.${u.role}`)}</Tag> },
    { title: t('users.colUnit'), key: 'unit', render: (_, u) => u.unit.fullName },
    {
      title: t('notifications.email.column'),
      key: 'email',
      render: (_, u) => u.email ?? <Typography.Text type="secondary">{t('notifications.email.none')}</Typography.Text>,
    },
    {
      title: t('users.colStatus'),
      key: 'status',
      render: (_, u) => <Tag color={u.disabled ? 'default' : 'green'}>{t(u.disabled ? 'users.disabled' : 'users.active')}</Tag>,
    },
    { title: t('users.colCreated'), key: 'created', render: (_, u) => f.dateTime(u.createdAt) },
    {
      title: t('users.colActions'),
      key: 'actions',
      fixed: 'right',
      render: (_, u) => (
        <Space size={4} wrap>
          <Popconfirm
            title={t(u.disabled ? 'users.unlockConfirm' : 'users.lockConfirm', { username: u.username })}
            onConfirm={() => toggle(u)}
          >
            <Button size="small" danger={!u.disabled} loading={busyId === u.id} data-testid={`user-lock-${u.username}`}>
              {t(u.disabled ? 'users.unlock' : 'users.lock')}
            </Button>
          </Popconfirm>
          <Button size="small" onClick={() => setChanging({ user: u, mode: 'role' })} data-testid={`user-role-${u.username}`}>
            {t('users.changeRole')}
          </Button>
          <Button size="small" onClick={() => setChanging({ user: u, mode: 'password' })} data-testid={`user-password-${u.username}`}>
            {t('users.resetPassword')}
          </Button>
          <Button size="small" onClick={() => setChanging({ user: u, mode: 'email' })} data-testid={`user-email-${u.username}`}>
            {t('notifications.email.change')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">
        {t('users.title')}
      </Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search allowClear placeholder={t('users.search')} onChange={(e) => setQ(e.target.value)} style={{ width: 320 }} data-testid="users-search" />
        <Button type="primary" onClick={() => setAdding(true)} data-testid="users-add">
          {t('users.add')}
        </Button>
      </Space>
      <EmailStatusAlert />
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<User>
        size="small"
        rowKey="id"
        loading={list.loading}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t(q ? 'users.noMatch' : 'users.empty') }}
        onRow={(u) => ({ 'data-testid': `user-row-${u.username}` }) as HTMLAttributes<HTMLElement>}
      />
      <AddUserModal
        open={adding}
        onCancel={() => setAdding(false)}
        onCreated={(u) => {
          put(u);
          setAdding(false);
          void message.success(t('users.created', { username: u.username }));
        }}
      />
      <ChangeUserModal
        target={changing}
        onCancel={() => setChanging(null)}
        onChanged={(u, mode) => {
          put(u);
          setChanging(null);
          const done = mode === 'email' ? 'notifications.email.changed' : mode === 'role' ? 'users.roleChanged' : 'users.passwordReset';
          void message.success(t(done, { username: u.username }));
        }}
      />
    </>
  );
}
