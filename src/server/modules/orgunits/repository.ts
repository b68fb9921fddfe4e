import type { PopulationFigures } from '../../../domain/population.ts';
import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { UnitRef } from '../../http/common-schema.ts';

export interface UnitRow extends UnitRef {
  kind: string;
  parentId: number | null;
  path: string;
  validFrom: string;
  validTo: string | null;
}

/** The short form of a unit that replies carry. */
export const toRef = (u: UnitRow): UnitRef => ({ id: u.id, code: u.code, name: u.name, fullName: u.fullName, level: u.level });

const columns = `id, code, name, full_name as "fullName", kind, level, parent_id as "parentId", path,
  valid_from as "validFrom", valid_to as "validTo"`;

/** Units valid on a date: valid_from ≤ date < valid_to. */
const validOn = (alias: string, param: string) =>
  `${alias}.valid_from <= ${param}::date and (${alias}.valid_to is null or ${alias}.valid_to > ${param}::date)`;

export async function findUnit(db: Queryable, id: number): Promise<UnitRow | undefined> {
  const rows = await db.query<UnitRow>({ text: `select ${columns} from org_unit where id = $1`, values: [id] });
  return rows[0];
}

export async function findUnitByCode(db: Queryable, code: string, date: string): Promise<UnitRow | undefined> {
  const rows = await db.query<UnitRow>({
    text: `select ${columns} from org_unit u where code = $1 and ${validOn('u', '$2')}`,
    values: [code, date],
  });
  return rows[0];
}

/** findUnitByCode for many codes in one query (an import names thousands of units). */
export async function findUnitsByCodes(db: Queryable, codes: string[], date: string): Promise<Map<string, UnitRow>> {
  const rows = await db.query<UnitRow>({
    text: `select ${columns} from org_unit u where code = any($1::text[]) and ${validOn('u', '$2')} order by id`,
    values: [codes, date],
  });
  const byCode = new Map<string, UnitRow>();
  for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, r);
  return byCode;
}

export async function childUnits(db: Queryable, parentId: number, date: string): Promise<UnitRow[]> {
  return db.query<UnitRow>({
    text: `select ${columns} from org_unit u where parent_id = $1 and ${validOn('u', '$2')} order by code`,
    values: [parentId, date],
  });
}

/** The units on the path from the root down to (not including) this one. */
export async function ancestorUnits(db: Queryable, unit: Pick<UnitRow, 'path' | 'id'>): Promise<UnitRow[]> {
  const ids = unit.path.split('/').filter(Boolean).map(Number).filter((id) => id !== unit.id);
  if (!ids.length) return [];
  return db.query<UnitRow>({ text: `select ${columns} from org_unit where id = any($1) order by level`, values: [ids] });
}

/** Units at `level` in the subtree under `path`, valid on `date`. */
export async function unitsAtLevel(db: Queryable, path: string, level: number, date: string): Promise<UnitRow[]> {
  return db.query<UnitRow>({
    text: `select ${columns} from org_unit u where path ~>=~ $1 and path ~<~ subtree_end($1) and level = $2 and ${validOn('u', '$3')} order by code`,
    values: [path, level, date],
  });
}

export async function searchUnits(
  db: Queryable,
  scopePath: string,
  folded: string,
  level: number | undefined,
  date: string,
  limit = 20,
): Promise<UnitRow[]> {
  return db.query<UnitRow>({
    text: `select ${columns} from org_unit u
      where path ~>=~ $1 and path ~<~ subtree_end($1) and (search_name like '%' || $2 || '%' or code = $2)
        and ($3::smallint is null or level = $3) and ${validOn('u', '$4')}
      order by level, code limit $5`,
    values: [scopePath, folded, level ?? null, date, limit],
  });
}

export interface PopulationRow extends PopulationFigures {
  /** read where the 15–17 figure is needed (template, import audit) */
  age15to17?: number | null;
  isDemo: boolean;
  source: string;
}

/** The unit's own figures when it has them, else the sum over its communes. */
export async function unitPopulation(db: Queryable, unit: Pick<UnitRow, 'path'>): Promise<PopulationRow | undefined> {
  const rows = await db.query<PopulationRow>(sql`
    select p.year, sum(p.total)::bigint as total, sum(p.age_18plus)::bigint as "age18plus",
      sum(p.age_50plus)::bigint as "age50plus", sum(p.age_12_17)::bigint as "age12to17",
      sum(p.age_5_11)::bigint as "age5to11", bool_or(p.is_demo) as "isDemo", min(p.source) as source
    from population p join org_unit u on u.id = p.unit_id
    where u.path ~>=~ ${unit.path} and u.path ~<~ subtree_end(${unit.path}) and u.level = 3
    group by p.year order by p.year desc limit 1`);
  return rows[0];
}

export async function upsertPopulation(
  db: Queryable,
  p: { unitId: number; year: number; total: number; age18plus: number; age50plus: number; age12to17: number; age15to17: number | null; age5to11: number; source: string },
): Promise<PopulationRow | undefined> {
  const before = await db.query<PopulationRow>(sql`
    select year, total, age_18plus as "age18plus", age_50plus as "age50plus", age_12_17 as "age12to17", age_15_17 as "age15to17",
      age_5_11 as "age5to11", is_demo as "isDemo", source
    from population where unit_id = ${p.unitId} and year = ${p.year} for update`);
  await db.execute(sql`
    insert into population (unit_id, year, total, age_18plus, age_50plus, age_12_17, age_15_17, age_5_11, is_demo, source)
    values (${p.unitId}, ${p.year}, ${p.total}, ${p.age18plus}, ${p.age50plus}, ${p.age12to17}, ${p.age15to17}, ${p.age5to11}, false, ${p.source})
    on conflict (unit_id, year) do update set total = excluded.total, age_18plus = excluded.age_18plus,
      age_50plus = excluded.age_50plus, age_12_17 = excluded.age_12_17, age_15_17 = excluded.age_15_17, age_5_11 = excluded.age_5_11,
      is_demo = false, source = excluded.source`);
  return before[0];
}

/** Units at `level` under `path` with their latest population figures (null where none). */
export async function populationsAtLevel(
  db: Queryable,
  q: { path: string; level: number; date: string },
): Promise<(Pick<UnitRow, 'code' | 'fullName'> & { figures: PopulationRow | null })[]> {
  const rows = await db.query<Pick<UnitRow, 'code' | 'fullName'> & { year: number | null } & Omit<PopulationRow, 'year'>>(sql`
    select u.code, u.full_name as "fullName", p.year, p.total, p.age_18plus as "age18plus", p.age_50plus as "age50plus",
      p.age_12_17 as "age12to17", p.age_15_17 as "age15to17", p.age_5_11 as "age5to11", p.is_demo as "isDemo", p.source
    from org_unit u
    left join lateral (select * from population where unit_id = u.id order by year desc limit 1) p on true
    where u.path ~>=~ ${q.path} and u.path ~<~ subtree_end(${q.path}) and u.level = ${q.level}
      and u.valid_from <= ${q.date}::date and (u.valid_to is null or u.valid_to > ${q.date}::date)
    order by u.code`);
  return rows.map(({ code, fullName, year, ...p }) => ({ code, fullName, figures: year === null ? null : { year, ...p } }));
}
