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

export interface ImportResult {
  rows: number;
  csvBytes: number;
  /** null when the import failed (importError) */
  importSeconds: number | null;
  dryRunSeconds: number | null;
  importError: string | null;
  created: number | null;
  copySeconds: number | null;
  copyError: string | null;
  importRate: number | null;
  copyRate: number | null;
  share: number | null;
}

const csvCell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: unknown[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

/**
 * `rows` boosters for people due one, imported with V1's dose import (parse, check every
 * row and its schedule, apply set-wise in one transaction) from a CSV in the import's
 * columns; beside it raw `COPY vaccine_dose (…) FROM '<file>'` of the same rows (ids and
 * dose numbers precomputed), in a transaction rolled back first.
 */
export async function bulkImport(db: Db, actor: Actor, rows: ImportRow[], log: (line: string) => void): Promise<ImportResult> {
  const importCsv = Buffer.from(csv([
    ['national_id', 'full_name', 'birth_date', 'product', 'lot', 'expiry_date', 'given_on', 'unit_code'],
    ...rows.map((r) => [r.nationalId, null, null, 'PFIZER', r.lotCode, r.expiryDate, VAX_TODAY, r.unitCode]),
  ]));
  const file = join(tmpdir(), `epicenter-bench-doses-${randomBytes(4).toString('hex')}.csv`);
  writeFileSync(file, csv(rows.map((r) => [r.personId, r.productId, r.lotId, 3, 'booster', VAX_TODAY, r.unitId])));
  chmodSync(file, 0o644); // read by the server process (user postgres)
  let copySeconds: number | null = null;
  let copyError: string | null = null;
  try {
    await rolledBack(db, async (tx) => {
      const t = performance.now();
      await tx.exec(`copy vaccine_dose (person_id, product_id, lot_id, dose_number, kind, given_on, unit_id) from '${file}' with (format csv)`);
      copySeconds = (performance.now() - t) / 1000;
    });
  } catch (err) {
    copyError = (err as Error).message;
  } finally {
    rmSync(file, { force: true });
  }
  log(`    COPY of ${rows.length.toLocaleString('en')} doses: ${copySeconds === null ? `failed (${copyError})` : `${(copySeconds as number).toFixed(2)} s`}`);

  let importSeconds: number | null = null;
  let dryRunSeconds: number | null = null;
  let importError: string | null = null;
  let created: number | null = null;
  const now = new Date(`${VAX_TODAY}T09:00:00Z`);
  try {
    // every statement timed (they run one at a time anyway), to show where the time goes
    const dryStatements = new Map<string, number[]>();
    const [, dry] = await timed(() => importDoses(timingDb(db, dryStatements), actor, true, importCsv, LANG, now));
    dryRunSeconds = dry / 1000;
    const statements = new Map<string, number[]>();
    const [reply, ms] = await timed(() => importDoses(timingDb(db, statements), actor, false, importCsv, LANG, now));
    importSeconds = ms / 1000;
    created = reply.created;
    log(`    import: ${importSeconds.toFixed(2)} s (dry run ${dryRunSeconds.toFixed(2)} s), ${created.toLocaleString('en')} doses created`);
    for (const [name, sink] of [['dry run', dryStatements], ['import', statements]] as const) {
      const top = [...sink].map(([text, t]) => ({ text, total: t.reduce((a, b) => a + b, 0) })).sort((a, b) => b.total - a.total).slice(0, 6);
      log(`    ${name}, slowest statements (the rest is parsing and checks in the app): ${top.map((x) => `${(x.total / 1000).toFixed(2)} s ${x.text.slice(0, 60)}`).join(' | ')}`);
    }
  } catch (err) {
    const bad = (err as { details?: unknown[] }).details;
    importError = `${(err as Error).message}${Array.isArray(bad) ? ` ${JSON.stringify(bad.slice(0, 3))}` : ''}`;
    log(`    import failed: ${importError}`);
  }
  const importRate = importSeconds === null ? null : rows.length / importSeconds;
  const copyRate = copySeconds === null ? null : rows.length / copySeconds;
  return {
    rows: rows.length, csvBytes: importCsv.length, importSeconds, dryRunSeconds, importError, created, copySeconds, copyError, importRate, copyRate,
    share: importRate === null || copyRate === null ? null : importRate / copyRate,
  };
}
