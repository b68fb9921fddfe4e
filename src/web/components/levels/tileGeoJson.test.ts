import { describe, expect, it } from 'vitest';
import { PROVINCE_TILES } from './provinceTiles.ts';
import { tileGeoJson } from './tileGeoJson.ts';

type Square = { properties: { code: string }; geometry: { coordinates: [number, number][][] } };

describe('tile grid as GeoJSON', () => {
  it('puts provinces on their tiles (rows southwards as negative y) and names the layout by its units', () => {
    const items = [
      { code: '01', name: 'Hà Nội' },
      { code: '79', name: 'Hồ Chí Minh' },
    ];
    const layout = tileGeoJson(items, 1);
    expect(layout.provinces).toBe(true);
    const [hanoi, hcm] = layout.geojson.features as Square[];
    expect(hanoi!.properties.code).toBe('01');
    // Hà Nội is 14 rows north of Hồ Chí Minh City and one column east of it on the schematic map
    const top = (f: Square) => f.geometry.coordinates[0]![0]![1];
    const left = (f: Square) => f.geometry.coordinates[0]![0]![0];
    expect(top(hanoi!) - top(hcm!)).toBeCloseTo(PROVINCE_TILES['79']![1] - PROVINCE_TILES['01']![1]);
    expect(left(hanoi!) - left(hcm!)).toBeCloseTo(PROVINCE_TILES['01']![0] - PROVINCE_TILES['79']![0]);
    expect(layout.rows).toBe(15);
    expect(layout.labels.get('79')).toBe('TP HCM');
    expect(tileGeoJson([...items], 1).key).toBe(layout.key);
    expect(tileGeoJson([...items].reverse(), 1).key).not.toBe(layout.key);
  });

  it('lays districts, and provinces it does not know, in a grid in the order given', () => {
    const districts = Array.from({ length: 13 }, (_, i) => ({ code: String(193 + i), name: `Huyện ${i}` }));
    const layout = tileGeoJson(districts, 2);
    expect(layout.provinces).toBe(false);
    expect([layout.columns, layout.rows]).toEqual([5, 3]);
    expect(tileGeoJson([{ code: '99', name: 'Không có' }], 1).provinces).toBe(false);
  });
});
