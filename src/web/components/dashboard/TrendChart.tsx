import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../server/modules/rollups/schema.ts';
import { formatDate } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export default function TrendChart({ trend, expected }: { trend: Dashboard['trend']; expected: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => f.num(typeof v === 'number' ? v : null) },
      xAxis: {
        type: 'category',
        data: trend.map((p) => formatDate(p.date).slice(0, 5)),
        axisTick: { alignWithLabel: true },
      },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => f.num(v) } },
        { type: 'value', minInterval: 1, max: expected || undefined, splitLine: { show: false }, axisLabel: { formatter: (v: number) => f.num(v) } },
      ],
      series: [
        { name: t('dashboard.trendCases'), type: 'bar', data: trend.map((p) => p.cases), itemStyle: { color: '#d84315' } },
        {
          name: t('dashboard.trendReported'),
          type: 'line',
          yAxisIndex: 1,
          data: trend.map((p) => p.reported),
          symbol: 'none',
          lineStyle: { width: 2 },
          itemStyle: { color: '#0b5cad' },
        },
      ],
    }),
    [trend, expected, t, f],
  );
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300, width: '100%' }} />;
}
