import { Button, DatePicker, Flex, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { casesDownloadUrl, fetchCases, fetchClusters, type CaseListQuery, type CaseSummary } from '../api/cases.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { formatDateTime } from '../format.ts';

const PAGE = 50;
const STATUSES = ['active', 'home_care', 'centralised', 'hospital_t1', 'hospital_t2', 'hospital_t3', 'recovered', 'died'] as const;

/** The case list with filters, accent-insensitive search and Excel/CSV export. */
export default function CasesPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<CaseListQuery>({ limit: PAGE, offset: 0 });
  const [q, setQ] = useState('');
  const list = useAsync(() => fetchCases(filter), [JSON.stringify(filter)]);
  const clusters = useAsync(() => fetchClusters(filter.unitId), [filter.unitId]);
  const set = (change: Partial<CaseListQuery>) => setFilter((f) => ({ ...f, ...change, offset: 0 }));
  const options = <K extends string>(keys: readonly K[], prefix: string) => keys.map((k) => ({ value: k, label: t(`${prefix}.${k}` as never) }));

  return (
    <div>
      <Typography.Title level={3}>{t('cases.cases.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '1 1 240px' }}>
          <UnitSelect {...(filter.unitId !== undefined ? { value: filter.unitId } : {})} onChange={(unitId) => set({ unitId, clusterId: undefined })} />
        </div>
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          placeholder={[t('cases.field.from'), t('cases.field.to')]}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
        />
        <Select allowClear style={{ minWidth: 170 }} placeholder={t('cases.field.status')} options={options(STATUSES, 'cases.status')} onChange={(status) => set({ status })} />
        <Select allowClear style={{ minWidth: 150 }} placeholder={t('cases.field.detection')} options={options(['community', 'quarantine'] as const, 'cases.detection')} onChange={(detection) => set({ detection })} />
        <Select allowClear style={{ minWidth: 130 }} placeholder={t('cases.field.origin')} options={options(['imported', 'domestic'] as const, 'cases.origin')} onChange={(origin) => set({ origin })} />
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('cases.field.cluster')}
          options={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(clusterId: number | undefined) => set({ clusterId })}
        />
        <Input.Search
          style={{ flex: '1 1 260px' }}
          placeholder={t('cases.field.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => set({ q: v.trim() || undefined })}
          allowClear
        />
      </Flex>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('cases.cases.total', { count: list.data?.total ?? 0 })}</Typography.Text>
        <a href={casesDownloadUrl(filter, 'xlsx')}>{t('cases.cases.downloadXlsx')}</a>
        <a href={casesDownloadUrl(filter, 'csv')}>{t('cases.cases.downloadCsv')}</a>
      </Space>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<CaseSummary>
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{
          pageSize: PAGE,
          total: list.data?.total ?? 0,
          current: (filter.offset ?? 0) / PAGE + 1,
          showSizeChanger: false,
          onChange: (page) => setFilter((f) => ({ ...f, offset: (page - 1) * PAGE })),
        }}
        columns={[
          { title: '#', dataIndex: 'id', render: (id: number) => <Link to={`/cases/${id}`}>{id}</Link> },
          { title: t('cases.field.name'), render: (_, c) => <Link to={`/cases/${c.id}`}>{c.person.fullName}</Link> },
          { title: t('cases.field.birthYear'), render: (_, c) => c.person.birthYear ?? '' },
          { title: t('cases.field.unit'), render: (_, c) => c.unit.name },
          { title: t('cases.field.confirmedAt'), render: (_, c) => formatDateTime(c.confirmedAt) },
          { title: t('cases.field.origin'), render: (_, c) => t(`cases.origin.${c.origin}`) },
          { title: t('cases.field.detection'), render: (_, c) => t(`cases.detection.${c.detection}`) },
          { title: t('cases.field.status'), render: (_, c) => t(`cases.status.${c.status}`) },
          { title: t('cases.field.cluster'), render: (_, c) => c.clusterName ?? '' },
          { title: '', render: (_, c) => <Button size="small" type="link"><Link to={`/cases/${c.id}`}>{t('cases.cases.open')}</Link></Button> },
        ]}
      />
    </div>
  );
}
