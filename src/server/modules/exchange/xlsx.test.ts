import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFirstSheet } from './xlsx.ts';

describe('readFirstSheet', () => {
  it('reads the first tab of a workbook as exceljs stores it (the sheets before the workbook part)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Mẫu').addRow(['Họ và tên', 'Nguyễn Văn A']);
    const help = wb.addWorksheet('Hướng dẫn');
    for (let i = 0; i < 20; i++) help.addRow([`Dòng hướng dẫn ${i}`, i]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await readFirstSheet(file)).toEqual([{ row: 1, cells: ['Họ và tên', 'Nguyễn Văn A'] }]);
  });

  it('answers null for a file that is no workbook', async () => {
    expect(await readFirstSheet(Buffer.from('PK\u0003\u0004garbage'))).toBeNull();
  });
});
