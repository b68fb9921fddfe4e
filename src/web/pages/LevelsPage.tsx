import { Alert, App, Breadcrumb, Button, Card, Col, Row, Skeleton, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { addDays, mondayOf } from '../../domain/dates.ts';
import { errorMessage } from '../api/client.ts';
import { assessLevels, fetchDecisions, fetchLevelHistory, fetchLevels, fetchRuleSetDefinition, type AssessReply } from '../api/levels.ts';
import { fetchUnit } from '../api/units.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ChildrenLevels } from '../components/levels/ChildrenLevels.tsx';
import { DecisionModal } from '../components/levels/DecisionModal.tsx';
import { DecisionsCard } from '../components/levels/DecisionsCard.tsx';
import { HistoryTable } from '../components/levels/HistoryTable.tsx';
import { OwnLevelCard } from '../components/levels/OwnLevelCard.tsx';
import { WeekPicker, weekLabel } from '../components/levels/WeekPicker.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { today } from '../dates.ts';
import { formatNumber } from '../format.ts';
import type { Lang } from '../i18n/lang.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import NotFoundPage from './NotFoundPage.tsx';

const HistoryChart = lazy(() => import('../components/levels/HistoryChart.tsx'));

const HISTORY_WEEKS = 26;

/** Seconds since `since` while it is set, ticking once a second. */
function useElapsed(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.round((now - since) / 1000));
}

