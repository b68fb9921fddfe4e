import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverdueReply } from '../../api/tasks.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const MAX_BARS = 25;

/** Child units ranked by overdue tasks, most first; a click opens the unit. */
export default function OverdueChart({ rows, onOpen }: { rows: OverdueReply['byChild']; onOpen(unitId: number): void }) {
  const { t } = useTranslation();
  const shown = useMemo(() => rows.filter((r) => r.overdue > 0).slice(0, MAX_BARS).reverse(), [rows]);
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map((r) => r.unit.name) },
      series: [
        { name: t('tasks.overdue.overdue'), type: 'bar', stack: 'n', itemStyle: { color: '#cf1322' }, data: shown.map((r) => r.overdue), label: { show: true, position: 'right' } },
      ],
    }),
    [shown, t],
  );
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: Math.max(120, shown.length * 26 + 24), width: '100%' }}
      onEvents={{ click: (p: { dataIndex: number }) => { const r = shown[p.dataIndex]; if (r) onOpen(r.unit.id); } }}
    />
  );
}
