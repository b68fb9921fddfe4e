import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, type Level } from '../../../domain/epidemic-level.ts';
import type { HistoryRow } from '../../api/levels.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { levelShort } from './levelText.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The level in effect per week as coloured bars, with the case rate as a line. */
export default function HistoryChart({ rows }: { rows: HistoryRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const option = useMemo(() => {
    const weeks = [...rows].reverse();
    return {
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v, f.lang, 1) : '—'),
      },
      xAxis: { type: 'category', data: weeks.map((w) => formatDate(w.week).slice(0, 5)), axisTick: { alignWithLabel: true } },
      yAxis: [
        { type: 'value', min: 0, max: 4, interval: 1, axisLabel: { formatter: (v: number) => (v ? levelShort(t, v as Level) : '') } },
        { type: 'value', min: 0, splitLine: { show: false }, axisLabel: { formatter: (v: number) => f.num(v) } },
      ],
      series: [
        {
          name: t('levels.history.chartLevel'),
          type: 'bar',
          barMaxWidth: 28,
          data: weeks.map((w) => ({ value: w.level, itemStyle: { color: LEVEL_COLOURS[w.level as Level] } })),
          itemStyle: { color: LEVEL_COLOURS[3] },
        },
        {
          name: t('levels.history.chartRate'),
          type: 'line',
          yAxisIndex: 1,
          data: weeks.map((w) => w.caseRate),
          symbol: 'circle',
          symbolSize: 5,
          lineStyle: { width: 2 },
          itemStyle: { color: '#0b5cad' },
        },
      ],
    };
  }, [rows, t, f]);
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 260, width: '100%' }} />;
}
