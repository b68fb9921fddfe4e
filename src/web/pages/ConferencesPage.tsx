import { App, Button, Calendar, Card, Col, Empty, Flex, List, Row, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/client.ts';
import { createConference, fetchConferences, type ConferenceSummary, type NewConference } from '../api/conferences.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ConferenceModal } from '../components/conferences/ConferenceModal.tsx';
import { ConferenceStatusTag } from '../components/conferences/StatusTag.tsx';
import { vnDay } from '../components/conferences/time.ts';
import { today } from '../dates.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

/** The conferences the user's units host or join: a month's calendar and list, and a form to schedule one. */
export default function ConferencesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const user = useUser();
  const navigate = useNavigate();
  const [month, setMonth] = useState<Dayjs>(() => dayjs(today()));
  const [adding, setAdding] = useState(false);
  const from = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
  const to = month.endOf('month').add(14, 'day').format('YYYY-MM-DD');
  const list = useAsync(() => fetchConferences(from, to), [from, to]);
  const canCreate = user.role === 'admin' || user.role === 'officer';

  const byDay = useMemo(() => {
    const m = new Map<string, ConferenceSummary[]>();
    for (const c of list.data ?? []) m.set(vnDay(c.startsAt), [...(m.get(vnDay(c.startsAt)) ?? []), c]);
    return m;
  }, [list.data]);
  const inMonth = (list.data ?? []).filter((c) => vnDay(c.startsAt).slice(0, 7) === month.format('YYYY-MM'));

  const save = async (c: NewConference) => {
    try {
      const made = await createConference(c);
      void message.success(t('conferences.saved'));
      setAdding(false);
      navigate(`/conferences/${made.id}`);
    } catch (e) {
      void message.error(errorMessage(e, t));
      throw e;
    }
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('conferences.title')}</Typography.Title>
        {canCreate && <Button type="primary" onClick={() => setAdding(true)} data-testid="conference-add">{t('conferences.add')}</Button>}
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card size="small" title={t('conferences.calendar')}>
            <Calendar
              value={month}
              onPanelChange={(d) => setMonth(d)}
              onSelect={(d, info) => info.source === 'date' && setMonth(d)}
              cellRender={(d, info) => {
                if (info.type !== 'date') return info.originNode;
                const items = byDay.get(d.format('YYYY-MM-DD')) ?? [];
                return (
                  <Space direction="vertical" size={2} style={{ width: '100%' }}>
                    {items.map((c) => (
                      <Link key={c.id} to={`/conferences/${c.id}`} style={{ fontSize: 12, display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                        {f.dateTime(c.startsAt).slice(0, 5)} {c.title}
                      </Link>
                    ))}
                  </Space>
                );
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={`${t('conferences.list')} ${month.format('MM/YYYY')}`}>
            <List
              loading={list.loading}
              dataSource={inMonth}
              locale={{ emptyText: <Empty description={t('conferences.none')} /> }}
              renderItem={(c) => (
                <List.Item extra={<ConferenceStatusTag status={c.status} />}>
                  <List.Item.Meta
                    title={<Link to={`/conferences/${c.id}`} data-testid="conference-link">{c.title}</Link>}
                    description={
                      <>
                        <div>{f.dateTime(c.startsAt)}{c.endsAt ? ` – ${f.dateTime(c.endsAt).slice(0, 5)}` : ''}</div>
                        <div>{c.host.fullName} · {t('conferences.siteCount', { n: f.num(c.siteCount) })}</div>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      {adding && <ConferenceModal hostUnitId={user.unit.id} hostLevel={user.unit.level} onCancel={() => setAdding(false)} onSave={save} />}
    </>
  );
}
