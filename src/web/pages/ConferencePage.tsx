import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../api/client.ts';
import {
  cascadeConference, closeConference, fetchBriefing, fetchRoom, fetchSituation, openConference, setAttendees, setQuestioned, setRollCall,
  sitesExportUrl, type CascadeInput, type RollCallStatus, type Site,
} from '../api/conferences.ts';
import { AttendeesModal } from '../components/conferences/AttendeesModal.tsx';
import { BriefingPanel } from '../components/conferences/BriefingPanel.tsx';
import { CascadeModal } from '../components/conferences/CascadeModal.tsx';
import { SitesTable } from '../components/conferences/SitesTable.tsx';
import { SituationPanel } from '../components/conferences/SituationPanel.tsx';
import { ConferenceStatusTag, RollCallTag } from '../components/conferences/StatusTag.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { useLiveEvents, type LiveEvent } from '../hooks/useLiveEvents.ts';

/** A national room hears thousands of roll-calls: reload at most this often. */
const RELOAD_EVERY_MS = 1000;

/** The conference room: the header, sites with roll-call, the briefing, the questioned site; live for everyone in it. */
export default function ConferencePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const room = useAsync(() => fetchRoom(id), [id]);
  const status = room.data?.conference.status;
  const questionedId = room.data?.conference.questionedUnitId ?? null;
  const briefing = useAsync(() => fetchBriefing(id), [id, status]);
  const [tick, setTick] = useState(0);
  const situation = useAsync(() => (questionedId ? fetchSituation(id, questionedId) : null), [id, questionedId, tick]);
  const [editing, setEditing] = useState<Site | null>(null);
  const [cascading, setCascading] = useState(false);

  // live: reload the room (and the questioned site's figures) when anyone changes it, throttled;
  // a task event changes only the questioned site's open tasks, not the room
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; room: boolean } | null>(null);
  const reloadRoom = room.reload;
  const onEvent = useCallback((e: LiveEvent | null) => {
    const roomToo = e?.type !== 'task';
    if (pending.current) {
      pending.current.room ||= roomToo;
      return;
    }
    pending.current = {
      room: roomToo,
      timer: setTimeout(() => {
        if (pending.current?.room) reloadRoom();
        pending.current = null;
        setTick((n) => n + 1);
      }, RELOAD_EVERY_MS),
    };
  }, [reloadRoom]);
  useEffect(() => () => { if (pending.current) clearTimeout(pending.current.timer); }, []);
  useLiveEvents(onEvent, id);

  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) void message.success(done);
      room.reload();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  if (room.error) return <ErrorAlert error={room.error} onRetry={room.reload} />;
  if (!room.data) return <PageSpinner />;
  const { conference: c, can, parent, children } = room.data;
  const own = can.checkIn ? room.data.sites.find((s) => s.unitId === can.checkIn) : undefined;

  const cascade = async (input: CascadeInput) => {
    try {
      const made = await cascadeConference(id, input);
      void message.success(t('conferences.cascaded'));
      setCascading(false);
      navigate(`/conferences/${made.id}`);
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <>
      <Link to="/conferences">{t('conferences.back')}</Link>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 4 }} data-testid="conference-title">{c.title}</Typography.Title>
          <Space wrap>
            <ConferenceStatusTag status={c.status} />
            <Typography.Text>{f.dateTime(c.startsAt)}{c.endsAt ? ` – ${f.dateTime(c.endsAt)}` : ''}</Typography.Text>
            <Typography.Text type="secondary">{c.host.fullName}</Typography.Text>
          </Space>
        </div>
        <Space wrap>
          {c.status === 'closed' ? null : c.joinUrl ? (
            <Button type="primary" href={c.joinUrl} target="_blank" rel="noopener noreferrer" data-testid="conference-join">{t('conferences.join')}</Button>
          ) : (
            <Typography.Text type="secondary">{t('conferences.noLink')}</Typography.Text>
          )}
          {can.manage && c.status === 'scheduled' && (
            <Popconfirm title={t('conferences.confirmOpen')} onConfirm={() => act(() => openConference(id), t('conferences.opened'))}>
              <Button data-testid="conference-open">{t('conferences.open')}</Button>
            </Popconfirm>
          )}
          {can.manage && c.status === 'open' && (
            <Popconfirm title={t('conferences.confirmClose')} onConfirm={() => act(() => closeConference(id), t('conferences.closed'))}>
              <Button danger data-testid="conference-close">{t('conferences.close')}</Button>
            </Popconfirm>
          )}
          {can.cascadeFrom && <Button onClick={() => setCascading(true)} data-testid="conference-cascade">{t('conferences.cascade')}</Button>}
          <Link to={`/notices/new?conference=${id}`} data-testid="conference-notice">{t('conferences.notice')}</Link>
        </Space>
      </Flex>

      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 12 }}>
        {c.agenda && <Descriptions.Item label={t('conferences.agenda')} span={2}><span style={{ whiteSpace: 'pre-line' }}>{c.agenda}</span></Descriptions.Item>}
        {parent && <Descriptions.Item label={t('conferences.parent')}><Link to={`/conferences/${parent.id}`}>{parent.title} ({parent.host.fullName})</Link></Descriptions.Item>}
        {children.length > 0 && (
          <Descriptions.Item label={t('conferences.children')}>
            <Space direction="vertical" size={0}>
              {children.map((k) => <Link key={k.id} to={`/conferences/${k.id}`}>{k.host.fullName}: {f.dateTime(k.startsAt)}</Link>)}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>

      {own && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap>
            <Typography.Text strong>{own.name}</Typography.Text>
            <RollCallTag status={own.rollCall} />
            {own.rollCall === 'pending' || own.rollCall === 'absent' ? (
              <Button type="primary" onClick={() => act(() => setRollCall(id, own.unitId, 'connected'), t('conferences.checkedIn'))} data-testid="conference-check-in">
                {t('conferences.checkIn')}
              </Button>
            ) : null}
          </Space>
        </Card>
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={14}>
          <Card size="small" title={t('conferences.sites')} extra={<Button size="small" href={sitesExportUrl(id)}>{t('conferences.export')}</Button>}>
            <SitesTable
              room={room.data}
              onRollCall={(unitId, s: RollCallStatus) => void act(() => setRollCall(id, unitId, s))}
              onQuestion={(unitId) => void act(() => setQuestioned(id, unitId))}
              onAttendees={setEditing}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <SituationPanel questioned={questionedId !== null} data={situation.data} error={situation.error} onRetry={situation.reload} />
            <BriefingPanel id={id} data={briefing.data} error={briefing.error} onRetry={briefing.reload} />
          </Space>
        </Col>
      </Row>

      {editing && (
        <AttendeesModal
          unitName={editing.name}
          attendees={room.data.attendees.filter((a) => a.unitId === editing.unitId)}
          onCancel={() => setEditing(null)}
          onSave={async (list) => {
            await act(() => setAttendees(id, editing.unitId, { attendees: list }));
            setEditing(null);
          }}
        />
      )}
      {cascading && can.cascadeFrom && <CascadeModal unit={can.cascadeFrom} onCancel={() => setCascading(false)} onSave={cascade} />}
    </>
  );
}
