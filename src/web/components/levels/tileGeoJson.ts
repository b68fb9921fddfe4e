import { PROVINCE_TILES, squareTile, tileLabel } from './provinceTiles.ts';

export interface TileLayout {
  /** names the layout for echarts' map registry: the same units give the same key */
  key: string;
  /** one square polygon per unit, properties.code = its GSO code */
  geojson: { type: 'FeatureCollection'; features: object[] };
  labels: Map<string, string>;
  /** the schematic map of Vietnam (true) or a square grid */
  provinces: boolean;
  columns: number;
  rows: number;
}

const GAP = 0.05;

function hash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/**
 * The tile grid as GeoJSON so that one echarts 'map' series draws tiles and real boundaries
 * alike: provinces on their place in the schematic map of Vietnam when every item is a known
 * province, other units in a square grid in the order given. Rows grow southwards (y = −row).
 */
export function tileGeoJson(items: readonly { code: string; name: string }[], itemLevel: number): TileLayout {
  const provinces = itemLevel === 1 && items.length > 0 && items.every((i) => PROVINCE_TILES[i.code]);
  const cells = items.map((i, n) => ({ item: i, cell: provinces ? PROVINCE_TILES[i.code]! : squareTile(n, items.length) }));
  const minCol = Math.min(...cells.map((c) => c.cell[0]));
  const minRow = Math.min(...cells.map((c) => c.cell[1]));
  const features = cells.map(({ item, cell }) => {
    const x = cell[0] - minCol;
    const y = -(cell[1] - minRow);
    return {
      type: 'Feature',
      properties: { code: item.code, name: item.name },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x + GAP, y - GAP],
            [x + 1 - GAP, y - GAP],
            [x + 1 - GAP, y - 1 + GAP],
            [x + GAP, y - 1 + GAP],
            [x + GAP, y - GAP],
          ],
        ],
      },
    };
  });
  return {
    key: `${provinces ? 'p' : 's'}${items.length}-${hash(items.map((i) => i.code).join(','))}`,
    geojson: { type: 'FeatureCollection', features },
    labels: new Map(items.map((i) => [i.code, tileLabel(i.code, i.name)])),
    provinces,
    columns: cells.length ? Math.max(...cells.map((c) => c.cell[0])) - minCol + 1 : 0,
    rows: cells.length ? Math.max(...cells.map((c) => c.cell[1])) - minRow + 1 : 0,
  };
}
