import { Card, Col, Descriptions, Row, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { fetchCase, type CaseRecord } from '../api/cases.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { PersonActions } from '../components/people/PersonActions.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { StatusForm } from '../components/cases/StatusForm.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { formatDate, formatDateTime } from '../format.ts';

type Contact = CaseRecord['contacts'][number];

/** One case: the person, the timeline of statuses and tests, contacts with their degree, quarantines. */
export default function CasePage() {
  const { t } = useTranslation();
  const user = useUser();
  const id = Number(useParams().id);
  const record = useAsync(() => fetchCase(id), [id]);
  if (record.error) return <ErrorAlert error={record.error} onRetry={record.reload} />;
  if (!record.data) return <PageSpinner />;
  const { case: c, person, timeline, tests, contacts, quarantines } = record.data;
  const events = [
    ...timeline.map((s) => ({ at: s.at, color: s.status === 'died' ? 'red' : s.status === 'recovered' ? 'green' : 'blue', text: `${t(`cases.status.${s.status}`)}${s.facilityName ? ` — ${s.facilityName}` : ''}${s.note ? ` (${s.note})` : ''}` })),
    ...tests.map((x) => ({ at: x.resultAt ?? x.sampledAt, color: x.result === 'positive' ? 'red' : 'gray', text: `${t(`cases.kind.${x.kind as 'pcr'}`)}: ${t(`cases.result.${x.result as 'pending'}`)}` })),
  ].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <div>
      <Typography.Title level={3}>{t('cases.case.title', { id: c.id })} — {c.person.fullName}</Typography.Title>
      <PersonActions personId={person.id} canWrite={user.role !== 'viewer'} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('cases.case.person')}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label={t('cases.field.name')}>{person.fullName}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.birthYear')}>{person.birthYear ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.unit')}>{c.unit.fullName}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.confirmedAt')}>{formatDateTime(c.confirmedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.origin')}>{t(`cases.origin.${c.origin}`)}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.detection')}>{t(`cases.detection.${c.detection}`)}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.status')}><Tag>{t(`cases.status.${c.status}`)}</Tag> {c.facilityName ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.cluster')}>{c.clusterName ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.infectedPlace')}>{c.infectedPlace ?? ''}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={t('cases.case.contacts')} style={{ marginTop: 16 }}>
            <Table<Contact>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={contacts}
              columns={[
                { title: t('cases.field.name'), render: (_, x) => (x.person.visible ? x.person.fullName : <Typography.Text type="secondary">{t('cases.case.hidden')}</Typography.Text>) },
                { title: t('cases.field.degree'), render: (_, x) => (x.degree === null ? '' : `F${x.degree}`) },
                { title: '', render: (_, x) => t(`cases.case.direction.${x.direction}`) },
                { title: t('cases.field.exposure'), render: (_, x) => `${t(`contacts.exposure.${x.exposureType as "household"}`)} — ${formatDate(x.exposureDate)}` },
                { title: '', render: (_, x) => <Link to={`/chain/${x.person.id}`}>{t('people.actions.chain')}</Link> },
              ]}
            />
          </Card>
          <Card size="small" title={t('cases.case.quarantines')} style={{ marginTop: 16 }}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={quarantines}
              columns={[
                { title: t('cases.field.place'), render: (_, q) => q.facilityName ?? q.place },
                { title: t('cases.field.from'), render: (_, q) => formatDate(q.startDate) },
                { title: t('cases.field.to'), render: (_, q) => formatDate(q.releasedOn ?? q.endDate) },
                { title: t('cases.field.status'), dataIndex: 'status' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('cases.case.timeline')}>
            <Timeline items={events.map((e) => ({ color: e.color, children: <><b>{formatDateTime(e.at)}</b> {e.text}</> }))} />
          </Card>
          {user.role !== 'viewer' && c.status !== 'died' && (
            <Card size="small" title={t('cases.case.changeStatus')} style={{ marginTop: 16 }}>
              <StatusForm caseId={c.id} unitId={c.unit.id} onSaved={record.reload} />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
