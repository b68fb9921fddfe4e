/**
 * The chain graph as ECharts series: nodes as large-mode scatter series (one per colour),
 * contacts as one large-mode lines series, on hidden value axes panned and zoomed by
 * inside data zoom. Large mode draws each series as one path, which keeps 25,000 people
 * interactive where the graph series (one element per node) does not.
 */
import type { Chain, ChainNode } from '../../../server/modules/contacts/schema.ts';
import type { Point } from '../../../domain/chain.ts';
import { CASE_COLORS, DEGREE_COLORS, UNKNOWN_COLOR } from './labels.ts';

export type NodeGroup = 'case' | 'recovered' | 'died' | 'f1' | 'f2' | 'f3' | 'other';
export const NODE_GROUPS: readonly NodeGroup[] = ['case', 'recovered', 'died', 'f1', 'f2', 'f3', 'other'];

export const GROUP_COLORS: Record<NodeGroup, string> = {
  case: CASE_COLORS.active,
  recovered: CASE_COLORS.recovered,
  died: CASE_COLORS.died,
  f1: DEGREE_COLORS[1]!,
  f2: DEGREE_COLORS[2]!,
  f3: DEGREE_COLORS[3]!,
  other: UNKNOWN_COLOR,
};

export function groupOf(n: ChainNode): NodeGroup {
  if (n.isCase) return n.caseStatus === 'recovered' ? 'recovered' : n.caseStatus === 'died' ? 'died' : 'case';
  if (n.degree === 1) return 'f1';
  if (n.degree === 2) return 'f2';
  if (n.degree === 3) return 'f3';
  return 'other';
}

export interface ChainOption {
  option: Record<string, unknown>;
  /** node ids by series index and data index, for clicks */
  ids: (number[] | undefined)[];
}

export function chainOption(chain: Chain, pos: Map<number, Point>, names: Record<NodeGroup, string>): ChainOption {
  let extent = 1;
  for (const p of pos.values()) extent = Math.max(extent, Math.abs(p.x), Math.abs(p.y));
  extent *= 1.05;
  const byGroup = new Map<NodeGroup, ChainNode[]>(NODE_GROUPS.map((g) => [g, []]));
  for (const n of chain.nodes) byGroup.get(groupOf(n))!.push(n);

  const lines = chain.edges.flatMap((e) => {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    return a && b ? [{ coords: [[a.x, a.y], [b.x, b.y]] }] : [];
  });
  const series: Record<string, unknown>[] = [
    {
      id: 'edges',
      type: 'lines',
      coordinateSystem: 'cartesian2d',
      large: true,
      largeThreshold: 500,
      silent: true,
      lineStyle: { color: '#8c8c8c', width: 0.6, opacity: 0.45 },
      data: lines,
      progressive: 0,
      z: 1,
    },
  ];
  const ids: (number[] | undefined)[] = [undefined];
  // small chains get larger dots; large ones small enough not to cover each other
  const [caseSize, contactSize] = chain.nodes.length < 1000 ? [12, 8] : chain.nodes.length < 5000 ? [9, 6] : [7, 4];
  for (const g of NODE_GROUPS) {
    const nodes = byGroup.get(g)!;
    const isCase = g === 'case' || g === 'recovered' || g === 'died';
    series.push({
      id: `group-${g}`,
      type: 'scatter',
      name: names[g],
      large: true,
      largeThreshold: 500,
      progressive: 0,
      // squares draw about twice as fast as circles in large mode: contacts are the many
      symbol: isCase ? 'circle' : 'rect',
      symbolSize: isCase ? caseSize : contactSize,
      itemStyle: { color: GROUP_COLORS[g], borderColor: g === 'f2' ? '#ad8b00' : undefined },
      data: nodes.map((n) => {
        const p = pos.get(n.id)!;
        return [p.x, p.y];
      }),
      z: isCase ? 4 : 3,
    });
    ids.push(nodes.map((n) => n.id));
  }
  series.push({
    id: 'selected',
    type: 'scatter',
    silent: true,
    symbolSize: 16,
    itemStyle: { color: 'rgba(0,0,0,0)', borderColor: '#1677ff', borderWidth: 3 },
    data: [],
    z: 5,
  });
  ids.push(undefined);
  const axis = { type: 'value', show: false, min: -extent, max: extent };
  return {
    ids,
    option: {
      animation: false,
      grid: { left: 0, right: 0, top: 32, bottom: 0 },
      legend: { top: 0, data: NODE_GROUPS.filter((g) => byGroup.get(g)!.length).map((g) => names[g]) },
      xAxis: axis,
      yAxis: axis,
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
        { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
      ],
      series,
    },
  };
}

/** Only the ring around the selected person changes: merged by series id, the rest is not redrawn from data. */
export function selectionPatch(pos: Map<number, Point>, selected: number | null) {
  const p = selected !== null ? pos.get(selected) : undefined;
  return { series: [{ id: 'selected', data: p ? [[p.x, p.y]] : [] }] };
}
