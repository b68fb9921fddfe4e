import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../../domain/text.ts';
import { parseGsoRows, type GsoTree, type GsoUnit } from '../../../domain/gso-units.ts';
import { sql } from '../sql.ts';
import type { Queryable } from '../client.ts';

export const NATION_CODE = 'VN';
export const UNITS_VALID_FROM = '2021-01-01';

/** Reads a GSO list (.csv or .xlsx, first sheet, header on row 1) as rows of text cells. */
export async function readGsoFile(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  const ws = path.endsWith('.csv')
    ? await wb.csv.readFile(path, { map: (v: unknown) => v } as never)
    : (await wb.xlsx.readFile(path), wb.worksheets[0]);
  const rows: string[][] = [];
  ws?.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

async function insertLevel(db: Queryable, units: GsoUnit[], level: number, parents: Map<string, { id: number; path: string }>) {
  const ids = await db.query<{ id: number; code: string }>(sql`
    insert into org_unit (code, name, full_name, search_name, kind, level, parent_id, path, valid_from)
    select t.code, t.name, t.full_name, t.search_name, t.kind, ${level}, t.parent_id, '', ${UNITS_VALID_FROM}::date
    from unnest(${units.map((u) => u.code)}::text[], ${units.map((u) => u.name)}::text[], ${units.map((u) => u.fullName)}::text[],
      ${units.map((u) => foldVietnamese(u.fullName))}::text[], ${units.map((u) => u.kind)}::text[],
      ${units.map((u) => parents.get(u.parentCode ?? NATION_CODE)!.id)}::int[])
      as t(code, name, full_name, search_name, kind, parent_id)
    returning id, code`);
  await db.execute(sql`
    update org_unit c set path = p.path || c.id || '/' from org_unit p
    where c.parent_id = p.id and c.level = ${level} and c.path = ''`);
  const rows = await db.query<{ id: number; code: string; path: string }>(sql`
    select id, code, path from org_unit where id = any(${ids.map((r) => r.id)}::int[])`);
  return new Map(rows.map((r) => [r.code, { id: r.id, path: r.path }]));
}

/** Loads the whole hierarchy under a new national root. Returns the number of units per level. */
export async function importUnits(db: Queryable, tree: GsoTree): Promise<number[]> {
  const nation = await db.query<{ id: number; path: string }>(sql`
    insert into org_unit (code, name, full_name, search_name, kind, level, path, valid_from)
    values (${NATION_CODE}, 'Toàn quốc', 'Việt Nam', 'viet nam toan quoc', 'quoc-gia', 0, '', ${UNITS_VALID_FROM}::date)
    returning id, '/' || id || '/' as path`);
  await db.execute(sql`update org_unit set path = '/' || id || '/' where code = ${NATION_CODE}`);
  const root = new Map([[NATION_CODE, nation[0]!]]);
  const provinces = await insertLevel(db, tree.provinces, 1, root);
  const districts = await insertLevel(db, tree.districts, 2, provinces);
  const communes = await insertLevel(db, tree.communes, 3, districts);
  return [1, provinces.size, districts.size, communes.size];
}

export async function importUnitsFromFile(db: Queryable, path: string): Promise<number[]> {
  const { tree, errors } = parseGsoRows(await readGsoFile(path));
  if (errors.length) {
    throw new Error(`${path}: ${errors.length} bad rows\n` + errors.slice(0, 20).map((e) => `  row ${e.row}: ${e.message}`).join('\n'));
  }
  return importUnits(db, tree);
}
