import { describe, expect, it } from 'vitest';
import { emptyRow, isBlankRow, normaliseCell, parseClipboard, pasteBlock, placeErrors, type GridColumn } from './grid.ts';

const columns: GridColumn[] = [
  { key: 'fullName', title: 'Họ tên', fields: ['person.fullName', 'person'] },
  { key: 'exposureDate', title: 'Ngày', kind: 'date' },
  { key: 'exposureType', title: 'Hình thức', kind: 'select', options: [{ value: 'household', label: 'Hộ gia đình' }, { value: 'other', label: 'Khác' }] },
  { key: 'quarantine', title: 'Cách ly', kind: 'check', fields: ['quarantine'] },
];

describe('parseClipboard', () => {
  it('reads Excel’s tab-separated block, quoted cells included', () => {
    expect(parseClipboard('a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseClipboard('"x\ny"\t"say ""hi"""\nz')).toEqual([['x\ny', 'say "hi"'], ['z']]);
    expect(parseClipboard('single')).toEqual([['single']]);
  });
});

describe('normaliseCell', () => {
  it('turns Vietnamese dates, labels and ticks into values', () => {
    expect(normaliseCell(columns[1]!, '5/12/2021')).toBe('2021-12-05');
    expect(normaliseCell(columns[2]!, 'ho gia dinh')).toBe('household');
    expect(normaliseCell(columns[2]!, 'Khác')).toBe('other');
    expect(normaliseCell(columns[3]!, 'Có')).toBe('true');
    expect(normaliseCell(columns[3]!, '')).toBe('');
    expect(normaliseCell({ key: 't', title: 't', kind: 'datetime' }, '09/12/2021 8:30')).toBe('2021-12-09T08:30');
  });
});

describe('pasteBlock', () => {
  it('fills right and down from the cell, adding rows', () => {
    const rows = [emptyRow()];
    const out = pasteBlock(rows, columns, { row: 0, col: 0 }, [['Nguyễn A', '01/12/2021', 'Hộ gia đình', 'x'], ['Trần B', '2021-12-02']], () => emptyRow());
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ fullName: 'Nguyễn A', exposureDate: '2021-12-01', exposureType: 'household', quarantine: 'true' });
    expect(out[1]).toMatchObject({ fullName: 'Trần B', exposureDate: '2021-12-02' });
    expect(rows[0]!.fullName).toBeUndefined();
  });
  it('ignores cells beyond the last column', () => {
    const out = pasteBlock([emptyRow()], columns, { row: 0, col: 3 }, [['x', 'extra']], () => emptyRow());
    expect(out[0]!.quarantine).toBe('true');
  });
});

describe('placeErrors', () => {
  it('maps 422 rows (from 1) and 400 fields (rows.i, from 0) to grid cells', () => {
    const sent = [0, 2, 5];
    const e = placeErrors(columns, sent, [
      { row: 2, errors: [{ field: 'person.fullName', message: 'Bắt buộc' }, { field: 'personId', message: 'Không tìm thấy' }] },
      { row: 3, errors: [{ field: 'quarantine', message: 'Không có chính sách' }] },
    ], [{ field: 'rows.0.exposureDate', message: 'Sai ngày' }]);
    expect(e.cells.get(2)!.get('fullName')).toEqual(['Bắt buộc']);
    expect(e.rows.get(2)).toEqual(['Không tìm thấy']);
    expect(e.cells.get(5)!.get('quarantine')).toEqual(['Không có chính sách']);
    expect(e.cells.get(0)!.get('exposureDate')).toEqual(['Sai ngày']);
  });
});

describe('isBlankRow', () => {
  it('treats defaults as blank', () => {
    expect(isBlankRow({ ...emptyRow(), exposureType: 'household' }, { exposureType: 'household' })).toBe(true);
    expect(isBlankRow({ ...emptyRow(), fullName: 'A' })).toBe(false);
  });
});
