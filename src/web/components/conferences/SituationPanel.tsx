import { Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Situation } from '../../api/conferences.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { TaskCounts } from './TaskCounts.tsx';

const TrendChart = lazy(() => import('../dashboard/TrendChart.tsx'));

/** The site the chair is questioning: its figures, 14 days and tasks, the same on every screen in the room. */
export function SituationPanel({ questioned, data, error, onRetry }: { questioned: boolean; data: Situation | undefined; error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const title = data && questioned ? t('conferences.situationOf', { unit: data.unit.fullName }) : t('conferences.situation');
  return (
    <Card size="small" title={title} extra={<Typography.Text type="success">● {t('conferences.liveHint')}</Typography.Text>} data-testid="situation">
      {!questioned ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('conferences.noQuestioned')} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : !data ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}><Statistic title={t('conferences.newCases24h')} value={f.num(data.headline.casesLast24h)} /></Col>
            <Col xs={12} md={6}>
              <Statistic title={t('conferences.newCases7d')} value={f.num(data.headline.casesWeek)} />
              <Typography.Text type="secondary">{t('conferences.prev7d', { n: f.num(data.headline.casesPrevWeek) })}</Typography.Text>
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('conferences.daysSinceCase')} value={data.headline.daysSinceLastCase === null ? '—' : f.num(data.headline.daysSinceLastCase)} />
            </Col>
            <Col xs={12} md={6}><Statistic title={t('conferences.reported')} value={`${f.num(data.completeness.reported)}/${f.num(data.completeness.expected)}`} /></Col>
          </Row>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('conferences.trend')}</Typography.Title>
          <div>
            <Suspense fallback={<Skeleton active />}>
              <TrendChart trend={data.trend} expected={data.expected} />
            </Suspense>
          </div>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('conferences.tasks')}</Typography.Title>
          {data.tasks ? <TaskCounts tasks={data.tasks} /> : <Typography.Text type="secondary">{t('conferences.noneShort')}</Typography.Text>}
        </>
      )}
    </Card>
  );
}
