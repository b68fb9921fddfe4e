/**
 * Any list as an Excel or CSV download: a title, a header row and rows of cells. Every
 * register list and the dashboard use this, so exports look and behave the same.
 */
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';

export type Cell = string | number | boolean | null;

export interface Table {
  /** file name without extension (ASCII) */
  fileName: string;
  /** first line of the sheet, e.g. the unit and date */
  title: string;
  sheetName: string;
  header: string[];
  rows: Cell[][];
}

export const ExportFormat = Type.Union([Type.Literal('xlsx'), Type.Literal('csv')]);
export type ExportFormat = Static<typeof ExportFormat>;

export async function tableToXlsx(t: Table): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'EpiCenter';
  const ws = wb.addWorksheet(t.sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1');
  ws.addRow([t.title]).font = { bold: true };
  ws.addRow(t.header).font = { bold: true };
  for (const r of t.rows) ws.addRow(r);
  ws.columns.forEach((col, i) => (col.width = Math.min(40, Math.max(10, (t.header[i]?.length ?? 8) + 2))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvCell = (v: Cell) => {
  const s = v === null ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** UTF-8 with a BOM so that Excel opens the Vietnamese names correctly. */
export function tableToCsv(t: Table): string {
  return '\uFEFF' + [t.header, ...t.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Sends the table as an attachment in the asked format. */
export async function sendTable(res: FastifyReply, format: ExportFormat, t: Table): Promise<Buffer | string> {
  if (format === 'csv') {
    res.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${t.fileName}.csv"`);
    return tableToCsv(t);
  }
  res
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${t.fileName}.xlsx"`);
  return tableToXlsx(t);
}

/**
 * From a list route that also answers `format=xlsx|csv`: sends the file on the reply itself,
 * so that the route keeps its JSON response schema (a Buffer or string is not serialized).
 */
export async function sendDownload(res: FastifyReply, format: ExportFormat, t: Table): Promise<never> {
  return res.send(await sendTable(res, format, t)) as never;
}
