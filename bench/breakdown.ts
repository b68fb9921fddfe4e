/**
 * Where a dashboard request spends its time: the steps of rollups/service.ts dashboard()
 * run one by one with the same arguments (median of a few runs), and EXPLAIN ANALYZE of the
 * slowest query.
 */
import { addDays } from '../src/domain/dates.ts';
import pg from 'pg';
import type { Db, Queryable } from '../src/server/db/client.ts';
import type { SqlQuery } from '../src/server/db/sql.ts';
import type { Actor } from '../src/server/modules/auth/policy.ts';
import { saveReport } from '../src/server/modules/reports/service.ts';
import type { Form } from '../src/server/modules/forms/schema.ts';
import { ancestorUnits, childUnits, findUnit } from '../src/server/modules/orgunits/repository.ts';
import * as repo from '../src/server/modules/rollups/repository.ts';
import { reportValues, summarize } from './util.ts';

export interface Step {
  step: string;
  ms: number;
}

const MAX_TREND_DAYS = 366; // as in rollups/service.ts

/** The steps of rollups/service.ts dashboard(), each timed alone (median of `runs`). */
export async function dashboardBreakdown(db: Db, form: Form, unitId: number, date: string, start: string | undefined, runs = 7): Promise<Step[]> {
  const unit = (await findUnit(db, unitId))!;
  const st = start && start <= date ? start : form.startDate;
  const trendFrom = st < addDays(date, -MAX_TREND_DAYS) ? addDays(date, -MAX_TREND_DAYS) : st;
  const recentFrom = addDays(date, -13);
  const children = unit.level < form.submitLevel ? await childUnits(db, unit.id, date) : [];
  const ids = [unit.id, ...children.map((c) => c.id)];
  const flowCodes = form.indicators.filter((i) => i.kind === 'flow').map((i) => i.code);
  const steps: [string, () => Promise<unknown>][] = [
    ['findUnit', () => findUnit(db, unitId)],
    ['childUnits', () => childUnits(db, unit.id, date)],
    [`rollupSeries, last 14 days of ${ids.length} units`, () => repo.rollupSeries(db, { formId: form.id, unitIds: ids, from: recentFrom, to: date })],
    [`rollupSeries, trend of the unit ${trendFrom}…${date}`, () => repo.rollupSeries(db, { formId: form.id, unitIds: [unit.id], from: trendFrom, to: date })],
    [`totalsSince, ${ids.length} units`, () => repo.totalsSince(db, { formId: form.id, unitIds: ids, start: st, date, flowCodes })],
    [`lastCaseDates, all ${ids.length} units (worst case)`, () => repo.lastCaseDates(db, { formId: form.id, unitIds: ids, date: recentFrom, caseCodes: form.caseIndicators })],
    ['expectedCounts', () => repo.expectedCounts(db, ids, form.submitLevel, date)],
    ['ancestorUnits', () => ancestorUnits(db, unit)],
  ];
  if (unit.level >= 1) {
    steps.push(['lateOrMissing', () => repo.lateOrMissing(db, { formId: form.id, path: unit.path, level: form.submitLevel, date, limit: 200 })]);
  }
  const out: Step[] = [];
  for (const [name, fn] of steps) {
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn();
      t.push(performance.now() - t0);
    }
    out.push({ step: name, ms: summarize(t).p50 });
  }
  return out;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the queries dashboard() runs, as text. */
export async function explainDashboard(db: Db, form: Form, unitId: number, date: string): Promise<Record<string, string>> {
  const unit = (await findUnit(db, unitId))!;
  const children = await childUnits(db, unit.id, date);
  const ids = [unit.id, ...children.map((c) => c.id)];
  const explain = async (text: string, values: unknown[]) =>
    (await db.query<{ 'QUERY PLAN': string }>({ text: `explain (analyze, buffers) ${text}`, values })).map((r) => r['QUERY PLAN']).join('\n');
  return {
    expectedCounts: await explain(
      `select c.id, count(u.id)::int as n from org_unit c
       join org_unit u on u.path ~>=~ c.path and u.path ~<~ subtree_end(c.path) and u.level = $2
         and u.valid_from <= $3::date and (u.valid_to is null or u.valid_to > $3::date)
       where c.id = any($1::int[]) group by c.id`,
      [ids, form.submitLevel, date],
    ),
    lateOrMissing: await explain(
      `select u.id, u.code, u.name, u.full_name, u.level, p.name, r.first_submitted_at, r.status
       from org_unit u join org_unit p on p.id = u.parent_id
       left join report r on r.unit_id = u.id and r.form_id = $1 and r.period = $4::date
       where u.path ~>=~ $2 and u.path ~<~ subtree_end($2) and u.level = $3
         and u.valid_from <= $4::date and (u.valid_to is null or u.valid_to > $4::date)
         and (r.id is null or r.status not in ('submitted', 'approved') or not r.on_time)
       order by (r.id is not null), u.code limit 200`,
      [form.id, unit.path, form.submitLevel, date],
    ),
    totalsSince: await explain(
      `select unit_id, ${form.indicators.filter((i) => i.kind === 'flow').map((i) => `sum(coalesce((vals ->> '${i.code}')::bigint, 0)) filter (where period >= $3::date)`).join(', ')},
         max(period) filter (where ${form.caseIndicators.map((c) => `coalesce((vals ->> '${c}')::bigint, 0)`).join(' + ')} > 0)
       from rollup where unit_id = any($1::int[]) and form_id = $2 and period <= $4::date group by unit_id`,
      [ids, form.id, form.startDate, date],
    ),
  };
}

