import ExcelJS from 'exceljs';
import { vietnamToday } from '../../../domain/dates.ts';
import { AGE_15_17_COLUMN, parsePopulationRows, POPULATION_COLUMNS } from '../../../domain/population.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnit, findUnitByCode, populationsAtLevel, upsertPopulation } from './repository.ts';

/** Reads the first sheet of an .xlsx: its header row and the rows after it, as cell values. */
export async function readSheet(file: unknown, lang: Lang): Promise<{ header: unknown[]; rows: unknown[][] }> {
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
  let header: unknown[] = [];
  ws.eachRow((row, n) => {
    const cells = (row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v));
    if (n > 1) rows.push(cells);
    else header = cells;
  });
  return { header, rows };
}

/** All rows valid and in scope, or nothing is written and every bad row is reported. */
export async function importPopulation(db: Db, actor: Actor, file: unknown, lang: Lang, now: Date) {
  const sheet = await readSheet(file, lang);
  const { rows, errors } = parsePopulationRows(sheet.rows, sheet.header);
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

/**
 * The import's layout, one row per unit at `level` under the user's unit, prefilled with the
 * latest figures; demo figures are left blank so that they are not imported back as real.
 */
export async function populationTemplate(db: Db, actor: Actor, q: { unitId: number; level: number }, lang: Lang, now: Date): Promise<Buffer> {
  const unit = await findUnit(db, q.unitId);
  if (!unit || !inScope(actor, unit)) throw new AppError('not_found', msg('notFound', lang));
  const today = vietnamToday(now);
  const units = await populationsAtLevel(db, { path: unit.path, level: q.level, date: today });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'EpiCenter';
  const ws = wb.addWorksheet('Dân số', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...POPULATION_COLUMNS, AGE_15_17_COLUMN, 'Tên đơn vị (không nhập)']).font = { bold: true };
  const year = Number(today.slice(0, 4));
  for (const u of units) {
    const f = u.figures && !u.figures.isDemo ? u.figures : null;
    ws.addRow([u.code, f?.year ?? year, f?.total ?? null, f?.age18plus ?? null, f?.age50plus ?? null, f?.age12to17 ?? null, f?.age5to11 ?? null, f?.age15to17 ?? null, u.fullName]);
  }
  ws.getColumn(1).numFmt = '@';
  ws.columns.forEach((c, i) => (c.width = i === 8 ? 36 : 14));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