/** A unit's epidemic level for a week: why, its measures, its children on a map, its history, re-assessment and decisions. */
export default function LevelsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const user = useUser();
  const navigate = useNavigate();
  const { unitId: unitParam } = useParams();
  const [search, setSearch] = useSearchParams();
  const unitId = unitParam ? Number(unitParam) : user.unit.id;
  const valid = Number.isInteger(unitId) && unitId > 0;
  const weekParam = search.get('week') ?? undefined;

  const overview = useAsync(() => (valid ? fetchLevels(unitId, weekParam) : null), [unitId, weekParam]);
  const unit = useAsync(() => (valid ? fetchUnit(unitId) : null), [unitId]);
  const history = useAsync(() => (valid ? fetchLevelHistory(unitId, HISTORY_WEEKS) : null), [unitId]);
  const decisions = useAsync(() => (valid ? fetchDecisions(unitId) : null), [unitId]);
  const ruleSetId = overview.data?.own?.ruleSet.id;
  const ruleSet = useAsync(() => (ruleSetId ? fetchRuleSetDefinition(ruleSetId) : null), [ruleSetId]);

  const [assessStart, setAssessStart] = useState<number | null>(null);
  const [lastRun, setLastRun] = useState<AssessReply | null>(null);
  const [deciding, setDeciding] = useState(false);
  const elapsed = useElapsed(assessStart);

  if (!valid) return <NotFoundPage />;
  const data = overview.data;
  if (!data) return overview.error ? <ErrorAlert error={overview.error} onRetry={overview.reload} /> : <PageSpinner />;

  const canAct = user.role === 'officer' || user.role === 'admin';
  const ancestors = unit.data?.id === unitId ? unit.data.ancestors : [];
  // decisions are made above the unit (every unit shown is in the user's subtree), or by a province for itself
  const canDecide = canAct && (unitId !== user.unit.id || data.unit.level === 1);
  const currentWeek = mondayOf(today());
  const hrefOf = (id: number) => `/levels/${id}?week=${data.week}`;
  const setWeek = (week: string | null) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (week) next.set('week', week);
        else next.delete('week');
        return next;
      },
      { replace: false },
    );
  const reloadAll = () => {
    overview.reload();
    history.reload();
    decisions.reload();
  };

  const assess = async () => {
    setAssessStart(Date.now());
    try {
      const r = await assessLevels(data.week, unitId);
      setLastRun(r);
      void message.success(t('levels.page.assessed', { units: f.num(r.units), seconds: formatSeconds(r.ms, f.lang) }));
      reloadAll();
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setAssessStart(null);
    }
  };

  const title = data.unit.level === 0 ? t('level.unit0') : data.unit.fullName;
  const sortedAncestors = [...ancestors].sort((a, b) => a.level - b.level);

  return (
    <Spin spinning={overview.loading || assessStart !== null} description={assessStart !== null ? `${t('levels.page.assessing', { unit: title, week: weekLabel(data.week) })} ${elapsed} s` : undefined}>
      {overview.error ? <ErrorAlert error={overview.error} onRetry={overview.reload} /> : null}
      <Breadcrumb
        data-testid="levels-breadcrumb"
        items={[
          ...sortedAncestors.map((a) => ({ key: a.id, title: <Link to={hrefOf(a.id)}>{a.level === 0 ? t('level.unit0') : a.fullName}</Link> })),
          { key: data.unit.id, title },
        ]}
      />
      <Row gutter={[12, 12]} align="bottom" justify="space-between" className="ec-page-head">
        <Col flex="auto">
          <Typography.Title level={3} className="ec-page-title" style={{ marginBottom: 0 }} data-testid="levels-title">
            {t('levels.page.title')} · {title}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="levels-week">
            {t('levels.page.week')} {weekLabel(data.week)}
          </Typography.Text>
        </Col>
        <Col>
          <Space wrap align="end">
            <label>
              <div className="ec-card-sub">{t('levels.page.week')}</div>
              <Space.Compact>
                <Button onClick={() => setWeek(addDays(data.week, -7))} aria-label={t('levels.page.prevWeek')} data-testid="levels-prev-week">
                  ‹
                </Button>
                <WeekPicker value={data.week} onChange={setWeek} max={currentWeek} testId="levels-week-picker" />
                <Button
                  onClick={() => setWeek(addDays(data.week, 7))}
                  disabled={data.week >= currentWeek}
                  aria-label={t('levels.page.nextWeek')}
                  data-testid="levels-next-week"
                >
                  ›
                </Button>
              </Space.Compact>
            </label>
            {canAct ? (
              <Button onClick={() => void assess()} loading={assessStart !== null} data-testid="levels-assess">
                {t('levels.page.assess')}
              </Button>
            ) : null}
            {canDecide ? (
              <Button type="primary" onClick={() => setDeciding(true)} data-testid="levels-decide">
                {t('levels.page.decide')}
              </Button>
            ) : null}
          </Space>
          {lastRun ? (
            <div className="ec-card-sub" data-testid="levels-last-run" style={{ textAlign: 'right' }}>
              {t('levels.page.lastRun', { units: f.num(lastRun.units), seconds: formatSeconds(lastRun.ms, f.lang) })}
            </div>
          ) : null}
        </Col>
      </Row>

      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {data.own ? (
          <OwnLevelCard own={data.own} unitName={title} definition={ruleSet.data?.definition} />
        ) : (
          <Alert type="info" showIcon title={t('levels.page.notAssessed', { unit: title })} data-testid="levels-not-assessed" />
        )}
        {data.unit.level < 3 ? <ChildrenLevels data={data} onOpen={(id) => navigate(hrefOf(id))} hrefOf={hrefOf} /> : null}
        <Card size="small" title={t('levels.history.title')}>
          {history.error ? <ErrorAlert error={history.error} onRetry={history.reload} /> : null}
          {history.data?.length ? (
            <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} />}>
              <HistoryChart rows={history.data} />
            </Suspense>
          ) : null}
          <HistoryTable rows={history.data ?? []} />
        </Card>
        {decisions.error ? <ErrorAlert error={decisions.error} onRetry={decisions.reload} /> : null}
        <DecisionsCard items={decisions.data ?? []} canDecide={canDecide} onChanged={reloadAll} />
      </Space>
      {deciding ? (
        <DecisionModal
          unitId={unitId}
          unitName={title}
          week={data.week}
          level={data.own?.cell.level ?? null}
          onCancel={() => setDeciding(false)}
          onSaved={() => {
            setDeciding(false);
            reloadAll();
          }}
        />
      ) : null}
    </Spin>
  );
}

const formatSeconds = (ms: number, lang: Lang) => formatNumber(ms / 1000, lang, 1);
