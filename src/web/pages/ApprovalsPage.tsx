import { App, Button, DatePicker, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { QueueItem } from '../../server/modules/reports/schema.ts';
import { errorMessage } from '../api/client.ts';
import { DAILY_FORM, fetchForm } from '../api/forms.ts';
import { approveReport, fetchQueue, returnReport } from '../api/reports.ts';
import { ReturnModal } from '../components/approvals/ReturnModal.tsx';
import { CODES, findIndicator, indicatorName } from '../indicators.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { today } from '../dates.ts';

/** the date filter cleared: every submitted report waiting, whatever its date */
const ALL = 'all';

export default function ApprovalsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const dateParam = search.get('date');
  const period = dateParam === ALL ? undefined : (dateParam ?? today());
  const queue = useAsync(() => fetchQueue(DAILY_FORM, period), [period]);
  const formDef = useAsync(() => fetchForm(DAILY_FORM), []);
  const [done, setDone] = useState<Set<number>>(new Set());
  const [busyId, setBusyId] = useState<number | null>(null);
  const [returning, setReturning] = useState<QueueItem | null>(null);

  const finish = (item: QueueItem, key: 'approvals.approved' | 'approvals.returned') => {
    setDone((prev) => new Set(prev).add(item.id));
    void message.success(t(key, { unit: item.unit.name }));
  };
  const approve = async (item: QueueItem) => {
    setBusyId(item.id);
    try {
      await approveReport(item.id);
      finish(item, 'approvals.approved');
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setBusyId(null);
    }
  };
  const sendBack = async (comment: string) => {
    if (!returning) return false;
    try {
      await returnReport(returning.id, comment);
      finish(returning, 'approvals.returned');
      setReturning(null);
      return true;
    } catch (e) {
      void message.error(errorMessage(e, t));
      return false;
    }
  };

  const keyCodes = [...(formDef.data?.caseIndicators ?? [CODES.community, CODES.quarantined]), CODES.deaths];
  const rows = (queue.data ?? []).filter((i) => !done.has(i.id));
  const columns: TableColumnsType<QueueItem> = [
    {
      title: t('approvals.colUnit'),
      key: 'unit',
      fixed: 'left',
      render: (_, r) => (
        <>
          <div>{r.unit.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.unit.code}
          </Typography.Text>
        </>
      ),
    },
    { title: t('approvals.colPeriod'), key: 'period', render: (_, r) => f.date(r.period) },
    { title: t('approvals.colSubmitted'), key: 'submitted', render: (_, r) => f.dateTime(r.submittedAt) },
    {
      title: t('approvals.colTimeliness'),
      key: 'onTime',
      render: (_, r) =>
        r.onTime === null ? '—' : <Tag color={r.onTime ? 'green' : 'orange'}>{r.onTime ? t('approvals.onTime') : t('approvals.late')}</Tag>,
    },
    ...keyCodes.map((code) => {
      const ind = findIndicator(formDef.data, code);
      return {
        title: ind ? indicatorName(ind, f.lang) : code,
        key: code,
        align: 'right' as const,
        render: (_: unknown, r: QueueItem) => <span className="ec-num">{f.num(r.values[code] ?? null)}</span>,
      };
    }),
    {
      title: t('approvals.colWarnings'),
      key: 'warnings',
      render: (_, r) =>
        r.warnings.map((w, i) => (
          <div key={i}>
            <Typography.Text type="warning">{w.message}</Typography.Text>
          </div>
        )),
    },
    {
      title: t('approvals.colActions'),
      key: 'actions',
      fixed: 'right',
      render: (_, r) => (
        <Space>
          <Button
            type="primary"
            size="small"
            loading={busyId === r.id}
            onClick={() => void approve(r)}
            data-testid={`approve-${r.unit.code}`}
          >
            {t('approvals.approve')}
          </Button>
          <Button danger size="small" onClick={() => setReturning(r)} data-testid={`return-${r.unit.code}`}>
            {t('approvals.return')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">
        {t('approvals.title')}
      </Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('approvals.period')}:</span>
        <DatePicker
          value={period ? dayjs(period) : null}
          format="DD/MM/YYYY"
          placeholder={t('approvals.allPeriods')}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today()}
          onChange={(d) =>
            setSearch((prev) => {
              const next = new URLSearchParams(prev);
              next.set('date', d ? d.format('YYYY-MM-DD') : ALL);
              return next;
            })
          }
          data-testid="approvals-date"
        />
      </Space>
      {queue.error ? <ErrorAlert error={queue.error} onRetry={queue.reload} /> : null}
      <Table<QueueItem>
        size="small"
        rowKey="id"
        loading={queue.loading}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('approvals.empty') }}
        onRow={(r) => ({ 'data-testid': `approval-row-${r.unit.code}` }) as HTMLAttributes<HTMLElement>}
      />
      <ReturnModal unitName={returning?.unit.name ?? null} onCancel={() => setReturning(null)} onSubmit={sendBack} />
    </>
  );
}
