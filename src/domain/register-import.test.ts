import { describe, expect, it } from 'vitest';
import { COLUMNS, findHeader, parseCsv, parseDateTimeCell, personKey, readRow } from './register-import.ts';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF, a BOM and semicolons', () => {
    expect(parseCsv('\uFEFFa;b\r\n"x;1";"say ""hi"""\r\n\r\n;2\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x;1', 'say "hi"'] },
      { row: 4, cells: [null, '2'] },
    ]);
    expect(parseCsv('a,b\n"line\nbreak",c')).toEqual([{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['line\nbreak', 'c'] }]);
  });
});

describe('rows', () => {
  it('finds the header by names or codes and reads typed fields', () => {
    const header = findHeader([{ cells: ['Danh sách'] }, { cells: ['Họ và tên', 'Kết quả', 'Loại xét nghiệm'] }, { cells: ['full_name', 'result', 'test_kind'] }], COLUMNS.tests);
    expect(header?.index).toBe(2);
    const { fields, errors } = readRow(['Lê Văn A', 'duong tinh', 'PCR'], header!.keys, COLUMNS.tests, 'vi');
    expect(fields).toMatchObject({ full_name: 'Lê Văn A', result: 'positive', test_kind: 'pcr' });
    expect(errors.map((e) => e.field).sort()).toEqual(['sampled_at', 'unit_code']);
    const bad = readRow(['X', 'maybe', 'PCR'], header!.keys, COLUMNS.tests, 'en');
    expect(bad.errors.find((e) => e.field === 'result')?.message).toContain('Positive');
  });
  it('reads times as Vietnam time', () => {
    expect(parseDateTimeCell('08/12/2021 09:30')).toBe('2021-12-08T02:30:00.000Z');
    expect(parseDateTimeCell('2021-12-08')).toBe('2021-12-07T17:00:00.000Z');
    expect(parseDateTimeCell(new Date(Date.UTC(2021, 11, 8, 9, 30)))).toBe('2021-12-08T02:30:00.000Z');
    expect(parseDateTimeCell('08/12/2021 25:00')).toBeNull();
    expect(parseDateTimeCell('hôm qua')).toBeNull();
  });
  it('keys a person by national ID, else folded name, birth date and phone', () => {
    expect(personKey({ nationalId: '022190000001', fullName: 'A', birthDate: null, phone: null })).toBe('id:022190000001');
    expect(personKey({ nationalId: null, fullName: 'Nguyễn Văn Ân', birthDate: '1990-01-01', phone: null })).toBe(
      personKey({ nationalId: null, fullName: 'nguyen van an', birthDate: '1990-01-01', phone: null }),
    );
  });
});
