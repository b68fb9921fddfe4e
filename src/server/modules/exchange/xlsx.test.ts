import { readdirSync, readlinkSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFirstSheet } from './xlsx.ts';

/** Files this process holds open that exceljs made as temporary copies of sheets (tmp-<pid>-…). */
function openTempCopies(): string[] {
  const links = readdirSync('/proc/self/fd').map((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      return '';
    }
  });
  return links.filter((l) => new RegExp(`tmp-${process.pid}-`).test(l));
}

describe('readFirstSheet', () => {
  it('reads the first tab of a workbook with a second one and leaves no temporary copy open', async () => {
    // exceljs writes the sheets before the shared strings, as Excel does: the reader copies them
    // to temporary files, and the second tab, never wanted, must still be read to its end
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Mẫu').addRow(['Họ và tên', 'Nguyễn Văn A']);
    const help = wb.addWorksheet('Hướng dẫn');
    for (let i = 0; i < 200; i++) help.addRow([`Dòng hướng dẫn ${i}`, i]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());

    for (let i = 0; i < 3; i++) {
      expect(await readFirstSheet(file)).toEqual([{ row: 1, cells: ['Họ và tên', 'Nguyễn Văn A'] }]);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(openTempCopies()).toEqual([]);
  });

  it('answers null for a file that is no workbook', async () => {
    expect(await readFirstSheet(Buffer.from('PK\u0003\u0004garbage'))).toBeNull();
  });
});