/** A Db that records the wall time of each statement (by its first words). */
export function timingDb(db: Db, sink: Map<string, number[]>): Db {
  const label = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 90);
  const record = (text: string, t: number) => {
    const k = label(text);
    const list = sink.get(k);
    if (list) list.push(t);
    else sink.set(k, [t]);
  };
  // statements sent together on one connection (Promise.all in validate) run one after the
  // other anyway; queue them here so that each one's time is its own
  const wrap = (q: Queryable): Queryable => {
    let last: Promise<unknown> = Promise.resolve();
    const run = <R>(s: SqlQuery, f: () => Promise<R>): Promise<R> => {
      const p = last.then(async () => {
        const t = performance.now();
        try {
          return await f();
        } finally {
          record(s.text, performance.now() - t);
        }
      });
      last = p.catch(() => undefined);
      return p;
    };
    return {
      query: <T>(s: SqlQuery) => run(s, () => q.query<T>(s)),
      execute: (s: SqlQuery) => run(s, () => q.execute(s)),
      exec: (script: string) => q.exec(script),
    };
  };
  return { kind: db.kind, ...wrap(db), transaction: (fn) => db.transaction((tx) => fn(wrap(tx))), listen: (c, fn) => db.listen(c, fn), close: () => db.close() };
}

/**
 * saveReport called directly (no HTTP), one submission at a time, with every statement timed:
 * what one submission costs in the database, without contention.
 */
export async function submissionBreakdown(
  db: Db,
  form: Form,
  actor: Actor,
  units: { id: number }[],
  period: string,
  now: Date,
): Promise<{ total: number; steps: Step[] }> {
  const sink = new Map<string, number[]>();
  const tdb = timingDb(db, sink);
  const totals: number[] = [];
  for (const u of units) {
    const t0 = performance.now();
    await saveReport(tdb, actor, { form, unitId: u.id, period, values: reportValues(u.id), submit: true }, 'en', now);
    totals.push(performance.now() - t0);
  }
  const n = units.length;
  const steps = [...sink.entries()].map(([k, v]) => ({ step: `${v.length / n === 1 ? '' : `${(v.length / n).toFixed(0)} × `}${k}…`, ms: v.reduce((a, b) => a + b, 0) / n }));
  const inSql = steps.reduce((s, x) => s + x.ms, 0);
  const total = totals.reduce((a, b) => a + b, 0) / n;
  steps.push({ step: 'the rest: begin/commit round trips, validation and JSON in JavaScript', ms: total - inSql });
  return { total, steps };
}

/** Samples pg_stat_activity while `during` runs: how often backends wait on a lock. */
export async function sampleLocks<T>(client: pg.Pool, during: Promise<T>): Promise<{ result: T; samples: number; lockWaiters: number; active: number; idleInTx: number }> {
  let done = false;
  const acc = { samples: 0, lockWaiters: 0, active: 0, idleInTx: 0 };
  const sampler = (async () => {
    while (!done) {
      const r = await client.query<{ lock: number; active: number; idle_tx: number }>(`
        select count(*) filter (where wait_event_type = 'Lock')::int as lock,
          count(*) filter (where state = 'active')::int as active,
          count(*) filter (where state = 'idle in transaction')::int as idle_tx
        from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`);
      const row = r.rows[0]!;
      acc.samples++;
      acc.lockWaiters += row.lock;
      acc.active += row.active;
      acc.idleInTx += row.idle_tx;
      await new Promise((res) => setTimeout(res, 100));
    }
  })();
  try {
    const result = await during;
    return { result, ...acc };
  } finally {
    done = true;
    await sampler;
  }
}
