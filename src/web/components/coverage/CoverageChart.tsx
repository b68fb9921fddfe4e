import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_GROUPS, STAGES } from '../../../domain/age-groups.ts';
import type { CoverageFigure } from '../../api/coverage.ts';
import { useFormat } from '../../hooks/useFormat.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const COLORS = { dose1: '#7cb305', primary: '#0b5cad', booster: '#722ed1' };

/** One bar per age group and stage: the share of the eligible population vaccinated. */
export default function CoverageChart({ figures }: { figures: CoverageFigure[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? f.pct(v / 100) : '–') },
      xAxis: { type: 'category', data: AGE_GROUPS.map((g) => t(`coverage.ageGroups.${g}`)) },
      yAxis: { type: 'value', min: 0, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max)), axisLabel: { formatter: (v: number) => `${v}%` } },
      series: STAGES.map((stage) => ({
        name: t(`coverage.stages.${stage}`),
        type: 'bar',
        itemStyle: { color: COLORS[stage] },
        data: AGE_GROUPS.map((group) => {
          const x = figures.find((y) => y.group === group && y.stage === stage);
          return x?.share == null ? null : Math.round(x.share * 1000) / 10;
        }),
      })),
    }),
    [figures, t, f],
  );
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300, width: '100%' }} />;
}
