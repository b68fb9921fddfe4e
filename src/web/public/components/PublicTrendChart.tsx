import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicOverview } from '../../api/public.ts';
import { formatDate } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** New cases per day (community and quarantined, stacked) and deaths; a suppressed day is a gap. */
export default function PublicTrendChart({ trend, label }: { trend: PublicOverview['trend']; label: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const option = useMemo(() => {
    const series = (key: 'community' | 'quarantined' | 'deaths') => trend.map((d) => d[key].value);
    const tip = (key: 'community' | 'quarantined' | 'deaths', i: number) => {
      const c = trend[i]?.[key];
      return c?.suppressed ? label : f.num(c?.value ?? null);
    };
    return {
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: (ps: { dataIndex: number; seriesName: string; marker: string; seriesIndex: number }[]) => {
          const i = ps[0]?.dataIndex ?? 0;
          const keys = ['community', 'quarantined', 'deaths'] as const;
          return [formatDate(trend[i]?.date), ...ps.map((p) => `${p.marker}${p.seriesName}: ${tip(keys[p.seriesIndex] ?? 'community', i)}`)].join('<br/>');
        },
      },
      xAxis: { type: 'category', data: trend.map((d) => formatDate(d.date).slice(0, 5)), axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => f.num(v) } },
      series: [
        { name: t('publicPortal.trend.community'), type: 'bar', stack: 'cases', data: series('community'), itemStyle: { color: '#d84315' } },
        { name: t('publicPortal.trend.quarantined'), type: 'bar', stack: 'cases', data: series('quarantined'), itemStyle: { color: '#f4a261' } },
        {
          name: t('publicPortal.trend.deaths'),
          type: 'line',
          data: series('deaths'),
          symbol: 'none',
          lineStyle: { width: 2 },
          itemStyle: { color: '#424242' },
        },
      ],
    };
  }, [trend, label, t, f]);
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 280, width: '100%' }} />;
}
