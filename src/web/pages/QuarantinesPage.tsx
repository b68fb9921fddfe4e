import { App, Button, Flex, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import {
  adjustQuarantine, fetchQuarantines, quarantinesDownloadUrl, releaseQuarantine, type ListQuery, type Quarantine,
} from '../api/quarantine.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { AdjustModal } from '../components/quarantine/AdjustModal.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { today } from '../dates.ts';

const STATUS_COLORS: Record<Quarantine['status'], string> = { active: 'blue', released: 'default', became_case: 'red', transferred: 'orange' };
const PAGE = 50;

/** Every quarantine in the scope, with the officer's adjust dialog. */
export default function QuarantinesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const user = useUser();
  const [filter, setFilter] = useState<ListQuery>({ status: 'active' });
  const [page, setPage] = useState(1);
  const q: ListQuery = { ...filter, limit: PAGE, offset: (page - 1) * PAGE };
  const list = useAsync(() => fetchQuarantines(q), [JSON.stringify(q)]);
  const [adjusting, setAdjusting] = useState<Quarantine | null>(null);
  const isOfficer = user.role === 'admin' || user.role === 'officer';
  const canWrite = user.role !== 'viewer';
  const set = (patch: Partial<ListQuery>) => { setFilter((prev) => ({ ...prev, ...patch })); setPage(1); };

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
      list.reload();
      return true;
    } catch (e) {
      void message.error(errorMessage(e, t));
      return false;
    }
  };

  const columns: TableColumnsType<Quarantine> = [
    {
      title: t('quarantine.list.person'),
      key: 'person',
      render: (_, r) => (r.person.visible ? <>{r.person.fullName} {r.person.birthYear && <Typography.Text type="secondary">({r.person.birthYear})</Typography.Text>}</> : <Typography.Text type="secondary">{t('quarantine.common.hidden')} #{r.person.id}</Typography.Text>),
    },
    { title: t('quarantine.common.unit'), key: 'unit', render: (_, r) => r.unit.name },
    { title: t('quarantine.list.place'), key: 'place', render: (_, r) => <>{t(`quarantine.place.${r.place}`)}{r.facility && <div><Typography.Text type="secondary">{r.facility.name}</Typography.Text></div>}</> },
    { title: t('quarantine.list.period'), key: 'period', render: (_, r) => `${f.date(r.startDate)} – ${f.date(r.endDate)}` },
    { title: t('quarantine.list.day'), key: 'day', render: (_, r) => (r.status === 'active' ? t('quarantine.common.dayOf', { day: r.day, days: r.days }) : '—') },
    { title: t('quarantine.list.testDays'), key: 'tests', render: (_, r) => r.testDates.map(f.date).join(', ') },
    { title: t('quarantine.list.status'), key: 'status', render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`quarantine.status.${r.status}`)}</Tag> },
    { title: t('quarantine.list.reason'), key: 'reason', render: (_, r) => r.adjustReason ?? '' },
    {
      title: t('quarantine.list.actions'),
      key: 'actions',
      render: (_, r) =>
        r.status === 'active' && (
          <Space>
            {isOfficer && <Button size="small" onClick={() => setAdjusting(r)}>{t('quarantine.list.adjust')}</Button>}
            {/* before the end date, only an officer may end it early */}
            {canWrite && (isOfficer || r.endDate <= today()) && (
              <Popconfirm title={t('quarantine.list.releaseConfirm')} onConfirm={() => void act(() => releaseQuarantine(r.id), t('quarantine.list.released'))}>
                <Button size="small">{t('quarantine.list.release')}</Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <Typography.Title level={3}>{t('quarantine.list.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 320px' }}><UnitSelect {...(filter.unitId ? { value: filter.unitId } : {})} onChange={(unitId) => set({ unitId })} /></div>
        <Select<string> style={{ width: 180 }} value={filter.status ?? ''} onChange={(v) => set({ status: (v || undefined) as ListQuery['status'] })}
          options={[{ value: '', label: t('quarantine.common.all') }, ...(['active', 'released', 'became_case', 'transferred'] as const).map((s) => ({ value: s, label: t(`quarantine.status.${s}`) }))]} />
        <Select<string> style={{ width: 160 }} value={filter.place ?? ''} onChange={(v) => set({ place: (v || undefined) as ListQuery['place'] })}
          options={[{ value: '', label: t('quarantine.common.all') }, ...(['home', 'centralised'] as const).map((p) => ({ value: p, label: t(`quarantine.place.${p}`) }))]} />
        <a href={quarantinesDownloadUrl(filter, 'xlsx')}>{t('quarantine.common.downloadXlsx')}</a>
        <a href={quarantinesDownloadUrl(filter, 'csv')}>{t('quarantine.common.downloadCsv')}</a>
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<Quarantine>
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => t('quarantine.list.total', { n: f.num(n) }) }}
      />
      {adjusting && (
        <AdjustModal
          quarantine={adjusting}
          onCancel={() => setAdjusting(null)}
          onSave={async (endDate, reason) => {
            const ok = await act(() => adjustQuarantine(adjusting.id, endDate, reason), t('quarantine.list.adjusted'));
            if (ok) setAdjusting(null);
            return ok;
          }}
        />
      )}
    </>
  );
}
