/**
 * A choropleth of units by epidemic level, case rate or coverage (contract; drawn with
 * echarts). Without boundaries it draws a schematic tile grid: the provinces in their
 * geographic arrangement at the national level, units in name order below it.
 */
import type { Level } from '../../../domain/epidemic-level.ts';

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
}

export function LevelMap({ items }: LevelMapProps) {
  return (
    <ul>
      {items.map((i) => (
        <li key={i.unitId}>
          {i.name}: {i.level ?? '–'}
        </li>
      ))}
    </ul>
  );
}
