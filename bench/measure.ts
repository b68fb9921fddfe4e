/** The measurements: each one through the API, beside a plain SQL query on the same data. */
import pg from 'pg';
import { addDays } from '../src/domain/dates.ts';
import type { Form } from '../src/server/modules/forms/schema.ts';
import { casesOfValues, HttpSession, pool, reportValues, summarize, timed, type Summary } from './util.ts';

export interface Commune {
  id: number;
  provinceId: number;
}

interface DashboardBody {
  headline: { casesWeek: number; casesLast24h: number };
  children: { unit: { id: number }; figures: { casesWeek: number } }[];
  completeness: { reported: number };
}

// ---------------------------------------------------------------- 1. submissions per second

export interface ThroughputResult {
  submissions: number;
  ok: number;
  errors: Record<string, number>;
  seconds: number;
  perSecond: number;
  latency: Summary;
  baseline: { statements: number; seconds: number; perSecond: number; latency: Summary };
}

export async function submissionThroughput(q: {
  sessions: Map<number, HttpSession>;
  communes: Commune[];
  form: Form;
  today: string;
  concurrency: number;
  client: pg.Pool;
  log: (line: string) => void;
}): Promise<ThroughputResult> {
  const lat: number[] = [];
  const errors: Record<string, number> = {};
  let ok = 0;
  const t0 = performance.now();
  let lastLog = t0;
  await pool(q.communes, q.concurrency, async (c, i) => {
    const s = q.sessions.get(c.provinceId)!;
    const [res, t] = await timed(() => s.put(`/api/reports/${q.form.code}/${c.id}/${q.today}`, { values: reportValues(c.id), submit: true }));
    lat.push(t);
    if (res.status === 200) ok++;
    else {
      const key = `${res.status} ${res.body.slice(0, 120)}`;
      errors[key] = (errors[key] ?? 0) + 1;
    }
    if (performance.now() - lastLog > 5000) {
      lastLog = performance.now();
      q.log(`    ${i + 1}/${q.communes.length} sent, ${(ok / ((lastLog - t0) / 1000)).toFixed(0)}/s`);
    }
  });
  const seconds = (performance.now() - t0) / 1000;

  // Baseline: the same number of single-row upserts into report, nothing else, on a pool as
  // large as the app's; on a future period that nothing reads, deleted afterwards.
  const period = addDays(q.today, 30);
  const blat: number[] = [];
  const b0 = performance.now();
  await pool(q.communes, q.concurrency, async (c) => {
    const [, t] = await timed(() =>
      q.client.query(
        `insert into report (form_id, unit_id, period, status, vals, first_submitted_at, submitted_at, on_time, updated_at)
         values ($1, $2, $3::date, 'submitted', $4::jsonb, now(), now(), true, now())
         on conflict (form_id, unit_id, period) do update set status = excluded.status, vals = excluded.vals,
           submitted_at = excluded.submitted_at, updated_at = now()`,
        [q.form.id, c.id, period, JSON.stringify(reportValues(c.id))],
      ),
    );
    blat.push(t);
  });
  const bseconds = (performance.now() - b0) / 1000;
  await q.client.query(`delete from report where form_id = $1 and period = $2::date`, [q.form.id, period]);
  return {
    submissions: q.communes.length,
    ok,
    errors,
    seconds,
    perSecond: ok / seconds,
    latency: summarize(lat),
    baseline: { statements: q.communes.length, seconds: bseconds, perSecond: q.communes.length / bseconds, latency: summarize(blat) },
  };
}

// ---------------------------------------------------------------- 2. submission → national total

export interface FreshnessResult {
  probes: number;
  visible: Summary;
  put: Summary;
  polls: number;
  failures: number;
  baseline: Summary;
  baselineMismatches: number;
}

const TOTAL_SQL = `select coalesce(sum((vals->>'f0_community')::int + (vals->>'f0_quarantined')::int), 0)::int as total
  from report where form_id = $1 and period = $2::date and status in ('submitted', 'approved')`;

