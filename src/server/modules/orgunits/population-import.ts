import ExcelJS from 'exceljs';
import { vietnamToday } from '../../../domain/dates.ts';
import { parsePopulationRows } from '../../../domain/population.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnitByCode, upsertPopulation } from './repository.ts';

/** Reads the first sheet of an .xlsx as rows of cell values, header skipped. */
export async function readSheet(file: unknown, lang: Lang): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  if (!Buffer.isBuffer(file)) throw new AppError('bad_request', msg('badFile', lang));
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError('bad_request', msg('badFile', lang));
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('bad_request', msg('badFile', lang));
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v)));
  });
  return rows;
}

/** All rows valid and in scope, or nothing is written and every bad row is reported. */
export async function importPopulation(db: Db, actor: Actor, file: unknown, lang: Lang, now: Date) {
  const { rows, errors } = parsePopulationRows(await readSheet(file, lang));
  const today = vietnamToday(now);
  const units = await Promise.all(rows.map((r) => findUnitByCode(db, r.code, today)));
  rows.forEach((r, i) => {
    const unit = units[i];
    if (!unit || !inScope(actor, unit)) {
      errors.push({ row: r.row, errors: [{ field: 'Mã đơn vị', message: `Mã đơn vị: ${r.code} không có hoặc ngoài phạm vi quản lý` }] });
    }
  });
  if (errors.length) {
    errors.sort((a, b) => a.row - b.row);
    throw new AppError('validation', msg('importInvalid', lang), undefined, errors);
  }
  const source = `Nhập từ tệp bởi ${actor.username} ngày ${today}`;
  await db.transaction(async (tx) => {
    for (const [i, r] of rows.entries()) {
      const unit = units[i]!;
      const { code: _, row: __, ...figures } = r;
      const before = await upsertPopulation(tx, { unitId: unit.id, ...figures, source });
      await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: 'import', entity: 'population', entityId: `${unit.id}/${r.year}`, before: before ?? null, after: figures });
    }
  });
  return { imported: rows.length };
}
