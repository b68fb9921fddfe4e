import { describe, expect, it } from 'vitest';
import {
  countCell,
  formatViDate,
  fromDhis2Period,
  groupDataValues,
  normalizeUnitCode,
  parseCount,
  parseDateCell,
  parseSheet,
  plainCell,
  sameValues,
  toDataValues,
  toDhis2Period,
  valueCounts,
} from './exchange.ts';

const indicators = [
  { code: 'f0_community', nameVi: 'F0 mới trong cộng đồng', nameEn: 'New F0 in the community' },
  { code: 'deaths', nameVi: 'Tử vong', nameEn: 'Deaths' },
];

describe('cells', () => {
  it('flattens exceljs values', () => {
    expect(plainCell({ richText: [{ text: 'ab' }, { text: 'c' }] })).toBe('abc');
    expect(plainCell({ formula: 'A1+1', result: 4 })).toBe(4);
    expect(plainCell({ formula: 'A1+1' })).toBeNull();
    expect(plainCell({ text: 'x', hyperlink: 'http://e' })).toBe('x');
    expect(plainCell('  ')).toBeNull();
    expect(plainCell(undefined)).toBeNull();
  });

  it('reads dates in the usual spellings and rejects impossible ones', () => {
    expect(parseDateCell('10/12/2021')).toBe('2021-12-10');
    expect(parseDateCell('1/2/2021')).toBe('2021-02-01');
    expect(parseDateCell('2021-12-10')).toBe('2021-12-10');
    expect(parseDateCell(new Date(Date.UTC(2021, 11, 10)))).toBe('2021-12-10');
    expect(parseDateCell(44540)).toBe('2021-12-10'); // Excel serial
    expect(parseDateCell('31/02/2021')).toBeNull();
    expect(parseDateCell('12/31/2021')).toBeNull();
    expect(parseDateCell('hôm nay')).toBeNull();
    expect(parseDateCell(3.5)).toBeNull();
    expect(formatViDate('2021-12-10')).toBe('10/12/2021');
  });

  it('restores leading zeros of GSO codes typed as numbers', () => {
    expect(normalizeUnitCode(6691, 3)).toBe('06691');
    expect(normalizeUnitCode('6691', 3)).toBe('06691');
    expect(normalizeUnitCode(22, 1)).toBe('22');
    expect(normalizeUnitCode('VN', 0)).toBe('VN');
    expect(normalizeUnitCode(null, 3)).toBeNull();
  });

  it('keeps what is not a number so that the checks report it', () => {
    expect(countCell(3)).toBe(3);
    expect(countCell(' 7 ')).toBe(7);
    expect(countCell('-2')).toBe(-2);
    expect(countCell('1.5')).toBe(1.5);
    expect(countCell('abc')).toBe('abc');
    expect(countCell(null)).toBeUndefined();
  });
});

describe('parseSheet', () => {
  const header = [
    { row: 1, cells: ['Mã đơn vị', 'Tên đơn vị', 'Ngày báo cáo', 'F0 mới trong cộng đồng', 'Tử vong'] },
    { row: 2, cells: ['unit_code', 'unit_name', 'period', 'f0_community', 'deaths'] },
  ];

  it('maps columns by the code row, skips rows with no value and flags bad cells', () => {
    const res = parseSheet(
      [
        ...header,
        { row: 3, cells: ['06691', 'Hồng Gai', '10/12/2021', 3, 0] },
        { row: 4, cells: ['06692', 'Bạch Đằng', '10/12/2021', null, null] },
        { row: 5, cells: [6694, 'x', '32/12/2021', '2', null] },
        { row: 6, cells: [null, null, null, 1, 1] },
        { row: 7, cells: ['06691', 'Hồng Gai', '10/12/2021', 4, 0] },
      ],
      indicators,
      3,
      'vi',
    );
    if (!res.ok) throw new Error(res.message);
    expect(res.rows.map((r) => r.row)).toEqual([3, 5, 6, 7]);
    expect(res.rows[0]).toMatchObject({ unitCode: '06691', period: '2021-12-10', values: { f0_community: 3, deaths: 0 }, errors: [] });
    expect(res.rows[1]!.unitCode).toBe('06694');
    expect(res.rows[1]!.errors.map((e) => e.field)).toEqual(['period']);
    expect(res.rows[2]!.errors.map((e) => e.field)).toEqual(['unit_code', 'period']);
    expect(res.rows[3]!.errors[0]!.message).toContain('dòng 3');
  });

  it('accepts a sheet with only the name row, in any column order', () => {
    const res = parseSheet(
      [
        { row: 1, cells: ['Tử vong', 'Report date', 'Unit code'] },
        { row: 2, cells: [1, '09/12/2021', '06691'] },
      ],
      indicators,
      3,
      'en',
    );
    expect(res).toEqual({ ok: true, rows: [{ row: 2, unitCode: '06691', period: '2021-12-09', values: { deaths: 1 }, errors: [] }] });
  });

  it('says when there is no header', () => {
    const res = parseSheet([{ row: 1, cells: ['a', 'b'] }], indicators, 3, 'vi');
    expect(res.ok).toBe(false);
  });
});

