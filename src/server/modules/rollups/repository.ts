import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { Values } from '../../http/common-schema.ts';
import { splitByMonth } from '../../../domain/dates.ts';

/**
 * Adds a report's change to the day's and the month's totals of the unit and each ancestor,
 * in the caller's transaction. Ids are taken root first so that concurrent submissions lock
 * rows in one order.
 */
export async function addToRollups(
  db: Queryable,
  r: { formId: number; unitIds: number[]; period: string; delta: Values; reported: number; onTime: number },
): Promise<void> {
  const ids = [...r.unitIds].sort((a, b) => a - b);
  const delta = JSON.stringify(r.delta);
  await db.execute(sql`
    insert into rollup (form_id, unit_id, period, vals, n_reported, n_on_time)
    select ${r.formId}, id, ${r.period}::date, ${delta}::jsonb, ${r.reported}, ${r.onTime}
    from unnest(${ids}::int[]) with ordinality as t(id, ord) order by ord
    on conflict (unit_id, form_id, period) do update set
      vals = jsonb_sum(rollup.vals, excluded.vals),
      n_reported = rollup.n_reported + excluded.n_reported,
      n_on_time = rollup.n_on_time + excluded.n_on_time`);
  if (Object.keys(r.delta).length === 0) return;
  await db.execute(sql`
    insert into rollup_month (form_id, unit_id, month, vals)
    select ${r.formId}, id, date_trunc('month', ${r.period}::date)::date, ${delta}::jsonb
    from unnest(${ids}::int[]) with ordinality as t(id, ord) order by ord
    on conflict (unit_id, form_id, month) do update set vals = jsonb_sum(rollup_month.vals, excluded.vals)`);
}

export interface RollupRow {
  unitId: number;
  period: string;
  vals: Values;
  nReported: number;
  nOnTime: number;
}

export async function rollupSeries(
  db: Queryable,
  q: { formId: number; unitIds: number[]; from: string; to: string },
): Promise<RollupRow[]> {
  return db.query<RollupRow>(sql`
    select unit_id as "unitId", to_char(period, 'YYYY-MM-DD') as period, vals, n_reported as "nReported", n_on_time as "nOnTime"
    from rollup
    where unit_id = any(${q.unitIds}::int[]) and form_id = ${q.formId} and period between ${q.from}::date and ${q.to}::date`);
}

