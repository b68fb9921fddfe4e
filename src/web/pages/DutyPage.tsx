import { CopyOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Row, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { copyWeek, fetchBoard, fetchDuty, removeShift, rosterDownloadUrl, type Shift } from '../api/duty.ts';
import { addDays, today } from '../dates.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { DutyBoard } from '../components/duty/DutyBoard.tsx';
import { HotlineList } from '../components/duty/HotlineList.tsx';
import { PhoneLink } from '../components/duty/PhoneLink.tsx';
import { RosterWeek } from '../components/duty/RosterWeek.tsx';
import { ShiftModal } from '../components/duty/ShiftModal.tsx';
import { mondayOf } from '../components/duty/vnTime.ts';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useAutoRefresh } from '../hooks/useAutoRefresh.ts';

const REFRESH_MS = 60_000;

function ShiftCard({ title, shift, empty }: { title: string; shift: Shift | null; empty: string }) {
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      {shift ? (
        <>
          <Typography.Text strong>{shift.leaderName}</Typography.Text>
          {shift.leaderTitle && <Typography.Text type="secondary">, {shift.leaderTitle}</Typography.Text>}
          <div><PhoneLink phone={shift.phone} big /></div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(shift.startsAt)} – {formatDateTime(shift.endsAt)}</Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      )}
    </Card>
  );
}

/** Who is on duty now in the units around one, and one unit's weekly leader roster and hotlines. */
export default function DutyPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [tab, setTab] = useState('board');
  const [boardUnit, setBoardUnit] = useState<number | undefined>();
  const [rosterUnit, setRosterUnit] = useState<number | undefined>();
  const [from, setFrom] = useState(() => mondayOf(today()));
  const to = addDays(from, 6);
  const board = useAsync(() => (tab === 'board' ? fetchBoard(boardUnit) : null), [boardUnit, tab]);
  const duty = useAsync(() => (tab === 'roster' ? fetchDuty({ unitId: rosterUnit, from, to }) : null), [rosterUnit, from, tab]);
  const [editing, setEditing] = useState<Shift | 'new' | null>(null);
  useAutoRefresh(board.reload, REFRESH_MS);

  const d = duty.data;
  const canEdit = d?.canEdit ?? false;

  const openRoster = (unitId: number) => {
    setRosterUnit(unitId);
    setTab('roster');
  };

  const remove = async (s: Shift) => {
    try {
      await removeShift(s.id);
      void message.success(t('duty.roster.deleted'));
      duty.reload();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  const copy = () => {
    if (!d) return;
    modal.confirm({
      title: t('duty.roster.copyWeek'),
      content: t('duty.roster.copyConfirm', { from: formatDate(from), to: formatDate(to) }),
      okText: t('duty.common.yes'),
      cancelText: t('duty.common.no'),
      onOk: async () => {
        try {
          const r = await copyWeek(d.unit.id, addDays(from, 7));
          void message.success(t('duty.roster.copied', { created: r.created, skipped: r.skipped }));
          setFrom(r.weekStart);
        } catch (e) {
          void message.error(errorMessage(e, t));
        }
      },
    });
  };

  // a new shift starts where the week's last one ends, so a roster is typed shift after shift
  const lastEnd = d?.shifts.reduce<string | undefined>((m, s) => (!m || s.endsAt > m ? s.endsAt : m), undefined);
  const defaultStart = lastEnd ?? new Date(`${from}T08:00:00+07:00`).toISOString();

  const roster = (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 320px' }}><UnitSelect {...(rosterUnit !== undefined ? { value: rosterUnit } : {})} onChange={setRosterUnit} /></div>
        {d && <Typography.Title level={4} style={{ margin: 0 }} data-testid="duty-unit">{d.unit.fullName}</Typography.Title>}
      </Flex>
      {duty.error ? <ErrorAlert error={duty.error} onRetry={duty.reload} /> : null}
      {d && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Row gutter={[12, 12]}>
            <Col xs={24} md={12}><ShiftCard title={t('duty.roster.onDuty')} shift={d.onDuty} empty={t('duty.board.nobody')} /></Col>
            <Col xs={24} md={12}><ShiftCard title={t('duty.roster.next')} shift={d.next} empty={t('duty.roster.none')} /></Col>
          </Row>
          {d.gaps.length ? (
            <Alert type="warning" showIcon title={t('duty.roster.gapsTitle')} data-testid="duty-gaps"
              description={<ul style={{ margin: 0, paddingLeft: 18 }}>{d.gaps.map((g) => <li key={g.from}>{g.message}</li>)}</ul>} />
          ) : (
            <Alert type="success" showIcon title={t('duty.roster.noGaps')} />
          )}
          {!canEdit && <Typography.Text type="secondary">{t('duty.roster.readOnly')}</Typography.Text>}
          <Flex wrap gap={8} align="center" justify="space-between">
            <Space wrap>
              <Button onClick={() => setFrom(addDays(from, -7))}>{t('duty.roster.prevWeek')}</Button>
              <Button onClick={() => setFrom(mondayOf(today()))}>{t('duty.roster.thisWeek')}</Button>
              <Button onClick={() => setFrom(addDays(from, 7))} data-testid="duty-next-week">{t('duty.roster.nextWeek')}</Button>
              <Typography.Text strong data-testid="duty-week">{t('duty.roster.week', { from: formatDate(from), to: formatDate(to) })}</Typography.Text>
            </Space>
            <Space wrap>
              {canEdit && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="duty-add-shift">{t('duty.roster.add')}</Button>}
              {canEdit && <Button icon={<CopyOutlined />} onClick={copy} data-testid="duty-copy-week">{t('duty.roster.copyWeek')}</Button>}
              <Button icon={<FileExcelOutlined />} data-testid="duty-export" href={rosterDownloadUrl({ unitId: d.unit.id, from, to })}>{t('duty.roster.export')}</Button>
            </Space>
          </Flex>
          <RosterWeek from={from} to={to} shifts={d.shifts} onEdit={canEdit ? setEditing : undefined} onDelete={canEdit ? (s) => void remove(s) : undefined} />
          <HotlineList unitId={d.unit.id} hotlines={d.hotlines} canEdit={canEdit} onChanged={duty.reload} />
        </Space>
      )}
      {editing && d && (
        <ShiftModal
          unitId={d.unit.id}
          shift={editing === 'new' ? null : editing}
          defaultStart={defaultStart}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            duty.reload();
          }}
        />
      )}
    </>
  );

  return (
    <>
      <Typography.Title level={3}>{t('duty.title')}</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'board',
            label: t('duty.tabs.board'),
            children: (
              <>
                <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 12 }}>
                  <div style={{ flex: '0 1 320px' }}><UnitSelect {...(boardUnit !== undefined ? { value: boardUnit } : {})} onChange={setBoardUnit} /></div>
                  <Space>
                    {board.data && <Typography.Text type="secondary">{t('duty.board.at', { time: formatDateTime(board.data.at) })}</Typography.Text>}
                    <Button onClick={board.reload}>{t('duty.common.refresh')}</Button>
                  </Space>
                </Flex>
                {board.error ? <ErrorAlert error={board.error} onRetry={board.reload} /> : null}
                {board.data && <DutyBoard rows={board.data.rows} onOpen={openRoster} />}
              </>
            ),
          },
          { key: 'roster', label: t('duty.tabs.roster'), children: roster },
        ]}
      />
    </>
  );
}
