import { Button, Card, Col, Result, Row, Skeleton, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { fetchPublicLevels, fetchPublicOverview } from '../api/public.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { ChildrenLevelsTable } from './components/ChildrenLevelsTable.tsx';
import { CoverageSection } from './components/CoverageSection.tsx';
import { HeadlineSection } from './components/HeadlineSection.tsx';
import { LevelCard } from './components/LevelCard.tsx';
import { LevelsSection } from './components/LevelsSection.tsx';
import { openDataPath } from './paths.ts';
import { usePublicTrail } from './trail.ts';

const PublicTrendChart = lazy(() => import('./components/PublicTrendChart.tsx'));

/**
 * The portal's page of a unit (the nation at /public): headline figures, the level in effect and
 * its measures, the children's levels on a map, the bulletin, the trend and vaccination coverage.
 * Two requests on opening (overview and levels, both cached by the server); coverage on scrolling.
 */
export default function PublicHomePage({ focus }: { focus?: 'levels' }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { unitId: param } = useParams();
  const [search, setSearch] = useSearchParams();
  const unitId = param === undefined ? undefined : Number(param);
  const valid = unitId === undefined || (Number.isInteger(unitId) && unitId > 0);
  const date = search.get('date') ?? undefined;
  const week = search.get('week') ?? undefined;

  const overview = useAsync(() => (valid ? fetchPublicOverview(unitId, date) : null), [unitId, date, f.lang]);
  // the nation's page learns the nation's id from its overview; a unit's page asks both at once
  const levelsId = unitId ?? overview.data?.unit.id;
  const levels = useAsync(() => (levelsId ? fetchPublicLevels(levelsId, week) : null), [levelsId, week, f.lang]);
  const data = overview.data && (unitId === undefined || overview.data.unit.id === unitId) ? overview.data : undefined;
  usePublicTrail(data ? [...data.parents, data.unit] : null);

  const levelsRef = useRef<HTMLDivElement>(null);
  const showLevels = !!levels.data && levels.data.children.length > 0;
  useEffect(() => {
    if (focus === 'levels' && showLevels) levelsRef.current?.scrollIntoView({ block: 'start' });
  }, [focus, showLevels]);

  const notFound = !valid || (overview.error instanceof ApiError && overview.error.status === 404);
  if (notFound) {
    return (
      <Result
        status="404"
        title={t('publicPortal.notFound')}
        extra={
          <Link to="/public">
            <Button type="primary">{t('publicPortal.home')}</Button>
          </Link>
        }
      />
    );
  }
  if (!data) return overview.error ? <ErrorAlert error={overview.error} onRetry={overview.reload} /> : <PageSpinner />;

  const setWeek = (w: string | null) =>
    setSearch((prev) => {
      const next = new URLSearchParams(prev);
      if (w) next.set('week', w);
      else next.delete('week');
      return next;
    });
  const s = data.suppression;

  return (
    <Spin spinning={overview.loading}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[12, 8]} align="bottom" justify="space-between">
          <Col flex="auto">
            <Typography.Title level={2} style={{ margin: 0 }} data-testid="public-unit-title">
              {data.unit.level === 0 ? t('publicPortal.nation') : data.unit.longName}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="public-data-date">
              {t('publicPortal.dataDate', { date: f.date(data.date) })} · {t('publicPortal.generatedAt', { time: f.dateTime(data.generatedAt) })}
            </Typography.Text>
          </Col>
          <Col>
            <Link to={openDataPath(data.unit.level === 0 ? undefined : data.unit.id)} data-testid="public-download">
              <Button>{t('publicPortal.download')}</Button>
            </Link>
          </Col>
        </Row>

        <HeadlineSection data={data} />
        <LevelCard level={data.level} />

        {data.bulletin && (
          <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{data.bulletin.title}</span>} data-testid="public-bulletin">
            <pre className="ec-bulletin" data-testid="public-bulletin-text">
              {data.bulletin.text}
            </pre>
          </Card>
        )}

        <div ref={levelsRef}>
          {levels.error ? (
            <ErrorAlert error={levels.error} onRetry={levels.reload} />
          ) : !levels.data ? (
            data.unit.level < 3 ? <Skeleton active paragraph={{ rows: 8 }} /> : null
          ) : showLevels ? (
            <Spin spinning={levels.loading}>
              <LevelsSection data={levels.data} onWeek={setWeek} />
            </Spin>
          ) : null}
        </div>

        <Card size="small" title={t('publicPortal.trend.title')} data-testid="public-trend">
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <PublicTrendChart trend={data.trend} label={s.label} />
          </Suspense>
        </Card>

        <CoverageSection unitId={data.unit.id} />

        {showLevels && levels.data ? <ChildrenLevelsTable data={levels.data} /> : null}

        {s.below > 0 && data.unit.level + 1 >= s.fromLevel && (
          <Typography.Text type="secondary" data-testid="public-suppression-note">
            {t('publicPortal.suppressed', {
              levels: t(`publicPortal.suppressedLevels.${String(Math.min(3, Math.max(1, s.fromLevel))) as '1' | '2' | '3'}`),
              max: s.below - 1,
              label: s.label,
            })}
          </Typography.Text>
        )}
      </Space>
    </Spin>
  );
}
