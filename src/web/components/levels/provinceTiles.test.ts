import { describe, expect, it } from 'vitest';
import { parseGsoRows } from '../../../domain/gso-units.ts';
import { GSO_2021_FILE } from '../../../server/db/seed/index.ts';
import { readGsoFile } from '../../../server/db/seed/units.ts';
import { PROVINCE_TILES, squareTile, tileLabel } from './provinceTiles.ts';

describe('the province tile grid', () => {
  it('places each of the 63 GSO provinces of the seed once, on a cell of its own, about 8 × 20', async () => {
    const { tree } = parseGsoRows(await readGsoFile(GSO_2021_FILE));
    const seedCodes = tree.provinces.map((p) => p.code).sort();
    expect(seedCodes).toHaveLength(63);
    expect(Object.keys(PROVINCE_TILES).sort()).toEqual(seedCodes);

    const cells = Object.values(PROVINCE_TILES).map(([c, r]) => `${c},${r}`);
    expect(new Set(cells).size).toBe(63);
    const cols = Object.values(PROVINCE_TILES).map(([c]) => c);
    const rows = Object.values(PROVINCE_TILES).map(([, r]) => r);
    expect(Math.min(...cols)).toBe(0);
    expect(Math.min(...rows)).toBe(0);
    expect(Math.max(...cols)).toBeLessThan(8);
    expect(Math.max(...rows)).toBeLessThan(23);
  });

  it('keeps north at the top: Hà Giang above Hà Nội above Huế above Hồ Chí Minh City above Cà Mau', () => {
    const row = (code: string) => PROVINCE_TILES[code]![1];
    expect(row('02')).toBeLessThan(row('01'));
    expect(row('01')).toBeLessThan(row('46'));
    expect(row('46')).toBeLessThan(row('79'));
    expect(row('79')).toBeLessThan(row('96'));
    // the Central Highlands lie west of the coast they face
    expect(PROVINCE_TILES['64']![0]).toBeLessThan(PROVINCE_TILES['52']![0]);
  });

  it('shortens names for tiles and lays other units out in a square-ish grid', () => {
    expect(tileLabel('79', 'Hồ Chí Minh')).toBe('TP HCM');
    expect(tileLabel('06691', 'Phường Hồng Gai')).toBe('Hồng Gai');
    expect(tileLabel('193', 'Thành phố Hạ Long')).toBe('Hạ Long');
    expect(tileLabel('22', 'Quảng Ninh')).toBe('Quảng Ninh');
    expect(tileLabel('26734', 'Phường 1')).toBe('Phường 1');
    const cells = Array.from({ length: 13 }, (_, i) => squareTile(i, 13).join(','));
    expect(new Set(cells).size).toBe(13);
    expect(squareTile(0, 13)).toEqual([0, 0]);
    expect(squareTile(5, 13)).toEqual([0, 1]);
  });
});
