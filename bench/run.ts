/**
 * npm run bench [-- --days 30] [--provinces 22,01] [--submissions 3000] [--concurrency 32]
 *   [--probes 50] [--requests 200] [--explain] [--keep]
 *   [--registers-only | --skip-registers] [--people 10000000] [--register-probes 200] [--import-rows 100000] [--import-rounds 3]
 *   [--vaccination-only | --skip-vaccination] [--vaccination-probes 200]
 *   [--command-only | --skip-command] [--tasks 100000] [--command-probes 200]
 *   [--levels-only | --skip-levels] [--levels-scale 1] [--levels-runs 5] [--levels-connections 50] [--levels-seconds 10]
 *
 * Loads a national dataset into a real PostgreSQL (BENCH_DATABASE_URL: a server on which the
 * benchmark creates and drops its own database; else a throwaway PostgreSQL 15 started here),
 * starts the app on it and measures submissions/s, submission → national total and dashboard
 * latency, each beside a plain SQL query on the same data. Writes docs/benchmarks.md.
 * Then the person-level registers (bench/registers: --people people, a tenth as many cases, half
 * as many contacts) and their measurements; --registers-only runs that part alone (on the units,
 * without the reports), --skip-registers leaves it out (its section of the doc is kept).
 * Then the dose register (bench/vaccination: about two doses a person of the registers' people)
 * and its measurements; --vaccination-only runs the units, the people and that part alone.
 * Then the command part (bench/command: 100,000 tasks down the chain, a national conference with
 * every unit as a site, roll-call, the overdue roll-up); --command-only runs the units and that part.
 * Then the levels part (bench/levels: populations of every unit, a tenth of the communes keeping the
 * case register with --levels-scale × 1,000,000 cases, --levels-scale × 10,000,000 residents'
 * vaccination state; the national weekly assessment, then the public portal under load from a second
 * process); --levels-only runs the main dataset (reports and roll-ups) and that part.
 * --keep leaves the database (and the server started here) running at the end, for EXPLAIN.
 * Env: BENCH_DAYS (default 365), BENCH_DATABASE_URL, BENCH_PG_BIN.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { addDays, vietnamToday } from '../src/domain/dates.ts';
import { openPostgres, type Db } from '../src/server/db/client.ts';
import { sql } from '../src/server/db/sql.ts';
import { createUser, hashPassword } from '../src/server/modules/auth/service.ts';
import { insertUser } from '../src/server/modules/auth/repository.ts';
import type { Actor } from '../src/server/modules/auth/policy.ts';
import type { Form } from '../src/server/modules/forms/schema.ts';
import { dashboardBreakdown, explainDashboard, sampleLocks, submissionBreakdown } from './breakdown.ts';
import { CpuMeter, pct, waitQuiet, type CpuShares } from './cpu.ts';
import { loadDataset, loadUnits } from './load.ts';
import { dashboardLatency, submissionThroughput, submissionToNationalTotal, type Commune, type DashboardCase } from './measure.ts';
import { startPostgres, type PgServer } from './pg.ts';
import { markdown, summaryLines, type Results } from './report.ts';
import { runRegisters } from './registers/run.ts';
import { registersMarkdown, registerSummaryLines } from './registers/report.ts';
import { dropPlan, generateRegisters } from './registers/generate.ts';
import { peopleCount, runVaccination } from './vaccination/run.ts';
import { vaccinationMarkdown, vaccinationSummaryLines } from './vaccination/report.ts';
import { withSections, type PartRunInfo } from './sections.ts';
import { runCommand } from './command/run.ts';
import { commandMarkdown, commandSummaryLines } from './command/report.ts';
import { runLevels } from './levels/run.ts';
import { levelsMarkdown, levelsSummaryLines } from './levels/report.ts';
import { HttpSession, shuffle } from './util.ts';

const { values: argv } = parseArgs({
  options: {
    days: { type: 'string' },
    provinces: { type: 'string' },
    submissions: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '32' },
    probes: { type: 'string', default: '50' },
    requests: { type: 'string', default: '200' },
    'app-pool': { type: 'string', default: '10' },
    explain: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'registers-only': { type: 'boolean', default: false },
    'skip-registers': { type: 'boolean', default: false },
    people: { type: 'string', default: '10000000' },
    'register-probes': { type: 'string', default: '200' },
    'import-rows': { type: 'string', default: '100000' },
    'import-rounds': { type: 'string', default: '3' },
    'vaccination-only': { type: 'boolean', default: false },
    'skip-vaccination': { type: 'boolean', default: false },
    'vaccination-probes': { type: 'string', default: '200' },
    'command-only': { type: 'boolean', default: false },
    'skip-command': { type: 'boolean', default: false },
    tasks: { type: 'string', default: '100000' },
    'command-probes': { type: 'string', default: '200' },
    'levels-only': { type: 'boolean', default: false },
    'skip-levels': { type: 'boolean', default: false },
    'levels-scale': { type: 'string', default: '1' },
    'levels-runs': { type: 'string', default: '5' },
    'levels-connections': { type: 'string', default: '50' },
    'levels-seconds': { type: 'string', default: '10' },
  },
});
const DAYS = Number(argv.days ?? process.env.BENCH_DAYS ?? 365);
const PROVINCES = argv.provinces?.split(',').map((s) => s.trim()).filter(Boolean);
const SUBMISSIONS = Number(argv.submissions);
const CONCURRENCY = Number(argv.concurrency);
const PROBES = Number(argv.probes);
const REQUESTS = Number(argv.requests);
const APP_POOL = Number(argv['app-pool']);
const PEOPLE = Number(argv.people);
const REGISTER_PROBES = Number(argv['register-probes']);
const IMPORT_ROWS = Number(argv['import-rows']);
const IMPORT_ROUNDS = Number(argv['import-rounds']);
const VACCINATION_PROBES = Number(argv['vaccination-probes']);
const TASKS = Number(argv.tasks);
const COMMAND_PROBES = Number(argv['command-probes']);
const LEVELS_SCALE = Number(argv['levels-scale']);
const LEVELS_RUNS = Number(argv['levels-runs']);
const LEVELS_CONNECTIONS = Number(argv['levels-connections']);
const LEVELS_SECONDS = Number(argv['levels-seconds']);
if (argv['registers-only'] && argv['skip-registers']) throw new Error('--registers-only and --skip-registers exclude each other');
if (argv['vaccination-only'] && (argv['registers-only'] || argv['skip-vaccination'])) throw new Error('--vaccination-only excludes --registers-only and --skip-vaccination');
if (argv['command-only'] && (argv['registers-only'] || argv['vaccination-only'] || argv['skip-command'])) throw new Error('--command-only excludes the other --*-only flags and --skip-command');
if (argv['levels-only'] && (argv['registers-only'] || argv['vaccination-only'] || argv['command-only'] || argv['skip-levels'])) throw new Error('--levels-only excludes the other --*-only flags and --skip-levels');
if (!(LEVELS_SCALE > 0 && LEVELS_SCALE <= 1)) throw new Error(`bad levels-scale: ${LEVELS_SCALE} (0 < scale ≤ 1)`);
for (const [k, v] of Object.entries({ DAYS, SUBMISSIONS, CONCURRENCY, PROBES, REQUESTS, APP_POOL, PEOPLE, REGISTER_PROBES, IMPORT_ROWS, IMPORT_ROUNDS, VACCINATION_PROBES, TASKS, COMMAND_PROBES, LEVELS_RUNS, LEVELS_CONNECTIONS, LEVELS_SECONDS })) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`bad ${k.toLowerCase()}: ${v}`);
}
const PASSWORD = 'Bench@2021-password';
const DOC = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

const T0 = performance.now();
const log = (line: string) => {
  const s = Math.round((performance.now() - T0) / 1000);
  console.log(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${line}`);
};

function startApp(url: string): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./server.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_APP_DATABASE_URL: url, BENCH_APP_POOL: String(APP_POOL) },
    });
    child.once('message', (m) => resolve({ child, base: `http://127.0.0.1:${(m as { port: number }).port}` }));
    child.once('exit', (code) => reject(new Error(`app process exited with ${code}`)));
  });
}

const command = () =>
  `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}${process.env.BENCH_DAYS ? ` (BENCH_DAYS=${process.env.BENCH_DAYS})` : ''}`;

const partRunInfo = (t0: number, machine: string): PartRunInfo => ({
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC', command: command(), machine, seconds: (performance.now() - t0) / 1000,
});

/** The registers part; returns its section of the doc and its summary lines. */
async function registersPart(db: Db, form: Form, machine: string): Promise<{ section: string; summary: string[] }> {
  const t0 = performance.now();
  const r = await runRegisters(db, { people: PEOPLE, probes: REGISTER_PROBES, importRows: IMPORT_ROWS, form, log });
  const info = partRunInfo(t0, machine);
  return { section: registersMarkdown(r, info), summary: registerSummaryLines(r) };
}

