import { describe, expect, it } from 'vitest';
import { codesOf, findCodeKey, isAreaGeometry, parseBoundaries } from './geojson-boundaries.ts';

const square = { type: 'Polygon', coordinates: [[[106, 20], [107, 20], [107, 21], [106, 20]]] };
const feature = (properties: object, geometry: unknown = square) => ({ type: 'Feature', properties, geometry });

describe('boundary GeoJSON', () => {
  it('finds the code key most features use, whatever its case', () => {
    expect(findCodeKey([feature({ MA_TINH: '22', TEN: 'Quảng Ninh' }), feature({ MA_TINH: '01' })])).toBe('MA_TINH');
    expect(findCodeKey([feature({ code: '22', ma: 'x' })])).toBe('code');
    expect(findCodeKey([feature({ ma: '22' }), feature({ ma: '01', code: '' })])).toBe('ma');
    expect(findCodeKey([feature({ name: 'x' })])).toBeNull();
  });

  it('pads numbers that lost their leading zeros by the key level', () => {
    expect(codesOf('MA_TINH', 1)).toEqual(['01', '1']);
    expect(codesOf('ma_xa', 6691)).toEqual(['06691', '6691']);
    expect(codesOf('code', '06691')).toEqual(['06691', '06691', '06691', '06691']);
    expect(codesOf('code', 193)).toEqual(['193', '193', '193', '00193']);
    expect(codesOf('code', 'VN')).toEqual(['VN']);
    expect(codesOf('code', null)).toEqual([]);
  });

  it('accepts polygons and multipolygons only', () => {
    expect(isAreaGeometry(square)).toBe(true);
    expect(isAreaGeometry({ type: 'MultiPolygon', coordinates: [square.coordinates] })).toBe(true);
    expect(isAreaGeometry({ type: 'Point', coordinates: [106, 20] })).toBe(false);
    expect(isAreaGeometry({ type: 'Polygon', coordinates: [[[106, 20], [107, 20]]] })).toBe(false);
    expect(isAreaGeometry({ type: 'Polygon', coordinates: [[[106, 'x'], [107, 20], [107, 21], [106, 20]]] })).toBe(false);
  });

  it('reports every bad feature with its position', () => {
    const parsed = parseBoundaries({
      type: 'FeatureCollection',
      features: [feature({ code: '22' }), feature({ code: '01' }, { type: 'Point', coordinates: [1, 2] }), feature({ name: 'no code' }), { type: 'Thing' }],
    });
    expect(parsed?.codeKey).toBe('code');
    expect(parsed?.features.map((f) => f.index)).toEqual([1]);
    expect(parsed?.problems).toEqual([
      { index: 2, problem: 'bad_geometry', code: '01' },
      { index: 3, problem: 'no_code' },
      { index: 4, problem: 'not_feature' },
    ]);
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(parseBoundaries({ type: 'Feature' })).toBeNull();
    expect(parseBoundaries([1, 2])).toBeNull();
  });
});
