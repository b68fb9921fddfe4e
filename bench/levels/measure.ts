/**
 * Measurements of the levels part: the national weekly assessment (the levels module's own
 * assessWeek, called in this process) beside plain SQL reading the week's community cases of
 * every commune from the same data (the floor of any assessment).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays } from '../../src/domain/dates.ts';
import type { Db } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import { summarize, type Summary } from '../util.ts';

export interface AssessOptions {
  week: string;
  rootUnitId: number;
  now: Date;
  actorId: number | null;
}
/** The levels module's assessment (helper L1's contract); extra reply fields are shown as they come. */
export type AssessWeek = (db: Db, o: AssessOptions) => Promise<unknown>;

const LEVELS_DIR = new URL('../../src/server/modules/levels/', import.meta.url);

/** The module file that exports assessWeek, and the function (undefined until the module has it). */
export async function findAssessWeek(): Promise<{ file: string; fn: AssessWeek } | undefined> {
  const files = readdirSync(fileURLToPath(LEVELS_DIR)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const f of files) {
    if (!/export (async )?function assessWeek\b|export const assessWeek\b/.test(readFileSync(fileURLToPath(new URL(f, LEVELS_DIR)), 'utf8'))) continue;
    const mod = (await import(new URL(f, LEVELS_DIR).href)) as { assessWeek?: AssessWeek };
    if (typeof mod.assessWeek === 'function') return { file: `src/server/modules/levels/${f}`, fn: mod.assessWeek };
  }
  return undefined;
}

export interface AssessmentResult {
  file: string;
  runs: number;
  /** milliseconds of each run, in order */
  times: number[];
  baseTimes: number[];
  result: Summary;
  /** the reply of the last run, as the module returns it */
  reply: unknown;
  baseline: Summary;
  /** the module's own steps (reply.steps), median ms of each over the runs */
  steps: { name: string; ms: number }[];
  /** rows of level_assessment for the week after the runs, by level of unit and level */
  byLevel: { unitLevel: number; level: number; units: number }[];
  /** the week's community cases as the assessment stored them (the nation) beside plain SQL */
  nationCases: { assessed: number | null; sql: number };
}

/**
 * Plain SQL: the week's community cases of every commune, from the register where the commune
 * keeps it, else from its daily report roll-ups (one statement, no rules, nothing written).
 */
export function weekCasesSql(formId: number, week: string) {
  const sunday = addDays(week, 6);
  return sql`
    select c.id, case when ru.unit_id is not null then k.n else coalesce(r.n, 0) end as n
    from org_unit c
    left join register_unit ru on ru.unit_id = c.id and ru.since <= ${week}::date
    left join lateral (
      select count(*)::int as n from covid_case k
      where ru.unit_id is not null and k.unit_id = c.id and k.detection = 'community'
        and k.confirmed_at >= ${week}::date::timestamp at time zone 'Asia/Ho_Chi_Minh'
        and k.confirmed_at < (${sunday}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh') k on true
    left join lateral (
      select sum((r.vals ->> 'f0_community')::int)::int as n from rollup r
      where ru.unit_id is null and r.unit_id = c.id and r.form_id = ${formId} and r.period between ${week}::date and ${sunday}::date) r on true
    where c.level = 3 and c.valid_to is null`;
}

export async function measureAssessment(
  db: Db,
  assess: { file: string; fn: AssessWeek },
  o: AssessOptions & { runs: number; formId: number; log: (line: string) => void },
): Promise<AssessmentResult> {
  const times: number[] = [];
  const stepTimes = new Map<string, number[]>();
  let reply: unknown;
  for (let i = 0; i < o.runs; i++) {
    const t = performance.now();
    reply = await assess.fn(db, { week: o.week, rootUnitId: o.rootUnitId, now: o.now, actorId: o.actorId });
    times.push(performance.now() - t);
    for (const st of (reply as { steps?: { name: string; ms: number }[] } | null)?.steps ?? []) {
      stepTimes.set(st.name, [...(stepTimes.get(st.name) ?? []), st.ms]);
    }
    o.log(`    run ${i + 1}/${o.runs}: ${(times[i]! / 1000).toFixed(2)} s`);
  }
  const base: number[] = [];
  let plain = 0;
  for (let i = 0; i < o.runs; i++) {
    const t = performance.now();
    const rows = await db.query<{ id: number; n: number }>(weekCasesSql(o.formId, o.week));
    base.push(performance.now() - t);
    plain = rows.reduce((s, r) => s + Number(r.n), 0);
  }
  const byLevel = await db.query<{ unitLevel: number; level: number; units: number }>(sql`
    select o.level as "unitLevel", a.level, count(*)::int as units
    from level_assessment a join org_unit o on o.id = a.unit_id where a.week = ${o.week}::date
    group by 1, 2 order by 1, 2`);
  const [nation] = await db.query<{ n: number | null }>(sql`
    select (inputs ->> 'communityCases')::int as n from level_assessment where week = ${o.week}::date and unit_id = ${o.rootUnitId}`);
  return {
    file: assess.file,
    runs: o.runs,
    times,
    baseTimes: base,
    result: summarize(times),
    reply,
    baseline: summarize(base),
    steps: [...stepTimes].map(([name, ms]) => ({ name, ms: summarize(ms).p50 })),
    byLevel,
    nationCases: { assessed: nation?.n ?? null, sql: plain },
  };
}