describe('DHIS2 mapping', () => {
  it('converts periods', () => {
    expect(toDhis2Period('2021-12-10')).toBe('20211210');
    expect(fromDhis2Period('20211210')).toBe('2021-12-10');
    expect(fromDhis2Period('2021-12-10')).toBe('2021-12-10');
    expect(fromDhis2Period('20211310')).toBeNull();
    expect(fromDhis2Period('2021W49')).toBeNull();
  });

  it('parses counts strictly', () => {
    expect(parseCount('12')).toBe(12);
    expect(parseCount(12)).toBe(12);
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('1.5')).toBeNull();
    expect(parseCount(1.5)).toBeNull();
    expect(parseCount('')).toBeNull();
    expect(parseCount(undefined)).toBeNull();
  });

  it('groups values per org unit and period with top-level defaults', () => {
    const { groups, conflicts } = groupDataValues(
      {
        dataSet: 'BCTH-NGAY',
        period: '20211210',
        dataValues: [
          { dataElement: 'f0_community', orgUnit: '06691', value: '3' },
          { dataElement: 'deaths', orgUnit: '06691', value: '0' },
          { dataElement: 'deaths', orgUnit: '06691', period: '20211209', value: '1' },
        ],
      },
      'BCTH-NGAY',
      'vi',
    );
    expect(conflicts).toEqual([]);
    expect(groups).toEqual([
      { orgUnit: '06691', period: '2021-12-10', values: { f0_community: 3, deaths: 0 } },
      { orgUnit: '06691', period: '2021-12-09', values: { deaths: 1 } },
    ]);
  });

  it('names the data element, org unit and period of every bad value', () => {
    const { conflicts } = groupDataValues(
      {
        dataValues: [
          { dataElement: 'deaths', orgUnit: '06691', period: '20211210', value: '-1' },
          { dataElement: 'f0_community', orgUnit: '06691', period: '20211210', value: 'abc' },
          { dataElement: 'f0_community', orgUnit: '06691', period: '2021121' , value: '1' },
          { dataElement: 'f0_community', period: '20211210', value: '1' },
        ],
      },
      'BCTH-NGAY',
      'en',
    );
    expect(conflicts).toHaveLength(4);
    expect(conflicts[0]).toEqual({ object: 'deaths', value: 'deaths / 06691 / 20211210: value "-1" is not a whole number ≥ 0' });
    expect(conflicts[1]!.object).toBe('f0_community');
    expect(conflicts[2]!.object).toBe('2021121');
    expect(conflicts[3]!.value).toContain('orgUnit missing');
  });

  it('refuses another data set and an empty set', () => {
    expect(groupDataValues({ dataSet: 'X', dataValues: [] }, 'BCTH-NGAY', 'vi').conflicts).toHaveLength(2);
  });

  it('writes reports as data values in indicator order', () => {
    const dvs = toDataValues(
      [{ unitCode: '06691', period: '2021-12-10', vals: { deaths: 0, f0_community: 2 }, storedBy: null, lastUpdated: '2021-12-10T05:00:00.000Z' }],
      indicators,
    );
    expect(dvs).toEqual([
      { dataElement: 'f0_community', period: '20211210', orgUnit: '06691', value: '2', lastUpdated: '2021-12-10T05:00:00.000Z' },
      { dataElement: 'deaths', period: '20211210', orgUnit: '06691', value: '0', lastUpdated: '2021-12-10T05:00:00.000Z' },
    ]);
  });

  it('counts new, changed and unchanged values', () => {
    expect(valueCounts(undefined, { a: 1, b: 2 })).toEqual({ imported: 2, updated: 0, ignored: 0 });
    expect(valueCounts({ vals: { a: 1, b: 2 }, counted: true }, { a: 1, b: 3, c: 0 })).toEqual({ imported: 1, updated: 1, ignored: 1 });
    expect(valueCounts({ vals: { a: 1 }, counted: false }, { a: 1 })).toEqual({ imported: 0, updated: 1, ignored: 0 });
    expect(sameValues({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValues({ a: 1 }, { a: 1, b: 0 })).toBe(false);
  });
});
