/**
 * The levels part of `npm run bench` (issue 6): on the main dataset (a year of daily reports and
 * their roll-ups), generate populations of every unit, the case register of a tenth of the
 * communes and the residents' vaccination state (bench/levels/generate.ts); measure the national
 * weekly assessment (all communes, districts, provinces and the nation) beside plain SQL; then the
 * public portal under load from a second process beside a static file of the same server.
 */
import { addDays, lastWholeWeek } from '../../src/domain/dates.ts';
import type { Db } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import { phases, type CpuShares } from '../cpu.ts';
import { benchActor } from '../registers/run.ts';
import { generateLevelsData, type LevelsGenerated } from './generate.ts';
import { findAssessWeek, measureAssessment, type AssessmentResult } from './measure.ts';
import { ensureWebBuild, measurePortal, startPortalApp, staticFileNear, stopApp, type PortalResults, type PortalTarget } from './portal.ts';

export interface LevelsOptions {
  /** the benchmark database, for the app process */
  url: string;
  formId: number;
  /** the main dataset: reports for `days` days up to the day before `today` */
  today: string;
  days: number;
  people: number;
  cases: number;
  runs: number;
  connections: number;
  seconds: number;
  appPool: number;
  log: (line: string) => void;
}

export interface LevelsResults {
  generated: LevelsGenerated;
  from: string;
  to: string;
  week: string;
  units: { communes: number; districts: number; provinces: number };
  assessment: AssessmentResult | { missing: string };
  portal: PortalResults | { error: string };
  cpu: Record<string, CpuShares>;
}

export async function runLevels(db: Db, o: LevelsOptions): Promise<LevelsResults> {
  const { log } = o;
  const from = addDays(o.today, -o.days);
  const to = addDays(o.today, -1);
  const week = lastWholeWeek(o.today);
  if (week < addDays(from, 14)) throw new Error(`levels: --days ${o.days} is too short for a week with its 14 days before (at least 28)`);
  log(`levels: generating populations, the case register of a tenth of the communes (${o.cases.toLocaleString('en')} cases) and ` +
    `${o.people.toLocaleString('en')} residents' vaccination state over ${from} … ${to}…`);
  const generated = await generateLevelsData(db, { people: o.people, cases: o.cases, from, to, log });
  const [units] = await db.query<{ communes: number; districts: number; provinces: number }>(sql`
    select count(*) filter (where level = 3)::int as communes, count(*) filter (where level = 2)::int as districts, count(*) filter (where level = 1)::int as provinces
    from org_unit where valid_to is null`);
  const [nation] = await db.query<{ id: number }>(sql`select id from org_unit where level = 0`);
  const actor = await benchActor(db);
  const { phase, cpu } = phases(log);

  let assessment: LevelsResults['assessment'];
  const assess = await findAssessWeek();
  if (!assess) {
    assessment = { missing: 'the levels module exports no assessWeek yet' };
    log(`Levels 1. national weekly assessment: skipped (${assessment.missing})`);
  } else {
    log(`Levels 1. national weekly assessment of the week of ${week} (${units!.communes} communes, ${units!.districts} districts, ${units!.provinces} provinces, the nation): ${o.runs} runs`);
    const a = await phase('assessment', () =>
      measureAssessment(db, assess, { week, rootUnitId: nation!.id, now: new Date(), actorId: actor.id, runs: o.runs, formId: o.formId, log }));
    assessment = a;
    log(`    p50 ${(a.result.p50 / 1000).toFixed(2)} s, max ${(a.result.max / 1000).toFixed(2)} s; plain SQL (the week's community cases per commune) p50 ${(a.baseline.p50 / 1000).toFixed(2)} s`);
  }

  let portal: LevelsResults['portal'];
  log(`Levels 2. public portal under load: ${o.connections} connections × ${o.seconds} s per URL, autocannon in a second process`);
  try {
    ensureWebBuild(log);
    const [province] = await db.query<{ id: number; name: string }>(sql`
      select p.id, p.name from org_unit p join population n on n.unit_id = p.id where p.level = 1 order by n.year desc, n.total desc limit 1`);
    const app = await startPortalApp(o.url, o.appPool);
    try {
      const probe = await fetch(`${app.base}/api/public/overview`);
      const size = probe.ok ? (await probe.arrayBuffer()).byteLength : 0;
      const near = staticFileNear(size || 5000);
      const targets: PortalTarget[] = [
        { label: 'static /index.html (the ceiling)', path: '/index.html', kind: 'static' },
        ...(near ? [{ label: `static file of about the overview's size (${near.bytes.toLocaleString('en')} bytes)`, path: near.path, kind: 'static' as const }] : []),
        { label: 'public overview of the nation', path: '/api/public/overview', kind: 'public' },
        { label: `public overview of a province (${province!.name})`, path: `/api/public/overview/${province!.id}`, kind: 'public' },
        { label: 'public levels of the nation (the map)', path: `/api/public/levels/${nation!.id}`, kind: 'public' },
        { label: `public levels of a province (${province!.name})`, path: `/api/public/levels/${province!.id}`, kind: 'public' },
      ];
      portal = await measurePortal(app.base, app.child.pid, targets, { connections: o.connections, seconds: o.seconds, warmupSeconds: 2, appPool: o.appPool, log });
    } finally {
      await stopApp(app.child);
    }
  } catch (err) {
    portal = { error: (err as Error).message };
    log(`    portal measurement failed: ${portal.error}`);
  }
  return { generated, from, to, week, units: units!, assessment, portal, cpu };
}
