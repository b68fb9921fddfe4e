import { App, Button, Card, Checkbox, Col, DatePicker, Empty, Flex, Row, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { fetchFollowup, followupDownloadUrl, recordCheck, type FollowupItem, type Outcome } from '../api/quarantine.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FollowupCard } from '../components/quarantine/FollowupCard.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { today } from '../dates.ts';
import { useAsync } from '../hooks/useAsync.ts';

/** The community team's daily list, on a phone: who to check, who is due a test, who ends today. */
export default function FollowUpPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [date, setDate] = useState(today());
  const [onlyUnchecked, setOnlyUnchecked] = useState(false);
  const [onlyTests, setOnlyTests] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);
  const list = useAsync(() => fetchFollowup(unitId, date), [unitId, date]);
  /** checks recorded here, over the list as loaded */
  const [local, setLocal] = useState<Map<number, FollowupItem>>(new Map());
  const canWrite = user.role !== 'viewer';

  const items = useMemo(
    () =>
      (list.data?.items ?? [])
        .map((i) => local.get(i.quarantineId) ?? i)
        .filter((i) => (!onlyUnchecked || !i.checkedToday) && (!onlyTests || i.testDueToday || i.overdueTests.length > 0)),
    [list.data, local, onlyUnchecked, onlyTests],
  );
  const checked = (list.data?.items ?? []).filter((i) => (local.get(i.quarantineId) ?? i).checkedToday).length;
  const totals = list.data?.totals;

  const check = async (item: FollowupItem, outcome: Outcome) => {
    setBusy(item.quarantineId);
    try {
      const c = await recordCheck(item.quarantineId, { day: date, outcome, clientId: crypto.randomUUID() });
      const mark = { day: c.day, outcome: c.outcome, temperature: c.temperature, note: c.note };
      setLocal((prev) => new Map(prev).set(item.quarantineId, { ...item, checkedToday: true, todayCheck: mark, lastCheck: mark }));
      void message.success(t('quarantine.followup.saved', { name: item.person.fullName ?? `#${item.person.id}`, outcome: t(`quarantine.outcome.${outcome}`) }));
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div style={{ maxWidth: 900, margin: '0 auto' }}>
      <Typography.Title level={3}>{t('quarantine.followup.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '1 1 260px' }}>
          <UnitSelect {...(unitId !== undefined ? { value: unitId } : {})} onChange={(id) => { setUnitId(id); setLocal(new Map()); }} />
        </div>
        <DatePicker
          value={dayjs(date)}
          format="DD/MM/YYYY"
          allowClear={false}
          onChange={(d) => { if (d) { setDate(d.format('YYYY-MM-DD')); setLocal(new Map()); } }}
        />
        <Button onClick={() => { setLocal(new Map()); list.reload(); }}>{t('quarantine.common.refresh')}</Button>
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {totals && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Row gutter={8}>
            <Col span={8}><Statistic title={t('quarantine.followup.toCheck')} value={totals.people - checked} /></Col>
            <Col span={8}><Statistic title={t('quarantine.followup.testsDue')} value={totals.testsDue} valueStyle={{ color: totals.testsDue ? '#cf1322' : undefined }} /></Col>
            <Col span={8}><Statistic title={t('quarantine.followup.endingToday')} value={totals.endingToday} /></Col>
          </Row>
        </Card>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Checkbox checked={onlyUnchecked} onChange={(e) => setOnlyUnchecked(e.target.checked)}>{t('quarantine.followup.onlyUnchecked')}</Checkbox>
        <Checkbox checked={onlyTests} onChange={(e) => setOnlyTests(e.target.checked)}>{t('quarantine.followup.onlyTests')}</Checkbox>
        <a href={followupDownloadUrl(unitId, date, 'xlsx')}>{t('quarantine.common.downloadXlsx')}</a>
        <a href={followupDownloadUrl(unitId, date, 'csv')}>{t('quarantine.common.downloadCsv')}</a>
      </Space>
      {list.data && !items.length && <Empty description={t('quarantine.followup.empty')} />}
      <Flex vertical gap={8}>
        {items.map((i) => (
          <FollowupCard key={i.quarantineId} item={i} busy={busy === i.quarantineId} canWrite={canWrite} onCheck={(o) => void check(i, o)} />
        ))}
      </Flex>
    </div>
  );
}
