/**
 * The vaccination measurements: each calls the module function behind the route (in this
 * process, on the benchmark database) and, in the same run, plain SQL doing the same by hand.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGE_GROUPS, STAGES, birthYearsOf, type AgeGroup, type Stage } from '../../src/domain/age-groups.ts';
import type { Db, Queryable } from '../../src/server/db/client.ts';
import type { Actor } from '../../src/server/modules/auth/policy.ts';
import { coverageCounts } from '../../src/server/modules/coverage/repository.ts';
import { importDoses } from '../../src/server/modules/vaccines/import.ts';
import { recordDoseTx } from '../../src/server/modules/vaccines/register.ts';
import { timingDb } from '../breakdown.ts';
import { summarize, timed, type Summary } from '../util.ts';
import { ancestorsOf, VAX_TODAY } from './generate.ts';

const LANG = 'vi' as const;

export interface UnitProbe {
  label: string;
  id: number;
  path: string;
}

export interface Measured {
  label: string;
  probes: number;
  result: Summary;
  baseProbes: number;
  baseline: Summary;
  detail: string;
}

type Counts = Record<AgeGroup, Record<Stage, number>>;

async function times<P, R>(probes: P[], fn: (p: P) => Promise<R>, warmup = 3): Promise<{ summary: Summary; results: R[] }> {
  for (const p of probes.slice(0, warmup)) await fn(p);
  const ms: number[] = [];
  const results: R[] = [];
  for (const p of probes) {
    const [r, t] = await timed(() => fn(p));
    ms.push(t);
    results.push(r);
  }
  return { summary: summarize(ms), results };
}

// ---------------------------------------------------------------- 1. coverage by age group and stage

/** The same table by plain SQL: the subtree's people (by residence) joined to their state, counted per group and stage. */
function plainCoverage(db: Queryable, unit: UnitProbe, date: string): Promise<Counts> {
  const cols: string[] = [];
  for (const g of AGE_GROUPS) {
    const { from, to } = birthYearsOf(g, date);
    const inGroup = g === 'all' ? 'true'
      : `extract(year from p.birth_date) between ${from ?? 1} and ${to}`;
    const col = { dose1: 's.first_dose_on', primary: 's.primary_done_on', booster: 's.booster_on' };
    for (const st of STAGES) cols.push(`count(*) filter (where ${col[st]} is not null and ${inGroup})::bigint as "${g}|${st}"`);
  }
  return db.query<Record<string, number>>({
    text: `select ${cols.join(', ')} from vaccination_state s join person p on p.id = s.person_id join org_unit o on o.id = p.unit_id
           where o.path ~>=~ $1 and o.path ~<~ subtree_end($1)`,
    values: [unit.path],
  }).then(([r]) => Object.fromEntries(AGE_GROUPS.map((g) => [g, Object.fromEntries(STAGES.map((st) => [st, Number(r![`${g}|${st}`])]))])) as Counts);
}

const same = (a: Counts, b: Counts) => AGE_GROUPS.every((g) => STAGES.every((st) => a[g][st] === b[g][st]));

/**
 * coverageCounts (V2, behind GET /api/coverage/:unitId) for one unit, `probes` times over
 * dates of the last weeks (the age groups move with the date); plain SQL `baseProbes` times
 * (a scan of the subtree's people: seconds at the nation). The numbers are compared.
 */