export async function submissionToNationalTotal(q: {
  sessions: Map<number, HttpSession>;
  admin: HttpSession;
  nationId: number;
  communes: Commune[];
  form: Form;
  today: string;
  client: pg.Pool;
}): Promise<FreshnessResult> {
  const national = async () => {
    const r = await q.admin.get(`/api/dashboard/${q.nationId}?date=${q.today}`);
    if (r.status !== 200) throw new Error(`dashboard: ${r.status} ${r.body.slice(0, 200)}`);
    return (JSON.parse(r.body) as DashboardBody).headline.casesLast24h;
  };
  let expected = await national();
  const visible: number[] = [];
  const put: number[] = [];
  const sqlTimes: number[] = [];
  let polls = 0;
  let failures = 0;
  let mismatches = 0;
  for (const c of q.communes) {
    const values = reportValues(c.id);
    expected += casesOfValues(values);
    const t0 = performance.now();
    const res = await q.sessions.get(c.provinceId)!.put(`/api/reports/${q.form.code}/${c.id}/${q.today}`, { values, submit: true });
    put.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`submission ${c.id}: ${res.status} ${res.body.slice(0, 300)}`);
    let seen = false;
    while (performance.now() - t0 < 10_000) {
      polls++;
      if ((await national()) === expected) {
        seen = true;
        break;
      }
    }
    if (seen) visible.push(performance.now() - t0);
    else failures++;
    const [r, t] = await timed(() => q.client.query<{ total: number }>(TOTAL_SQL, [q.form.id, q.today]));
    sqlTimes.push(t);
    if (r.rows[0]?.total !== expected) mismatches++;
  }
  return {
    probes: q.communes.length,
    visible: summarize(visible),
    put: summarize(put),
    polls,
    failures,
    baseline: summarize(sqlTimes),
    baselineMismatches: mismatches,
  };
}

// ---------------------------------------------------------------- 3. dashboard latency

export interface DashboardCase {
  label: string;
  level: 'national' | 'province' | 'district';
  unit: { id: number; code: string; name: string; level: number; path: string };
  start?: string | undefined;
}

export interface DashboardResult extends DashboardCase {
  requests: number;
  latency: Summary;
  bytes: number;
  casesWeek: number;
  baseline: Summary;
  baselineCasesWeek: number;
  childrenMatch: boolean;
}

/** 7-day new cases of each child of the unit, straight from the reports. */
const CHILD_WEEK_SQL = `select split_part(u.path, '/', $4)::int as child,
    sum((r.vals->>'f0_community')::int + (r.vals->>'f0_quarantined')::int)::int as cases
  from report r join org_unit u on u.id = r.unit_id
  where u.path like $2 || '%' and r.form_id = $1 and r.period between $3::date - 6 and $3::date
    and r.status in ('submitted', 'approved')
  group by 1`;

export async function dashboardLatency(q: {
  admin: HttpSession;
  cases: DashboardCase[];
  date: string;
  form: Form;
  requests: number;
  warmup: number;
  client: pg.Pool;
  log: (line: string) => void;
}): Promise<DashboardResult[]> {
  const out: DashboardResult[] = [];
  for (const c of q.cases) {
    const path = `/api/dashboard/${c.unit.id}?date=${q.date}${c.start ? `&start=${c.start}` : ''}`;
    let body = '';
    for (let i = 0; i < q.warmup; i++) {
      const r = await q.admin.get(path);
      if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.body.slice(0, 300)}`);
      body = r.body;
    }
    const lat: number[] = [];
    for (let i = 0; i < q.requests; i++) {
      const [r, t] = await timed(() => q.admin.get(path));
      if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
      lat.push(t);
    }
    const d = JSON.parse(body) as DashboardBody;

    const args = [q.form.id, c.unit.path, q.date, c.unit.level + 3];
    for (let i = 0; i < q.warmup; i++) await q.client.query(CHILD_WEEK_SQL, args);
    const blat: number[] = [];
    let rows: { child: number; cases: number }[] = [];
    for (let i = 0; i < q.requests; i++) {
      const [r, t] = await timed(() => q.client.query<{ child: number; cases: number }>(CHILD_WEEK_SQL, args));
      blat.push(t);
      rows = r.rows;
    }
    const byChild = new Map(rows.map((r) => [r.child, r.cases]));
    const childrenMatch = d.children.every((ch) => (byChild.get(ch.unit.id) ?? 0) === ch.figures.casesWeek);
    const result: DashboardResult = {
      ...c,
      requests: q.requests,
      latency: summarize(lat),
      bytes: Buffer.byteLength(body),
      casesWeek: d.headline.casesWeek,
      baseline: summarize(blat),
      baselineCasesWeek: rows.reduce((s, r) => s + r.cases, 0),
      childrenMatch,
    };
    q.log(`    ${c.label}: p50 ${result.latency.p50.toFixed(1)} ms, p95 ${result.latency.p95.toFixed(1)} ms` +
      ` (${(result.bytes / 1024).toFixed(0)} KB); plain SQL p50 ${result.baseline.p50.toFixed(1)} ms, p95 ${result.baseline.p95.toFixed(1)} ms;` +
      ` 7-day cases ${result.casesWeek} vs SQL ${result.baselineCasesWeek}${childrenMatch ? '' : ' (children differ!)'}`);
    out.push(result);
  }
  return out;
}
