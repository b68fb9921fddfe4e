import { App, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/client.ts';
import { createRuleSet, fetchRuleSets, type NewRuleSet, type RuleSetSummary } from '../api/levelRules.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NewRuleSetModal } from '../components/levelRules/NewRuleSetModal.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

/** The Ministry's rule sets and the province's adjusted ones, with their validity and the values still to be confirmed. */
export default function RuleSetsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const user = useUser();
  const list = useAsync(() => fetchRuleSets(), []);
  const [adding, setAdding] = useState(false);
  const nationalAdmin = user.role === 'admin' && user.unit.level === 0;
  const provinceEditor = (user.role === 'admin' || user.role === 'officer') && user.unit.level === 1;
  const canEdit = (s: RuleSetSummary) => (s.province ? provinceEditor && s.province.id === user.unit.id : nationalAdmin);

  const create = async (body: NewRuleSet) => {
    try {
      const created = await createRuleSet(body);
      void message.success(t('levelRules.list.created'));
      navigate(`/level-rules/${created.id}`);
      return true;
    } catch (e) {
      void message.error(errorMessage(e, t));
      return false;
    }
  };

  const adjust = (s: RuleSetSummary) => modal.confirm({
    title: t('levelRules.list.adjustTitle', { code: s.code, province: user.unit.fullName }),
    content: t('levelRules.list.adjustText'),
    okText: t('levelRules.list.adjustOk'),
    cancelText: t('levelRules.list.cancel'),
    onOk: () => create({ basedOnId: s.id, clientId: crypto.randomUUID() }),
  });

  const columns: TableColumnsType<RuleSetSummary> = [
    { title: t('levelRules.list.code'), key: 'code', render: (_, s) => <Link to={`/level-rules/${s.id}`}>{s.code}</Link> },
    {
      title: t('levelRules.list.name'),
      key: 'name',
      render: (_, s) => (
        <>
          <div>{s.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.source}</Typography.Text>
        </>
      ),
    },
    {
      title: t('levelRules.list.owner'),
      key: 'owner',
      render: (_, s) => (
        <>
          <div>{s.province?.fullName ?? t('levelRules.list.ministry')}</div>
          {s.basedOn && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('levelRules.list.basedOn', { code: s.basedOn.code })}</Typography.Text>}
        </>
      ),
    },
    {
      title: t('levelRules.list.validity'),
      key: 'validity',
      render: (_, s) =>
        s.validTo ? t('levelRules.list.range', { from: f.date(s.validFrom), to: f.date(s.validTo) }) : t('levelRules.list.from', { from: f.date(s.validFrom) }),
    },
    {
      key: 'toConfirm',
      render: (_, s) =>
        s.toConfirmCount > 0
          ? <Tag color="orange" data-testid={`to-confirm-count-${s.id}`}>{t('levelRules.list.toConfirm', { count: s.toConfirmCount })}</Tag>
          : <Tag color="green">{t('levelRules.list.confirmed')}</Tag>,
    },
    {
      key: 'actions',
      render: (_, s) => (
        <Space wrap size={4}>
          <Link to={`/level-rules/${s.id}`}>{canEdit(s) ? t('levelRules.list.edit') : t('levelRules.list.open')}</Link>
          {provinceEditor && !s.province && (
            <Button size="small" onClick={() => adjust(s)} data-testid={`adjust-${s.id}`}>{t('levelRules.list.adjust')}</Button>
          )}
        </Space>
      ),
    },
  ];

  const national = (list.data ?? []).filter((s) => !s.province);
  return (
    <>
      <Typography.Title level={3}>{t('levelRules.list.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('levelRules.list.intro')}</Typography.Paragraph>
      {nationalAdmin && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setAdding(true)} data-testid="ruleset-add">{t('levelRules.list.add')}</Button>
      )}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<RuleSetSummary> rowKey="id" size="small" scroll={{ x: true }} loading={list.loading} columns={columns} dataSource={list.data ?? []}
        pagination={false} data-testid="ruleset-list" />
      {adding && <NewRuleSetModal sources={national} onCancel={() => setAdding(false)} onCreate={create} />}
    </>
  );
}
