/**
 * Coverage reads. Everything here reads the roll-ups kept with the dose register
 * (coverage_rollup, vaccination_daily) or small tables — never vaccine_dose in bulk — so the
 * nation answers as fast as a commune.
 */
import { AGE_GROUPS, birthYearsOf, type AgeBand, type AgeGroup, type Stage } from '../../../domain/age-groups.ts';
import type { DailyStage } from '../../../domain/coverage.ts';
import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';

export type StageCounts = Record<Stage, number>;
export type GroupCounts = Record<AgeGroup, StageCounts>;
export type Eligible = Record<AgeGroup, number | null>;

const emptyStages = (): StageCounts => ({ dose1: 0, primary: 0, booster: 0 });
export const emptyGroups = (): GroupCounts =>
  Object.fromEntries(AGE_GROUPS.map((g) => [g, emptyStages()])) as GroupCounts;

/**
 * People (by residence, in each unit's subtree) who reached each stage, by age group at `date`.
 * A group is a birth-year range; people without a birth date are kept under a birth year
 * outside any real range (≤ 0) and so count only in 'all'.
 */
export async function coverageCounts(db: Queryable, unitIds: number[], date: string): Promise<Map<number, GroupCounts>> {
  const out = new Map<number, GroupCounts>(unitIds.map((id) => [id, emptyGroups()]));
  if (!unitIds.length) return out;
  const values: unknown[] = [unitIds];
  const sums = AGE_GROUPS.map((g, i) => {
    if (g === 'all') return `sum(n)::bigint as g${i}`;
    const { from, to } = birthYearsOf(g, date);
    values.push(Math.max(1, from ?? 1), to);
    return `coalesce(sum(n) filter (where birth_year between $${values.length - 1} and $${values.length}), 0)::bigint as g${i}`;
  });
  const rows = await db.query<Record<string, number> & { unit_id: number; stage: Stage }>({
    text: `select unit_id, stage, ${sums.join(', ')} from coverage_rollup where unit_id = any($1) group by unit_id, stage`,
    values,
  });
  for (const r of rows) {
    const groups = out.get(r.unit_id)!;
    AGE_GROUPS.forEach((g, i) => (groups[g][r.stage] = Number(r[`g${i}`] ?? 0)));
  }
  return out;
}

const emptyEligible = (): Eligible => ({ '18+': null, '50+': null, '12-17': null, '15-17': null, '5-11': null, all: null });

/**
 * Eligible population of each unit: the communes of its subtree, each at its latest year
 * (≤ `year` when given), summed. A group is null when no commune has the figure, or when some
 * commune lacks it (15–17 is optional): a partial sum would overstate coverage.
 */
export async function eligibleCounts(db: Queryable, unitIds: number[], year?: number): Promise<Map<number, Eligible>> {
  const out = new Map<number, Eligible>(unitIds.map((id) => [id, emptyEligible()]));
  if (!unitIds.length) return out;
  // Per unit, its communes by the path range (offset 0 keeps the lateral from being flattened,
  // level::int keeps the planner off the level index) and each commune's latest row by key.
  const col = (c: string) => `(case when count(*) = count(l.${c}) then sum(l.${c}) end)::bigint`;
  const rows = await db.query<{ id: number } & Record<'a18' | 'a50' | 'a12' | 'a15' | 'a5' | 'total', number | null>>({
    text: `select u.id, ${col('age_18plus')} as a18, ${col('age_50plus')} as a50, ${col('age_12_17')} as a12,
             ${col('age_15_17')} as a15, ${col('age_5_11')} as a5, ${col('total')} as total
           from org_unit u
           cross join lateral (
             select p.* from org_unit c
             cross join lateral (select * from population p where p.unit_id = c.id and ($2::int is null or p.year <= $2::int)
                                 order by p.year desc limit 1) p
             where c.path ~>=~ u.path and c.path ~<~ subtree_end(u.path) and c.level::int = 3 and c.valid_to is null offset 0) l
           where u.id = any($1)
           group by u.id`,
    values: [unitIds, year ?? null],
  });
  const num = (v: number | null) => (v === null ? null : Number(v));
  for (const r of rows)
    out.set(r.id, { '18+': num(r.a18), '50+': num(r.a50), '12-17': num(r.a12), '15-17': num(r.a15), '5-11': num(r.a5), all: num(r.total) });
  return out;
}

export const NOT_VACCINATED_REASONS = ['contraindicated', 'postponed', 'refused', 'away', 'not_reached'] as const;
export type NotVaccinatedReason = (typeof NOT_VACCINATED_REASONS)[number];

/** People living in the subtree with a reason recorded and no dose yet, by reason. */
export async function notVaccinatedCounts(db: Queryable, path: string): Promise<Record<NotVaccinatedReason, number>> {
  const rows = await db.query<{ reason: NotVaccinatedReason; n: number }>(sql`
    select nv.reason, count(*)::int as n
    from not_vaccinated nv
    join person p on p.id = nv.person_id and p.merged_into is null
    join org_unit o on o.id = p.unit_id
    left join vaccination_state s on s.person_id = nv.person_id
    where o.path ~>=~ ${path} and o.path ~<~ subtree_end(${path}) and coalesce(s.doses, 0) = 0
    group by nv.reason`);
  const out = Object.fromEntries(NOT_VACCINATED_REASONS.map((r) => [r, 0])) as Record<NotVaccinatedReason, number>;
  for (const r of rows) out[r.reason] = r.n;
  return out;
}

export interface DailyRow {
  unitId: number;
  stage: DailyStage;
  ageBand: AgeBand;
  n: number;
}

/** Doses given on `day` by each unit's subtree, by stage reached and age band. */
export async function dailyCounts(db: Queryable, unitIds: number[], day: string): Promise<DailyRow[]> {
  if (!unitIds.length) return [];
  return db.query<DailyRow>(sql`
    select unit_id as "unitId", stage, age_band as "ageBand", n
    from vaccination_daily where unit_id = any(${unitIds}) and day = ${day}::date and n <> 0`);
}

export interface SilentCommunes {
  /** per child of the unit (the unit itself when it is a commune): communes, and those that entered nothing */
  byChild: { child: number; communes: number; silent: number }[];
  /** the first silent communes by code */
  list: { id: number; code: string; name: string; fullName: string; level: number }[];
}

/**
 * Communes of the subtree valid on the day that entered no dose in [start, end) (entered_at,
 * whatever the date the dose was given).
 */
export async function silentCommunes(
  db: Queryable,
  unit: { path: string; level: number },
  day: string,
  start: Date,
  end: Date,
  limit: number,
): Promise<SilentCommunes> {
  const child = unit.level >= 3 ? 'c.id' : `split_part(c.path, '/', ${unit.level + 3})::int`;
  const base = `from org_unit c
    where c.path ~>=~ $1 and c.path ~<~ subtree_end($1) and c.level = 3
      and c.valid_from <= $2::date and (c.valid_to is null or c.valid_to > $2::date)`;
  const silent = `not exists (select 1 from vaccine_dose d where d.unit_id = c.id and d.entered_at >= $3 and d.entered_at < $4)`;
  const values = [unit.path, day, start, end];
  const byChild = await db.query<{ child: number; communes: number; silent: number }>({
    text: `select ${child} as child, count(*)::int as communes, count(*) filter (where ${silent})::int as silent ${base} group by 1`,
    values,
  });
  const list = await db.query<SilentCommunes['list'][number]>({
    text: `select c.id, c.code, c.name, c.full_name as "fullName", c.level ${base} and ${silent} order by c.code limit $5`,
    values: [...values, limit],
  });
  return { byChild, list };
}