/** The vaccination part (on the registers' people; generated here when that part did not run). */
async function vaccinationPart(db: Db, machine: string): Promise<{ section: string; summary: string[] }> {
  const t0 = performance.now();
  if ((await peopleCount(db)) < PEOPLE) {
    log(`vaccination: generating the registers first (${PEOPLE.toLocaleString('en')} people)…`);
    await generateRegisters(db, { people: PEOPLE, log });
    await dropPlan(db);
  }
  const r = await runVaccination(db, { probes: VACCINATION_PROBES, importRows: IMPORT_ROWS, importRounds: IMPORT_ROUNDS, log });
  const info = partRunInfo(t0, machine);
  return { section: vaccinationMarkdown(r, info), summary: vaccinationSummaryLines(r) };
}

/** The command part (on the units loaded; the registers and doses play no part in it). */
async function commandPart(db: Db, machine: string): Promise<{ section: string; summary: string[] }> {
  const t0 = performance.now();
  const r = await runCommand(db, { tasks: TASKS, probes: COMMAND_PROBES, log });
  const info = partRunInfo(t0, machine);
  return { section: commandMarkdown(r, info), summary: commandSummaryLines(r) };
}

/** The levels part (on the main dataset's reports; its own register, residents and vaccination state). */
async function levelsPart(db: Db, url: string, form: Form, today: string, machine: string): Promise<{ section: string; summary: string[] }> {
  const t0 = performance.now();
  const r = await runLevels(db, {
    url, formId: form.id, today, days: DAYS, people: Math.round(10_000_000 * LEVELS_SCALE), cases: Math.round(1_000_000 * LEVELS_SCALE),
    runs: LEVELS_RUNS, connections: LEVELS_CONNECTIONS, seconds: LEVELS_SECONDS, appPool: APP_POOL, log,
  });
  const info = partRunInfo(t0, machine);
  return { section: levelsMarkdown(r, info), summary: levelsSummaryLines(r) };
}

