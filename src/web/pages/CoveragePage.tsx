import { Button, Card, Descriptions, InputNumber, Select, Skeleton, Space, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AGE_GROUPS, STAGES, type AgeGroup, type Stage } from '../../domain/age-groups.ts';
import { coverageExportUrl, fetchCoverage, type CoverageParams } from '../api/coverage.ts';
import { CoverageChildrenTable } from '../components/coverage/CoverageChildrenTable.tsx';
import { useUnitAndDate } from '../components/coverage/useUnitAndDate.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import NotFoundPage from './NotFoundPage.tsx';
import { CoveragePageHead } from '../components/coverage/CoveragePageHead.tsx';

import { CoverageFiguresTable } from '../components/coverage/CoverageFiguresTable.tsx';

const CoverageChart = lazy(() => import('../components/coverage/CoverageChart.tsx'));

export default function CoveragePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { unitId, valid, search, setParam, open, date } = useUnitAndDate('/coverage');
  const params: CoverageParams = {
    unitId,
    date,
    group: (search.get('group') as AgeGroup | null) ?? undefined,
    stage: (search.get('stage') as Stage | null) ?? undefined,
    target: search.get('target') ? Number(search.get('target')) : undefined,
  };
  const cov = useAsync(() => (valid ? fetchCoverage(params) : null), [unitId, date, params.group, params.stage, params.target]);

  if (!valid) return <NotFoundPage />;
  const data = cov.data;
  if (!data) return cov.error ? <ErrorAlert error={cov.error} onRetry={cov.reload} /> : <PageSpinner />;
  const suffix = `?date=${data.date}`;

  return (
    <Spin spinning={cov.loading}>
      {cov.error ? <ErrorAlert error={cov.error} onRetry={cov.reload} /> : null}
      <CoveragePageHead
        title={t('coverage.title')}
        subtitle={t('coverage.hint')}
        unit={data.unit}
        date={data.date}
        onUnit={open}
        onDate={(d) => setParam('date', d)}
        extra={
          <>
            <Button href={coverageExportUrl(params, 'xlsx')}>{t('coverage.exportXlsx')}</Button>
            <Button href={coverageExportUrl(params, 'csv')}>{t('coverage.exportCsv')}</Button>
            <Link to={`/vaccination-progress/${data.unit.id}${suffix}`}>{t('coverage.openProgress')}</Link>
            <Link to={`/coverage-reconciliation/${data.unit.id}${suffix}`}>{t('coverage.openReconciliation')}</Link>
          </>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={t('coverage.chartTitle')}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <CoverageChart figures={data.figures} />
          </Suspense>
          <CoverageFiguresTable figures={data.figures} />
        </Card>
        <Card size="small" title={t('coverage.notVaccinatedTitle')}>
          <Descriptions size="small" column={{ xs: 1, sm: 3, lg: 5 }}>
            {Object.entries(data.notVaccinated).map(([reason, n]) => (
              <Descriptions.Item key={reason} label={t(`coverage.reasons.${reason as keyof typeof data.notVaccinated}`)}>{f.num(n)}</Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
        {data.unit.level < 3 && (
          <Card
            size="small"
            title={t('coverage.childrenTitle')}
            extra={
              <Space wrap>
                <Select
                  aria-label={t('coverage.targetGroup')}
                  value={data.target.group}
                  style={{ width: 130 }}
                  options={AGE_GROUPS.map((g) => ({ value: g, label: t(`coverage.ageGroups.${g}`) }))}
                  onChange={(v) => setParam('group', v)}
                />
                <Select
                  aria-label={t('coverage.targetStage')}
                  value={data.target.stage}
                  style={{ width: 150 }}
                  options={STAGES.map((s) => ({ value: s, label: t(`coverage.stages.${s}`) }))}
                  onChange={(v) => setParam('stage', v)}
                />
                <InputNumber
                  aria-label={t('coverage.target')}
                  min={1}
                  max={100}
                  suffix="%"
                  value={Math.round(data.target.share * 100)}
                  onChange={(v) => setParam('target', v ? String(v / 100) : null)}
                />
              </Space>
            }
          >
            <CoverageChildrenTable items={data.children} target={data.target.share} onOpen={open} />
          </Card>
        )}
      </Space>
    </Spin>
  );
}
