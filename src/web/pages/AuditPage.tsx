import { Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { fetchAudit, type AuditRow } from '../api/audit.ts';
import { AuditDetail } from '../components/audit/AuditDetail.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { vi } from '../i18n/vi.ts';

type ActionKey = keyof typeof vi.audit.actions;
type EntityKey = keyof typeof vi.audit.entities;
const ENTITIES = Object.keys(vi.audit.entities) as EntityKey[];
const isAction = (a: string): a is ActionKey => a in vi.audit.actions;
const isEntity = (e: string): e is EntityKey => e in vi.audit.entities;
const LIMIT = 200;

export default function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [search, setSearch] = useSearchParams();
  const entity = search.get('entity') ?? undefined;
  const entityId = search.get('entityId') ?? undefined;
  const log = useAsync(() => fetchAudit({ entity, entityId, limit: LIMIT }), [entity, entityId]);
  const rows = log.data ?? [];

  const actionName = (a: string) => (isAction(a) ? t(`audit.actions.${a}`) : a);
  const entityName = (e: string) => (isEntity(e) ? t(`audit.entities.${e}`) : e);
  const setEntity = (value: string | undefined) =>
    setSearch((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set('entity', value);
      else next.delete('entity');
      next.delete('entityId');
      return next;
    });

  const columns: TableColumnsType<AuditRow> = [
    { title: t('audit.colTime'), key: 'at', render: (_, r) => <span className="ec-num">{f.dateTime(r.at)}</span> },
    { title: t('audit.colUser'), key: 'user', render: (_, r) => r.username ?? t('audit.system') },
    { title: t('audit.colAction'), key: 'action', render: (_, r) => <Tag>{actionName(r.action)}</Tag> },
    { title: t('audit.colEntity'), key: 'entity', render: (_, r) => entityName(r.entity) },
    { title: t('audit.colEntityId'), dataIndex: 'entityId' },
  ];

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">
        {t('audit.title')}
      </Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('audit.entity')}:</span>
        <Select<string>
          allowClear
          style={{ minWidth: 200 }}
          value={entity}
          placeholder={t('audit.allEntities')}
          onChange={(v) => setEntity(v)}
          options={ENTITIES.map((e) => ({ value: e, label: entityName(e) }))}
          data-testid="audit-entity"
        />
        {entityId && <Tag closable onClose={() => setEntity(entity)}>{`${t('audit.colEntityId')}: ${entityId}`}</Tag>}
      </Space>
      {log.error ? <ErrorAlert error={log.error} onRetry={log.reload} /> : null}
      <Table<AuditRow>
        size="small"
        rowKey="id"
        loading={log.loading}
        columns={columns}
        dataSource={rows}
        expandable={{ expandedRowRender: (r) => <AuditDetail row={r} />, rowExpandable: (r) => r.before != null || r.after != null }}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('audit.empty') }}
        onRow={(r) => ({ 'data-testid': `audit-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
      />
    </>
  );
}
