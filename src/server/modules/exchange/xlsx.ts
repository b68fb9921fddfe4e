/** Reading and writing the Excel template (exceljs); the parsing rules are in domain/exchange. */
import ExcelJS from 'exceljs';
import { formatViDate, NAME_KEY, PERIOD_KEY, plainCell, templateLabels, UNIT_KEY, type Cell } from '../../../domain/exchange.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Values } from '../../http/common-schema.ts';
import type { Form } from '../forms/schema.ts';
import type { UnitRow } from '../orgunits/repository.ts';
import type { ReportStatus } from '../reports/schema.ts';

const statusText: Record<Lang, Record<ReportStatus, string>> = {
  vi: { draft: 'Nháp', submitted: 'Đã gửi', approved: 'Đã duyệt (không sửa được)', returned: 'Bị trả lại' },
  en: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved (locked)', returned: 'Returned' },
};

/**
 * Row 1: column names in the user's language; row 2: the machine keys (unit_code, period,
 * indicator codes) that the import reads; one row per unit from row 3, prefilled with the
 * values of an existing report.
 */
export async function templateXlsx(
  form: Form,
  units: UnitRow[],
  period: string,
  existing: Map<number, { status: ReportStatus; vals: Values }>,
  lang: Lang,
): Promise<Buffer> {
  const l = templateLabels[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'EpiCenter';
  const ws = wb.addWorksheet(form.code.slice(0, 31), { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });
  const names = form.indicators.map((i) => (lang === 'vi' ? i.nameVi : i.nameEn));
  const head = ws.addRow([l.unit, l.name, l.period, ...names, l.status]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  const keys = ws.addRow([UNIT_KEY, NAME_KEY, PERIOD_KEY, ...form.indicators.map((i) => i.code), 'status']);
  keys.font = { italic: true, color: { argb: 'FF808080' }, size: 9 };
  for (const u of units) {
    const r = existing.get(u.id);
    ws.addRow([u.code, u.fullName, formatViDate(period), ...form.indicators.map((i) => r?.vals[i.code] ?? null), r ? statusText[lang][r.status] : '']);
  }
  ws.getColumn(1).numFmt = '@';
  ws.getColumn(3).numFmt = '@';
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 40;
  ws.getColumn(3).width = 14;
  for (let c = 4; c < 4 + names.length; c++) ws.getColumn(c).width = 16;
  ws.getColumn(4 + names.length).width = 24;
  head.height = 45;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The first tab's rows as plain cells (index 0 = column A); null when the file is no xlsx.
 * The whole workbook is loaded (about 6 kB per row of a dose file while it is read): exceljs's
 * streaming reader (4.4.0) sometimes ends its pass over the zip early under load, leaving the
 * sheets unnamed or without their shared strings (exceljs issue 3064).
 */
export async function readFirstSheet(body: Buffer): Promise<{ row: number; cells: Cell[] }[] | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const ws = wb.worksheets[0]; // in tab order, whatever order the file stores the sheets in
  if (!ws) return null;
  const rows: { row: number; cells: Cell[] }[] = [];
  ws.eachRow((row, n) => {
    const values = row.values as unknown[];
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
    rows.push({ row: n, cells });
  });
  return rows;
}