/** How many units at `level` each of `unitIds` has in its subtree on `date` (itself when at that level). */
export async function expectedCounts(db: Queryable, unitIds: number[], level: number, date: string): Promise<Map<number, number>> {
  const rows = await db.query<{ id: number; n: number }>(sql`
    select c.id, count(u.id)::int as n
    from org_unit c
    join org_unit u on u.path ~>=~ c.path and u.path ~<~ subtree_end(c.path) and u.level = ${level}
      and u.valid_from <= ${date}::date and (u.valid_to is null or u.valid_to > ${date}::date)
    where c.id = any(${unitIds}::int[])
    group by c.id`);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export interface LateRow {
  id: number;
  code: string;
  name: string;
  fullName: string;
  level: number;
  parentName: string;
  firstSubmittedAt: Date | null;
  status: string | null;
}

/** Units at the submit level under `path` whose report for `date` is late, returned or not in. */
export async function lateOrMissing(
  db: Queryable,
  q: { formId: number; path: string; level: number; date: string; limit: number },
): Promise<LateRow[]> {
  return db.query<LateRow>(sql`
    select u.id, u.code, u.name, u.full_name as "fullName", u.level, p.name as "parentName",
      r.first_submitted_at as "firstSubmittedAt", r.status
    from org_unit u
    join org_unit p on p.id = u.parent_id
    left join report r on r.unit_id = u.id and r.form_id = ${q.formId} and r.period = ${q.date}::date
    where u.path ~>=~ ${q.path} and u.path ~<~ subtree_end(${q.path}) and u.level = ${q.level}
      and u.valid_from <= ${q.date}::date and (u.valid_to is null or u.valid_to > ${q.date}::date)
      and (r.id is null or r.status not in ('submitted', 'approved') or not r.on_time)
    order by (r.id is not null), u.code
    limit ${q.limit}`);
}

/**
 * Recomputes every total of a form from the reports (after a bulk load, or to repair):
 * the reporting units' own rows first, then each level from the one below, so each value
 * is read once per level rather than once per ancestor. Indicator codes are checked
 * identifiers (a table constraint), so they can be spliced in.
 */
export async function rebuildRollups(
  db: Queryable,
  form: { id: number; submitLevel: number; indicators: { code: string }[] },
): Promise<void> {
  const sums = form.indicators.map((i) => `'${i.code}', sum((r.vals ->> '${i.code}')::bigint)`).join(', ');
  await db.execute(sql`delete from rollup where form_id = ${form.id}`);
  await db.execute(sql`delete from rollup_month where form_id = ${form.id}`);
  await db.execute(sql`
    insert into rollup (form_id, unit_id, period, vals, n_reported, n_on_time)
    select form_id, unit_id, period, vals, 1, case when on_time then 1 else 0 end
    from report where form_id = ${form.id} and status in ('submitted', 'approved')`);
  for (let level = form.submitLevel - 1; level >= 0; level--) {
    await db.execute({
      text: `insert into rollup (form_id, unit_id, period, vals, n_reported, n_on_time)
        select $1, u.parent_id, r.period, jsonb_strip_nulls(jsonb_build_object(${sums})), sum(r.n_reported), sum(r.n_on_time)
        from rollup r join org_unit u on u.id = r.unit_id
        where r.form_id = $1 and u.level = $2
        group by u.parent_id, r.period`,
      values: [form.id, level + 1],
    });
  }
  await db.execute({
    text: `insert into rollup_month (form_id, unit_id, month, vals)
      select $1, r.unit_id, date_trunc('month', r.period)::date, jsonb_strip_nulls(jsonb_build_object(${sums}))
      from rollup r where r.form_id = $1
      group by r.unit_id, date_trunc('month', r.period)`,
    values: [form.id],
  });
}

export interface TotalsRow {
  unitId: number;
  sinceStart: Values;
}

/**
 * Per unit, each flow indicator summed from `start` to `date`: whole months from the monthly
 * totals, the days around them from the daily ones. Summed in the database so that a year of
 * days is not sent to the server. Codes are checked identifiers (a table constraint).
 */
export async function totalsSince(
  db: Queryable,
  q: { formId: number; unitIds: number[]; start: string; date: string; flowCodes: string[] },
): Promise<TotalsRow[]> {
  const { months, days } = splitByMonth(q.start, q.date);
  const sums = q.flowCodes.map((c) => `'${c}', sum((x.vals ->> '${c}')::bigint)`).join(', ') || "'_', 0";
  const none = { from: '9999-12-31', to: '0001-01-01' };
  const [d1 = none, d2 = none] = days;
  const m = months ?? { from: '9999-12-01', to: '0001-01-01' };
  return db.query<TotalsRow>({
    text: `select x.unit_id as "unitId", jsonb_strip_nulls(jsonb_build_object(${sums})) as "sinceStart"
      from (
        select unit_id, vals from rollup_month
        where unit_id = any($1::int[]) and form_id = $2 and month >= $3::date and month < $4::date
        union all
        select unit_id, vals from rollup
        where unit_id = any($1::int[]) and form_id = $2
          and (period between $5::date and $6::date or period between $7::date and $8::date)
      ) x
      group by x.unit_id`,
    values: [q.unitIds, q.formId, m.from, m.to, d1.from, d1.to, d2.from, d2.to],
  });
}

/**
 * The last day up to `date` with a new case, for each unit: a backward walk of the unit's
 * days that stops at the first case. Called only for units with no case in the last two weeks.
 */
export async function lastCaseDates(
  db: Queryable,
  q: { formId: number; unitIds: number[]; date: string; caseCodes: string[] },
): Promise<Map<number, string>> {
  if (!q.unitIds.length || !q.caseCodes.length) return new Map();
  const cases = q.caseCodes.map((c) => `coalesce((r.vals ->> '${c}')::bigint, 0)`).join(' + ');
  const rows = await db.query<{ unitId: number; day: string | null }>({
    text: `select u.id as "unitId",
        (select to_char(r.period, 'YYYY-MM-DD') from rollup r
         where r.unit_id = u.id and r.form_id = $2 and r.period <= $3::date and ${cases} > 0
         order by r.period desc limit 1) as day
      from unnest($1::int[]) as u(id)`,
    values: [q.unitIds, q.formId, q.date],
  });
  return new Map(rows.flatMap((r) => (r.day ? [[r.unitId, r.day] as [number, string]] : [])));
}