const oldDoc = () => (existsSync(DOC) ? readFileSync(DOC, 'utf8') : '');

async function main() {
  let server: PgServer | undefined;
  let dropUrl: { admin: string; name: string } | undefined;
  let db: Db | undefined;
  let client: pg.Pool | undefined;
  let app: ChildProcess | undefined;
  let keptUrl = '';
  const cleanup = async () => {
    if (app && app.exitCode === null) {
      const exited = new Promise((r) => app!.once('exit', r));
      app.send({ stop: true });
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (app.exitCode === null) app.kill();
    }
    await client?.end().catch(() => undefined);
    await db?.close().catch(() => undefined);
    if (argv.keep) {
      log(`--keep: the database stays: ${keptUrl}${server ? ' (stop it with pg_ctl -m fast stop on its data directory, shown above)' : ''}`);
      return;
    }
    if (dropUrl) {
      const admin = new pg.Client({ connectionString: dropUrl.admin });
      await admin.connect();
      await admin.query(`drop database if exists ${dropUrl.name}`);
      await admin.end();
    }
    server?.stop();
  };
  const onSignal = () => {
    log('interrupted: stopping');
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const today = vietnamToday(new Date());
    const dashboardDate = addDays(today, -1);
    log(`EpiCenter benchmark: ${DAYS} days up to ${dashboardDate}${PROVINCES ? `, provinces ${PROVINCES.join(',')}` : ', all communes'}; submissions for ${today}`);

    // ------------------------------------------------------------ database
    let url: string;
    let database: string;
    if (process.env.BENCH_DATABASE_URL) {
      const name = `epicenter_bench_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      dropUrl = { admin: process.env.BENCH_DATABASE_URL, name };
      const u = new URL(process.env.BENCH_DATABASE_URL);
      u.pathname = `/${name}`;
      url = u.toString();
      database = `BENCH_DATABASE_URL (${u.host}), database ${name} created for the run and dropped after`;
      log(`using BENCH_DATABASE_URL: database ${name} on ${u.host}`);
    } else {
      server = await startPostgres(log);
      url = server.url;
      database = 'throwaway server started by the benchmark (fsync=off, shared_buffers=512MB, otherwise defaults)';
    }
    keptUrl = url;
    db = await openPostgres(url, 4);
    client = new pg.Pool({ connectionString: url, max: APP_POOL });
    const [{ version }] = (await db.query<{ version: string }>(sql`select version()`)) as [{ version: string }];
    const cpuInfo = cpus();
    const machine = `${cpuInfo.length} cores (${cpuInfo[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node.js ${process.version}, ` +
      `${version.split(' on ')[0] ?? version} (${database})`;

    if (argv['registers-only']) {
      const { form } = await loadUnits(db, { days: DAYS, today, log });
      const part = await registersPart(db, form, machine);
      writeFileSync(DOC, withSections(oldDoc(), { registers: part.section }));
      console.log('\n' + part.summary.join('\n') + '\n\nRegisters section written to docs/benchmarks.md');
      return;
    }
    if (argv['command-only']) {
      await loadUnits(db, { days: DAYS, today, log });
      const part = await commandPart(db, machine);
      writeFileSync(DOC, withSections(oldDoc(), { command: part.section }));
      console.log('\n' + part.summary.join('\n') + '\n\nCommand section written to docs/benchmarks.md');
      return;
    }
    if (argv['vaccination-only']) {
      await loadUnits(db, { days: DAYS, today, log });
      const part = await vaccinationPart(db, machine);
      writeFileSync(DOC, withSections(oldDoc(), { vaccination: part.section }));
      console.log('\n' + part.summary.join('\n') + '\n\nVaccination section written to docs/benchmarks.md');
      return;
    }

    // ------------------------------------------------------------ data
    if (argv['levels-only']) {
      log('loading the dataset (reports and roll-ups) for the levels part…');
      const load = await loadDataset(db, { days: DAYS, today, provinces: PROVINCES, log });
      const part = await levelsPart(db, url, load.form, today, machine);
      writeFileSync(DOC, withSections(oldDoc(), { levels: part.section }));
      console.log('\n' + part.summary.join('\n') + '\n\nLevels section written to docs/benchmarks.md');
      return;
    }
    log('loading the dataset…');
    const load = await loadDataset(db, { days: DAYS, today, provinces: PROVINCES, log });
    const form = load.form;
    log(`dataset loaded: ${load.reports.toLocaleString('en')} reports in ${load.seconds.total.toFixed(0)} s`);

    const communes = await db.query<Commune>(sql`
      select c.id, split_part(c.path, '/', 3)::int as "provinceId" from org_unit c
      where c.level = 3 and exists (select 1 from report r where r.unit_id = c.id and r.form_id = ${form.id} and r.period = ${dashboardDate}::date)`);
    const provinceIds = [...new Set(communes.map((c) => c.provinceId))];
    const nation = (await db.query<{ id: number; code: string; name: string; level: number; path: string }>(sql`
      select id, code, name, level, path from org_unit where level = 0`))[0]!;
    const unitBy = async (code: string, level: number) =>
      (await db!.query<DashboardCase['unit']>(sql`
        select id, code, name, level, path from org_unit where code = ${code} and level = ${level} and valid_to is null`))[0];
    const loaded = new Set(provinceIds);
    let province = await unitBy('22', 1);
    if (!province || !loaded.has(province.id)) {
      province = (await db.query<DashboardCase['unit']>(sql`
        select p.id, p.code, p.name, p.level, p.path from org_unit p join org_unit c on c.path like p.path || '%' and c.level = 3
        where p.id = any(${provinceIds}::int[]) group by p.id order by count(*) desc limit 1`))[0]!;
    }
    let district = await unitBy('193', 2);
    if (!district || !district.path.startsWith(province.path)) {
      district = (await db.query<DashboardCase['unit']>(sql`
        select d.id, d.code, d.name, d.level, d.path from org_unit d join org_unit c on c.parent_id = d.id
        where d.parent_id = ${province.id} group by d.id order by count(*) desc limit 1`))[0]!;
    }

    // ------------------------------------------------------------ users and the app
    log(`bench users: an officer for each of ${provinceIds.length} provinces and a national admin…`);
    const hash = await hashPassword(PASSWORD);
    await createUser(db, null, { username: 'bench.admin', password: PASSWORD, fullName: 'Bench admin', role: 'admin', unitId: nation.id });
    for (const id of provinceIds) {
      await insertUser(db, { username: `bench.p${id}`, passwordHash: hash, fullName: `Bench officer ${id}`, role: 'officer', unitId: id, isDemo: false });
    }
    log('starting the app (buildApp, child process)…');
    const started = await startApp(url);
    app = started.child;
    const base = started.base;
    const admin = await HttpSession.login(base, 'bench.admin', PASSWORD);
    const sessions = new Map<number, HttpSession>();
    for (const id of provinceIds) sessions.set(id, await HttpSession.login(base, `bench.p${id}`, PASSWORD));
    log(`app on ${base}; ${sessions.size + 1} sessions`);

    const meter = new CpuMeter(() => app?.pid);
    const cpu: Record<string, CpuShares> = {};
    const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      await waitQuiet(log);
      meter.reset();
      const r = await fn();
      cpu[name] = meter.read();
      const c = cpu[name];
      log(`    CPU (share of the ${cpus().length} cores): app ${pct(c.app)}, postgres ${pct(c.postgres)}, bench client ${pct(c.bench)}, other processes ${pct(c.other)}`);
      return r;
    };

    // ------------------------------------------------------------ 3. dashboards
    const cases: DashboardCase[] = [
      { label: 'national, default start', level: 'national', unit: nation },
      { label: 'national, 90-day start', level: 'national', unit: nation, start: addDays(dashboardDate, -89) },
      { label: 'province, default start', level: 'province', unit: province },
      { label: 'district, default start', level: 'district', unit: district },
    ];
    log(`3. dashboard latency: ${REQUESTS} requests per case after warm-up, date ${dashboardDate}`);
    const dashboards = await phase('dashboards', () =>
      dashboardLatency({ admin, cases, date: dashboardDate, form, requests: REQUESTS, warmup: 10, client: client!, log }));
    const breakdown = [];
    for (const c of cases) {
      breakdown.push({ label: c.label, steps: await dashboardBreakdown(db, form, c.unit.id, dashboardDate, c.start) });
    }
    const explain = argv.explain ? await explainDashboard(db, form, nation.id, dashboardDate) : undefined;

    // ------------------------------------------------------------ 2. freshness
    const order = shuffle(communes, 2021);
    const probes = order.slice(0, PROBES);
    const bulk = order.slice(PROBES, PROBES + SUBMISSIONS);
    log(`2. submission → national total: ${probes.length} submissions one at a time`);
    const freshness = await phase('freshness', () =>
      submissionToNationalTotal({ sessions, admin, nationId: nation.id, communes: probes, form, today, client: client! }));
    log(`    p50 ${freshness.visible.p50.toFixed(0)} ms, p95 ${freshness.visible.p95.toFixed(0)} ms, max ${freshness.visible.max.toFixed(0)} ms`);

    // ------------------------------------------------------------ 1. throughput
    log(`1. submissions/s: ${bulk.length} submissions, ${CONCURRENCY} in flight`);
    const sampled = await phase('throughput', () =>
      sampleLocks(client!, submissionThroughput({ sessions, communes: bulk, form, today, concurrency: CONCURRENCY, client: client!, log })));
    const throughput = {
      ...sampled.result,
      cpu: cpu.throughput!,
      activity: { lockWaiters: sampled.lockWaiters / sampled.samples, active: sampled.active / sampled.samples, idleInTx: sampled.idleInTx / sampled.samples },
    };
    log(`    backends on average: ${throughput.activity.active.toFixed(1)} active, ${throughput.activity.lockWaiters.toFixed(1)} waiting on a lock, ${throughput.activity.idleInTx.toFixed(1)} idle in transaction`);
    log(`    ${throughput.perSecond.toFixed(0)}/s (${throughput.ok}/${throughput.submissions} ok), plain SQL ${throughput.baseline.perSecond.toFixed(0)}/s`);

    const [roll] = await db.query<{ cases: number; reported: number }>(sql`
      select coalesce((vals->>'f0_community')::int + (vals->>'f0_quarantined')::int, 0) as cases, n_reported as reported
      from rollup where unit_id = ${nation.id} and form_id = ${form.id} and period = ${today}::date`);
    const [plain] = await db.query<{ cases: number; reported: number }>(sql`
      select coalesce(sum((vals->>'f0_community')::int + (vals->>'f0_quarantined')::int), 0)::int as cases, count(*)::int as reported
      from report where form_id = ${form.id} and period = ${today}::date and status in ('submitted', 'approved')`);
    const consistency = { rollupCases: roll?.cases ?? 0, rollupReported: roll?.reported ?? 0, sqlCases: plain?.cases ?? 0, sqlReported: plain?.reported ?? 0 };

    log('submission breakdown: saveReport called directly, one at a time, every statement timed…');
    const actor: Actor = {
      id: (await db.query<{ id: number }>(sql`select id from app_user where username = 'bench.admin'`))[0]!.id,
      username: 'bench.admin', fullName: 'Bench admin', role: 'admin', csrfToken: '', unitPath: nation.path,
      unit: { id: nation.id, code: nation.code, name: nation.name, fullName: nation.name, level: 0 },
    };
    const extra = order.slice(PROBES + SUBMISSIONS, PROBES + SUBMISSIONS + 30);
    const submission = extra.length ? await submissionBreakdown(db, form, actor, extra, today, new Date()) : undefined;
    const registers = argv['skip-registers'] ? undefined : await registersPart(db, form, machine);
    const vaccination = argv['skip-vaccination'] ? undefined : await vaccinationPart(db, machine);
    const commandResults = argv['skip-command'] ? undefined : await commandPart(db, machine);
    const levels = argv['skip-levels'] ? undefined : await levelsPart(db, url, form, today, machine);

    const results: Results = {
      info: {
        date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
        command: command(),
        machine: {
          cpus: cpuInfo.length,
          cpuModel: cpuInfo[0]?.model.trim() ?? '?',
          memoryGb: totalmem() / 2 ** 30,
          node: process.version,
          postgres: version.split(' on ')[0] ?? version,
          database,
        },
        days: DAYS,
        today,
        dashboardDate,
        provinces: PROVINCES?.join(',') ?? 'all',
        concurrency: CONCURRENCY,
        appPool: APP_POOL,
        seconds: (performance.now() - T0) / 1000,
      },
      load,
      dashboards,
      breakdown,
      freshness,
      throughput,
      consistency,
      explain,
      cpu,
      submission,
    };
    writeFileSync(DOC, withSections(oldDoc(), { registers: registers?.section, vaccination: vaccination?.section, command: commandResults?.section, levels: levels?.section }, markdown(results)));
    console.log('\n' + [...summaryLines(results), ...(registers?.summary ?? []), ...(vaccination?.summary ?? []), ...(commandResults?.summary ?? []), ...(levels?.summary ?? [])].join('\n'));
    console.log(`\nWritten to docs/benchmarks.md (${(results.info.seconds / 60).toFixed(1)} min)`);
  } finally {
    await cleanup();
  }
}

try {
  await main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
