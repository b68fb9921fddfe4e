/**
 * The command part of `npm run bench` (issue 5): 100,000 tasks down the chain, then a national
 * conference with every province, district and commune as a site, roll-call of every site, the
 * room load, and the overdue roll-up at the nation, a province and a district.
 */
import type { Db } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import { loadConfig } from '../../src/server/env.ts';
import { phases, type CpuShares } from '../cpu.ts';
import { benchActor } from '../registers/run.ts';
import { ms } from '../util.ts';
import { generateTasks, type TasksGenerated } from './generate.ts';
import { createNational, overdueRollup, rollCallAll, roomLoad, type Measured, type UnitProbe } from './measure.ts';

export interface CommandOptions {
  tasks: number;
  probes: number;
  log: (line: string) => void;
}

export interface CommandResults {
  generated: TasksGenerated;
  sites: number;
  create: Measured;
  rollCall: Measured;
  room: Measured;
  overdue: Measured[];
  cpu: Record<string, CpuShares>;
}

/** The nation, the province with the most overdue tasks, and its district with the most. */
async function probeUnits(db: Db, now: Date): Promise<UnitProbe[]> {
  const most = (level: number, parent: number | null) => db.query<{ id: number; name: string; path: string }>(sql`
    select a.id, a.name, a.path from org_unit a join org_unit o on o.path ~>=~ a.path and o.path ~<~ subtree_end(a.path)
    join task t on t.unit_id = o.id and t.status not in ('done', 'cancelled') and t.deadline < ${now}
    where a.level = ${level} and (${parent}::int is null or a.parent_id = ${parent}::int)
    group by a.id order by count(*) desc, a.id limit 1`).then((r) => r[0]!);
  const [nation] = await db.query<{ id: number; name: string; path: string }>(sql`select id, name, path from org_unit where level = 0`);
  const province = await most(1, null);
  const district = await most(2, province.id);
  return [
    { label: `nation (${nation!.name})`, id: nation!.id, path: nation!.path },
    { label: `province (${province.name})`, id: province.id, path: province.path },
    { label: `district (${district.name})`, id: district.id, path: district.path },
  ];
}

export async function runCommand(db: Db, o: CommandOptions): Promise<CommandResults> {
  const { log } = o;
  const now = new Date();
  const actor = await benchActor(db);
  const config = loadConfig({});
  log(`command: generating ${o.tasks.toLocaleString('en')} tasks down the chain…`);
  const generated = await generateTasks(db, actor.id, o.tasks, now);
  for (const table of ['org_unit', 'task']) await db.exec(`vacuum analyze ${table}`);
  log(`    ${generated.tasks.toLocaleString('en')} tasks (${generated.open.toLocaleString('en')} open, ${generated.overdue.toLocaleString('en')} overdue) in ${generated.seconds.toFixed(0)} s`);

  const { phase, cpu } = phases(log);
  const line = (m: Measured) => log(`    ${m.label}: p50 ${ms(m.result.p50)} ms, p95 ${ms(m.result.p95)} ms; plain SQL p95 ${ms(m.baseline.p95)} ms; ${m.detail}`);

  // each creation adds some 11,000 site rows: a few dozen are enough for a p95
  const creations = Math.min(o.probes, 30);
  log(`Command 1. a national conference with every province, district and commune as a site: ${creations} creations`);
  const create = await phase('create', () => createNational(db, actor, config, creations, now));
  line(create);
  log('Command 2. roll-call of every site, one at a time');
  const rollCall = await phase('roll-call', () => rollCallAll(db, actor, create.conferenceId, now));
  line(rollCall);
  const room = await phase('room', () => roomLoad(db, actor, create.conferenceId, 20));
  line(room);
  const units = await probeUnits(db, now);
  log(`Command 3. overdue roll-up at ${units.map((u) => u.label).join(', ')}: ${o.probes} probes each`);
  const overdue = await phase('overdue', () => overdueRollup(db, actor, units, o.probes, now));
  overdue.forEach(line);
  return { generated, sites: create.sites, create, rollCall, room, overdue, cpu };
}
