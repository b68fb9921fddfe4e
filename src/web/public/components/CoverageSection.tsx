import { Card, Empty, Skeleton } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPublicCoverage } from '../../api/public.ts';
import type { CoverageFigure } from '../../api/coverage.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useLang } from '../../hooks/useFormat.ts';

const CoverageChart = lazy(() => import('../../components/coverage/CoverageChart.tsx'));

/** Coverage bars per age group and stage; fetched only once the section scrolls into view (phones on weak links). */
export function CoverageSection({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el || visible) return;
    if (typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    }, { rootMargin: '200px' });
    io.observe(el);
    return () => io.disconnect();
  }, [visible]);

  const coverage = useAsync(() => (visible ? fetchPublicCoverage(unitId) : null), [visible, unitId, lang]);
  const figures: CoverageFigure[] = (coverage.data?.figures ?? []).map((x) => ({
    group: x.group,
    stage: x.stage,
    vaccinated: x.vaccinated.value ?? 0,
    eligible: x.eligible,
    share: x.percent === null ? null : x.percent / 100,
  }));
  const empty = coverage.data && figures.every((x) => x.share === null);

  return (
    <div ref={ref}>
      <Card size="small" title={t('publicPortal.coverage.title')} data-testid="public-coverage">
        {coverage.error ? (
          <ErrorAlert error={coverage.error} onRetry={coverage.reload} />
        ) : !coverage.data ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : empty ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publicPortal.coverage.empty')} />
        ) : (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <CoverageChart figures={figures} />
          </Suspense>
        )}
      </Card>
    </div>
  );
}
