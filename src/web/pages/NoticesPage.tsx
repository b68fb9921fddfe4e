import { Button, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { fetchNotices, noticesDownloadUrl, type NoticeFilter, type NoticeListItem, type NoticeStatus } from '../api/notices.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoticeStatusTag } from '../components/notices/StatusTags.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { today } from '../dates.ts';
import { formatDate } from '../format.ts';
import { useAsync } from '../hooks/useAsync.ts';

const STATUSES: NoticeStatus[] = ['draft', 'issued', 'superseded'];
const YEARS_BACK = 4;

/** The notices issued by the user's units or giving them tasks, with filters, status tags and an Excel export. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  const [filter, setFilter] = useState<NoticeFilter>({});
  const [q, setQ] = useState('');
  const list = useAsync(() => fetchNotices(filter), [JSON.stringify(filter)]);
  const set = (change: Partial<NoticeFilter>) => setFilter((f) => ({ ...f, ...change }));
  const year = Number(today().slice(0, 4));
  const canWrite = user.role === 'admin' || user.role === 'officer';

  return (
    <>
      <Typography.Title level={3}>{t('notices.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 320px' }}>
          <UnitSelect {...(filter.unitId !== undefined ? { value: filter.unitId } : {})} onChange={(unitId) => set({ unitId })} />
        </div>
        <Select<NoticeStatus>
          allowClear
          style={{ minWidth: 170 }}
          placeholder={t('notices.allStatuses')}
          options={STATUSES.map((s) => ({ value: s, label: t(`notices.status.${s}`) }))}
          onChange={(status) => set({ status })}
          data-testid="notices-status"
        />
        <Select<number>
          allowClear
          style={{ minWidth: 110 }}
          placeholder={t('notices.year')}
          options={Array.from({ length: YEARS_BACK + 1 }, (_, i) => ({ value: year - i, label: String(year - i) }))}
          onChange={(y) => set({ year: y })}
        />
        <Input.Search
          style={{ flex: '1 1 240px' }}
          placeholder={t('notices.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => set({ q: v.trim() || undefined })}
          allowClear
        />
        {canWrite && (
          <Button type="primary" onClick={() => navigate('/notices/new')} data-testid="notices-compose">{t('notices.compose')}</Button>
        )}
      </Flex>
      <div style={{ marginBottom: 8 }}>
        <a href={noticesDownloadUrl(filter)}>{t('notices.downloadXlsx')}</a>
      </div>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<NoticeListItem>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('notices.none') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('notices.col.number'), key: 'number', width: 140, render: (_, n) => <Link to={`/notices/${n.id}`}>{n.number ?? '—'}</Link> },
          { title: t('notices.col.date'), key: 'date', width: 110, render: (_, n) => formatDate(n.issuedOn) },
          {
            title: t('notices.col.title'),
            key: 'title',
            render: (_, n) => (
              <>
                <Link to={`/notices/${n.id}`}>{n.title}</Link>
                {n.supersededBy && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('notices.supersededBy', { number: n.supersededBy.number ?? '' })}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          { title: t('notices.col.unit'), key: 'unit', render: (_, n) => n.issuingUnit.fullName },
          { title: t('notices.col.tasks'), dataIndex: 'tasks', width: 90, align: 'right' },
          { title: t('notices.col.status'), key: 'status', width: 150, render: (_, n) => <NoticeStatusTag status={n.status} /> },
        ]}
      />
    </>
  );
}
