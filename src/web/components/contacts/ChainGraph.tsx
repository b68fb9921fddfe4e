import { LinesChart, ScatterChart } from 'echarts/charts';
import { DataZoomInsideComponent, GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef } from 'react';
import type { Chain } from '../../../server/modules/contacts/schema.ts';
import type { Point } from '../../../domain/chain.ts';
import { chainOption, selectionPatch, type NodeGroup } from './chainOption.ts';

echarts.use([LinesChart, ScatterChart, GridComponent, LegendComponent, DataZoomInsideComponent, CanvasRenderer]);

interface Props {
  chain: Chain;
  positions: Map<number, Point>;
  names: Record<NodeGroup, string>;
  selected: number | null;
  onSelect(id: number): void;
  /** bump to return to the whole chain */
  resetKey: number;
}

export default function ChainGraph({ chain, positions, names, selected, onSelect, resetKey }: Props) {
  const ref = useRef<ReactEChartsCore>(null);
  const built = useMemo(() => chainOption(chain, positions, names), [chain, positions, names]);

  useEffect(() => {
    ref.current?.getEchartsInstance().setOption(selectionPatch(positions, selected));
  }, [positions, selected, built]);

  useEffect(() => {
    if (resetKey) ref.current?.getEchartsInstance().dispatchAction({ type: 'dataZoom', start: 0, end: 100 });
  }, [resetKey]);

  const onEvents = useMemo(
    () => ({
      click: (p: { seriesIndex?: number; dataIndex?: number }) => {
        const id = p.seriesIndex !== undefined && p.dataIndex !== undefined ? built.ids[p.seriesIndex]?.[p.dataIndex] : undefined;
        if (id !== undefined) onSelect(id);
      },
    }),
    [built, onSelect],
  );

  return (
    <ReactEChartsCore
      ref={ref}
      echarts={echarts}
      option={built.option}
      notMerge
      lazyUpdate
      onEvents={onEvents}
      style={{ height: 'min(72vh, 900px)', minHeight: 360, width: '100%' }}
    />
  );
}