export async function coverage(db: Db, units: UnitProbe[], probes: number, baseProbes: (u: UnitProbe) => number): Promise<Measured[]> {
  const dates = Array.from({ length: probes }, (_, i) => {
    const d = new Date(`${VAX_TODAY}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - (i % 120) * 3);
    return d.toISOString().slice(0, 10);
  });
  const out: Measured[] = [];
  for (const u of units) {
    const fn = await times(dates, (date) => coverageCounts(db, [u.id], date).then((m) => m.get(u.id)!));
    const bn = baseProbes(u);
    const base = await times(dates.slice(0, bn), (date) => plainCoverage(db, u, date), 1);
    const agree = base.results.every((b, i) => same(fn.results[i]!, b));
    const c = fn.results[0]!;
    out.push({
      label: `coverage, ${u.label}`,
      probes,
      result: fn.summary,
      baseProbes: bn,
      baseline: base.summary,
      detail: `18+: dose 1 ${c['18+'].dose1.toLocaleString('en')}, primary ${c['18+'].primary.toLocaleString('en')}, booster ${c['18+'].booster.toLocaleString('en')}; ` +
        `all: dose 1 ${c.all.dose1.toLocaleString('en')} on ${dates[0]}; ${agree ? 'the same numbers as plain SQL' : '**numbers differ from plain SQL**'}`,
    });
  }
  return out;
}

// ---------------------------------------------------------------- 2. recording a dose

export interface BoosterProbe {
  personId: number;
  unitId: number;
  productId: number;
  lotId: number;
}

/**
 * People due a booster on VAX_TODAY (a two-dose series finished 90+ days before, none yet;
 * 20–64, with a national ID), in a fixed pseudo-random order; `skip` leaves the first ones
 * to another measurement.
 */
export type ImportRow = BoosterProbe & { nationalId: string; unitCode: string; lotCode: string; expiryDate: string };

export async function boosterCandidates(db: Db, n: number, skip: number): Promise<ImportRow[]> {
  return db.query({
    text: `select s.person_id as "personId", p.unit_id as "unitId", pr.id as "productId", l.id as "lotId", p.national_id as "nationalId",
             o.code as "unitCode", l.lot_code as "lotCode", l.expiry_date as "expiryDate"
           from vaccination_state s join person p on p.id = s.person_id join org_unit o on o.id = p.unit_id
             cross join (select id from vaccine_product where code = 'PFIZER') pr
             cross join lateral (select id, lot_code, expiry_date from vaccine_lot where product_id = pr.id and expiry_date >= $1::date order by expiry_date, id limit 1) l
           where s.doses = 2 and s.booster_on is null and s.primary_done_on <= $1::date - 90 and p.national_id is not null
             and extract(year from p.birth_date) between extract(year from $1::date) - 64 and extract(year from $1::date) - 20
           order by hashint8extended(s.person_id, 131) offset $2 limit $3`,
    values: [VAX_TODAY, skip, n],
  });
}

const rollback = new Error('rollback');
async function rolledBack(db: Db, fn: (tx: Queryable) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await fn(tx);
    throw rollback;
  }).catch((err) => {
    if (err !== rollback) throw err;
  });
}

/** The same write by hand: the dose, the state, the roll-ups of every ancestor (no checks, no audit), rolled back. */
async function plainDose(db: Db, p: BoosterProbe): Promise<void> {
  await rolledBack(db, async (tx) => {
    await tx.execute({
      text: `insert into vaccine_dose (person_id, product_id, lot_id, dose_number, kind, given_on, unit_id, entered_at)
             select $1, $2, $3, coalesce(max(dose_number), 0) + 1, 'booster', $4, $5, now() from vaccine_dose where person_id = $1`,
      values: [p.personId, p.productId, p.lotId, VAX_TODAY, p.unitId],
    });
    await tx.execute({ text: `update vaccination_state set doses = doses + 1, booster_on = $2 where person_id = $1`, values: [p.personId, VAX_TODAY] });
    await tx.execute({
      text: `insert into coverage_rollup (unit_id, stage, birth_year, n)
             select a.id, 'booster', coalesce(extract(year from p.birth_date)::int, 0), 1
             from person p join org_unit o on o.id = p.unit_id cross join lateral ${ancestorsOf('o')} as a(id) where p.id = $1
             on conflict (unit_id, stage, birth_year) do update set n = coverage_rollup.n + 1`,
      values: [p.personId],
    });
    await tx.execute({
      text: `insert into vaccination_daily (unit_id, day, stage, age_band, n)
             select a.id, $2, 'booster', '18-49', 1 from org_unit o cross join lateral ${ancestorsOf('o')} as a(id) where o.id = $1
             on conflict (unit_id, day, stage, age_band) do update set n = vaccination_daily.n + 1`,
      values: [p.unitId, VAX_TODAY],
    });
  });
}

/** recordDoseTx (V1, behind POST /api/doses): a booster with every schedule check, committed; plain SQL first, rolled back. */
export async function recordDose(db: Db, actor: Actor, probes: BoosterProbe[]): Promise<Measured> {
  const now = new Date(`${VAX_TODAY}T09:00:00Z`); // 16:00 in Vietnam
  const base = await times(probes, (p) => plainDose(db, p));
  const warnings: number[] = [];
  const fn = await times(probes, (p) =>
    db.transaction((tx) => recordDoseTx(tx, actor, { personId: p.personId, productId: p.productId, lotId: p.lotId, givenOn: VAX_TODAY, unitId: p.unitId }, LANG, now))
      .then((r) => warnings.push(r.warnings.length)), 0);
  return {
    label: 'recording a dose (booster)',
    probes: probes.length,
    result: fn.summary,
    baseProbes: probes.length,
    baseline: base.summary,
    detail: `${probes.length} boosters recorded (Pfizer after a two-dose series), ${warnings.filter((w) => w > 0).length} with warnings`,
  };
}

// ---------------------------------------------------------------- 3. bulk import beside COPY

/** One round: the same rows by COPY (rolled back), then checked (dry run) and imported. */
export interface ImportRound {
  copySeconds: number;
  dryRunSeconds: number;
  importSeconds: number;
  share: number;
}

export interface ImportResult {
  rows: number;
  csvBytes: number;
  rounds: ImportRound[];
  /** medians over the rounds; null when a round failed (error) */
  importSeconds: number | null;
  dryRunSeconds: number | null;
  copySeconds: number | null;
  error: string | null;
  created: number | null;
  /** the import's slowest statements in the last round (the rest of its time is the app's own work) */
  breakdown: { statement: string; seconds: number; count: number }[];
  importRate: number | null;
  copyRate: number | null;
  /** median of the rounds' import rate over COPY rate */
  share: number | null;
}

const csvCell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: unknown[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `n` boosters for people due one, `rounds` times over (new people each round: those of a
 * round have their booster after it): raw `COPY vaccine_dose (…) FROM '<file>'` of the rows in
 * the table's own columns (ids and dose numbers precomputed), rolled back; then the dose import
 * of the same rows from a CSV in the import's columns, checked first (dry run) as a user does,
 * then applied. Rounds alternate the two so that the machine's drift touches both alike.
 */
export async function bulkImport(db: Db, actor: Actor, n: number, rounds: number, log: (line: string) => void): Promise<ImportResult> {
  const now = new Date(`${VAX_TODAY}T09:00:00Z`);
  const done: ImportRound[] = [];
  let csvBytes = 0;
  let created: number | null = null;
  let breakdown: ImportResult['breakdown'] = [];
  let error: string | null = null;
  for (let round = 1; round <= rounds && !error; round++) {
    const rows = await boosterCandidates(db, n, 0);
    const importCsv = Buffer.from(csv([
      ['national_id', 'full_name', 'birth_date', 'product', 'lot', 'expiry_date', 'given_on', 'unit_code'],
      ...rows.map((r) => [r.nationalId, null, null, 'PFIZER', r.lotCode, r.expiryDate, VAX_TODAY, r.unitCode]),
    ]));
    csvBytes = importCsv.length;
    const file = join(tmpdir(), `epicenter-bench-doses-${randomBytes(4).toString('hex')}.csv`);
    writeFileSync(file, csv(rows.map((r) => [r.personId, r.productId, r.lotId, 3, 'booster', VAX_TODAY, r.unitId])));
    chmodSync(file, 0o644); // read by the server process (user postgres)
    try {
      let copySeconds = 0;
      await rolledBack(db, async (tx) => {
        const t = performance.now();
        await tx.exec(`copy vaccine_dose (person_id, product_id, lot_id, dose_number, kind, given_on, unit_id) from '${file}' with (format csv)`);
        copySeconds = (performance.now() - t) / 1000;
      });
      const [, dry] = await timed(() => importDoses(db, actor, true, importCsv, LANG, now));
      // every statement timed (they run one at a time on the transaction's connection), to show where the time goes
      const statements = new Map<string, number[]>();
      const [reply, ms] = await timed(() => importDoses(timingDb(db, statements), actor, false, importCsv, LANG, now));
      created = reply.created;
      const r: ImportRound = { copySeconds, dryRunSeconds: dry / 1000, importSeconds: ms / 1000, share: copySeconds / (ms / 1000) };
      done.push(r);
      breakdown = [...statements].map(([text, t]) => ({ statement: text.replace(/\s+/g, ' ').slice(0, 48), seconds: t.reduce((a, b) => a + b, 0) / 1000, count: t.length }))
        .sort((a, b) => b.seconds - a.seconds).slice(0, 6);
      log(`    round ${round}: COPY ${r.copySeconds.toFixed(2)} s; import ${r.importSeconds.toFixed(2)} s (its dry run ${r.dryRunSeconds.toFixed(2)} s), ` +
        `${reply.created.toLocaleString('en')} doses created: ${(r.share * 100).toFixed(0)} % of COPY`);
      log(`      slowest statements: ${breakdown.map((b) => `${b.seconds.toFixed(2)} s ${b.statement}`).join(' | ')}`);
    } catch (err) {
      const bad = (err as { rows?: unknown[] }).rows;
      error = `${(err as Error).message}${Array.isArray(bad) ? ` ${JSON.stringify(bad.slice(0, 3))}` : ''}`;
      log(`    round ${round} failed: ${error}`);
    } finally {
      rmSync(file, { force: true });
    }
  }
  const ok = done.length && !error;
  const importSeconds = ok ? median(done.map((r) => r.importSeconds)) : null;
  const copySeconds = ok ? median(done.map((r) => r.copySeconds)) : null;
  return {
    rows: n, csvBytes, rounds: done, created, breakdown, error,
    importSeconds, copySeconds, dryRunSeconds: ok ? median(done.map((r) => r.dryRunSeconds)) : null,
    importRate: importSeconds === null ? null : n / importSeconds,
    copyRate: copySeconds === null ? null : n / copySeconds,
    share: ok ? median(done.map((r) => r.share)) : null,
  };
}
