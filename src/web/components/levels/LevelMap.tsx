/**
 * A choropleth of units by epidemic level, case rate or coverage (contract; drawn with
 * echarts). Without boundaries it draws a schematic tile grid: the provinces in their
 * geographic arrangement at the national level, units in name order below it.
 */
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, type Level } from '../../../domain/epidemic-level.ts';
import { formatNumber } from '../../format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { LevelLegend } from './LevelLegend.tsx';
import { levelName } from './levelText.ts';
import { tileGeoJson, type TileLayout } from './tileGeoJson.ts';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface MapItem {
  unitId: number;
  /** GSO code: joins the item to its tile or its GeoJSON feature (properties.code) */
  code: string;
  name: string;
  level: Level | null;
  /** the value shown in 'caseRate' and 'coverage' modes (per 100,000; percent) */
  value: number | null;
  /** shown in the tooltip in place of the value, e.g. "<5" for a suppressed count */
  label?: string;
}

export interface LevelMapProps {
  items: MapItem[];
  mode: 'level' | 'caseRate' | 'coverage';
  /** the level of the items' units: 1 = provinces (national tile grid), 2 districts, 3 communes */
  itemLevel: number;
  /** boundaries of the items (FeatureCollection, properties.code = GSO code); tile grid when absent */
  geojson?: unknown;
  onSelect?: (unitId: number) => void;
  height?: number;
  /** hides the legend of the four levels below the map (level mode) */
  hideLegend?: boolean;
  /** names the map for screen readers; the page also shows the same figures as a table */
  ariaLabel?: string;
}

const NO_DATA = '#e4e7eb';
const RATE_COLOURS = ['#fff5eb', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'];
const COVERAGE_COLOURS = ['#f7fcf5', '#c7e9c0', '#74c476', '#238b45', '#00441b'];

const mapNames = new WeakMap<object, string>();
let mapCount = 0;

/** echarts keeps maps in a global registry by name: one name per boundary object, one per tile layout (its key). */
function registerMap(geojson: object, key?: string): string {
  const name = key ?? mapNames.get(geojson) ?? `levels-geo-${++mapCount}`;
  if (!key) mapNames.set(geojson, name);
  if (!echarts.getMap(name)) echarts.registerMap(name, geojson as Parameters<typeof echarts.registerMap>[1]);
  return name;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function LevelMap({ items, mode, itemLevel, geojson, onSelect, height, hideLegend, ariaLabel }: LevelMapProps) {
  const { t } = useTranslation();
  const f = useFormat();

  const layout: TileLayout | null = useMemo(() => (geojson ? null : tileGeoJson(items, itemLevel)), [geojson, items, itemLevel]);
  const mapName = useMemo(() => {
    if (layout) return registerMap(layout.geojson, `levels-tiles-${layout.key}`);
    return registerMap(geojson as object);
  }, [layout, geojson]);

  // tiles of a set size, smaller when the columns would not fit: the map is as tall as its rows need
  const [box, width] = useWidth();
  const tilePx = layout
    ? Math.max(18, Math.min(layout.provinces ? 38 : layout.columns > 8 ? 48 : 68, Math.floor((width || 600) / layout.columns)))
    : null;
  const h = height ?? (layout && tilePx ? Math.max(160, layout.rows * tilePx + 16) : 480);

  const option = useMemo(() => {
    const byCode = new Map(items.map((i) => [i.code, i]));
    const values = items.map((i) => i.value).filter((v): v is number => v !== null);
    const max = mode === 'coverage' ? 100 : Math.max(1, ...values);
    const valueText = (i: MapItem) =>
      i.label ?? (i.value === null ? '—' : mode === 'coverage' ? `${formatValue(i.value, f.lang)}%` : formatValue(i.value, f.lang));
    const data = items.map((i) => {
      const colour = i.level ? LEVEL_COLOURS[i.level] : NO_DATA;
      return mode === 'level'
        ? {
            name: i.code,
            value: i.level ?? '-',
            unitId: i.unitId,
            itemStyle: { areaColor: colour },
            // white on green, orange and red; dark on yellow and on grey
            label: { color: labelColour(i.level), textBorderWidth: 0 },
            emphasis: { itemStyle: { areaColor: colour }, label: { color: labelColour(i.level) } },
          }
        : { name: i.code, value: i.value ?? '-', unitId: i.unitId };
    });
    const showLabels = !!layout || items.length <= 60;
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string }) => {
          const i = byCode.get(p.name);
          if (!i) return '';
          const lines = [`<b>${escapeHtml(i.name)}</b>`, escapeHtml(i.level ? levelName(t, i.level) : t('levels.map.notAssessed'))];
          if (mode !== 'level' || i.value !== null || i.label) {
            lines.push(`${escapeHtml(t(mode === 'coverage' ? 'levels.map.coverage' : 'levels.map.caseRate'))}: ${escapeHtml(valueText(i))}`);
          }
          return lines.join('<br/>');
        },
      },
      visualMap:
        mode === 'level'
          ? undefined
          : {
              type: 'continuous',
              min: 0,
              max,
              left: 0,
              bottom: 0,
              calculable: false,
              seriesIndex: 0,
              text: [formatValue(max, f.lang) + (mode === 'coverage' ? '%' : ''), '0'],
              inRange: { color: mode === 'coverage' ? COVERAGE_COLOURS : RATE_COLOURS },
              outOfRange: { color: NO_DATA },
            },
      series: [
        {
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          roam: false,
          aspectScale: layout ? 1 : 0.75,
          ...(layout && tilePx
            ? { layoutCenter: ['50%', '50%'], layoutSize: Math.max(layout.rows, layout.columns) * tilePx }
            : { layoutCenter: ['50%', '50%'], layoutSize: '96%' }),
          selectedMode: false,
          data,
          itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: layout ? 0 : 0.6 },
          label: {
            show: showLabels,
            fontSize: tilePx && tilePx < 48 ? 9 : 11,
            lineHeight: tilePx && tilePx < 48 ? 10 : 13,
            ...(tilePx ? { width: Math.floor(tilePx * 0.92), overflow: 'break' } : {}),
            color: '#1f1f1f',
            textBorderColor: 'rgba(255,255,255,0.85)',
            textBorderWidth: 2,
            formatter: (p: { name: string }) => {
              const i = byCode.get(p.name);
              return i ? (layout?.labels.get(i.code) ?? i.name) : '';
            },
          },
          emphasis: {
            label: { show: true, color: '#1f1f1f' },
            itemStyle: { areaColor: null, color: null, borderColor: '#1f1f1f', borderWidth: 2 },
          },
        },
      ],
    };
  }, [items, mode, mapName, layout, tilePx, t, f]);
  return (
    <div ref={box} data-testid="level-map" role="img" aria-label={ariaLabel ?? t('levels.map.aria')}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: h, width: '100%' }}
        onEvents={onSelect ? { click: (p: { data?: { unitId?: number } }) => p.data?.unitId && onSelect(p.data.unitId) } : undefined}
      />
      {mode === 'level' && !hideLegend ? <LevelLegend /> : null}
    </div>
  );
}

export default LevelMap;

function labelColour(level: Level | null): string {
  return level && level !== 2 ? '#ffffff' : '#1f1f1f';
}

/** The element's width, followed as it changes. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function formatValue(v: number, lang: Lang): string {
  return formatNumber(v, lang, Math.abs(v) >= 100 ? 0 : 1);
}
