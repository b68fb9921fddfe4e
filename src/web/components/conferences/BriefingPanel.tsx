import { Alert, Button, Card, Col, Empty, List, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { briefingPdfUrl, type Briefing } from '../../api/conferences.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { TaskCounts } from './TaskCounts.tsx';

const TIMELINESS_COLOR = { late: 'orange', missing: 'red', pending: 'default' } as const;

/** What the chair knows: frozen when the conference opened, live before. */
export function BriefingPanel({ id, data, error, onRetry }: { id: number; data: Briefing | undefined; error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const pdf = <Button href={briefingPdfUrl(id)} target="_blank" data-testid="briefing-pdf">{t('conferences.briefingPdf')}</Button>;
  if (error) return <Card size="small" title={t('conferences.briefing')} extra={pdf}><ErrorAlert error={error} onRetry={onRetry} /></Card>;
  if (!data) return <Card size="small" title={t('conferences.briefing')} loading />;
  const h = data.headline;
  const c = data.completeness;
  return (
    <Card size="small" title={`${t('conferences.briefing')}: ${data.unit.fullName}`} extra={pdf} data-testid="briefing">
      <Alert
        type={data.frozen ? 'info' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        title={data.frozen ? t('conferences.frozenAt', { time: f.dateTime(data.takenAt) }) : t('conferences.liveAt', { time: f.dateTime(data.takenAt) })}
      />
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}><Statistic title={t('conferences.newCases24h')} value={f.num(h.casesLast24h)} /></Col>
        <Col xs={12} md={6}>
          <Statistic title={t('conferences.newCases7d')} value={f.num(h.casesWeek)} />
          <Typography.Text type="secondary">{t('conferences.prev7d', { n: f.num(h.casesPrevWeek) })}</Typography.Text>
        </Col>
        <Col xs={12} md={6}><Statistic title={t('conferences.daysSinceCase')} value={h.daysSinceLastCase === null ? '—' : f.num(h.daysSinceLastCase)} /></Col>
        <Col xs={12} md={6}><Statistic title={t('conferences.reported')} value={`${f.num(c.reported)}/${f.num(c.expected)}`} /></Col>
      </Row>
      {data.ranked.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('conferences.ranked')}</Typography.Title>
          <Table
            size="small"
            rowKey={(r) => r.unit.id}
            dataSource={data.ranked}
            pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
            columns={[
              { title: '#', key: 'rank', width: 48, render: (_, __, i) => i + 1 },
              { title: t('conferences.unitName'), key: 'unit', render: (_, r) => r.unit.fullName },
              { title: t('conferences.newCases24h'), key: 'd', align: 'right', render: (_, r) => f.num(r.figures.casesLast24h) },
              { title: t('conferences.newCases7d'), key: 'w', align: 'right', render: (_, r) => f.num(r.figures.casesWeek) },
              { title: t('conferences.reported'), key: 'r', align: 'right', render: (_, r) => `${f.num(r.completeness.reported)}/${f.num(r.completeness.expected)}` },
            ]}
          />
        </>
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 8 }}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('conferences.lateReports')}</Typography.Title>
          <List
            size="small"
            dataSource={data.lateUnits}
            pagination={data.lateUnits.length > 10 ? { pageSize: 10, size: 'small' } : false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('conferences.noneShort')} /> }}
            renderItem={(l) => (
              <List.Item extra={<Tag color={TIMELINESS_COLOR[l.timeliness]}>{t(`conferences.timeliness.${l.timeliness}`)}</Tag>}>
                {l.unit.fullName} <Typography.Text type="secondary">({l.parentName})</Typography.Text>
              </List.Item>
            )}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('conferences.tasks')}</Typography.Title>
          {data.tasks ? <TaskCounts tasks={data.tasks} /> : <Typography.Text type="secondary">{t('conferences.noneShort')}</Typography.Text>}
          {data.behind.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 12 }}>{t('conferences.behind')}</Typography.Title>
              <List
                size="small"
                dataSource={data.behind}
                renderItem={(b) => (
                  <List.Item extra={`${f.pct(b.share)} / ${f.pct(b.targetShare)}`}>
                    {b.unit.fullName} <Typography.Text type="secondary">({b.campaign})</Typography.Text>
                  </List.Item>
                )}
              />
            </>
          )}
        </Col>
      </Row>
    </Card>
  );
}

