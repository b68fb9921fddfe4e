/**
 * The command measurements (issue 5): each calls the module function behind the route, in this
 * process, on the benchmark database, and beside it plain SQL doing the same by hand.
 */
import type { Db } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import type { Config } from '../../src/server/env.ts';
import type { Actor } from '../../src/server/modules/auth/policy.ts';
import { conferenceRoom, createConference, setRollCall } from '../../src/server/modules/conferences/service.ts';
import { overdueView } from '../../src/server/modules/tasks/service.ts';
import { summarize, timed, type Summary } from '../util.ts';

const LANG = 'vi' as const;

export interface Measured {
  label: string;
  result: Summary;
  baseline: Summary;
  detail: string;
}

export interface UnitProbe {
  label: string;
  id: number;
  path: string;
}

async function times(n: number, fn: (i: number) => Promise<unknown>, warmup = 2): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push((await timed(() => fn(i)))[1]);
  return summarize(ms);
}

/** A national conference with every province, district and commune as a site, `n` times (committed). */
export async function createNational(db: Db, actor: Actor, config: Config, n: number, now: Date): Promise<Measured & { conferenceId: number; sites: number }> {
  let conferenceId = 0;
  const result = await times(n, (i) =>
    db.transaction(async (tx) => {
      const c = await createConference(tx, actor, { title: `Hội nghị trực tuyến toàn quốc ${i}`, startsAt: now.toISOString(), levels: [1, 2, 3] }, LANG, now, config);
      conferenceId = c.id;
    }));
  const baseline = await times(n, () =>
    db.transaction(async (tx) => {
      const [c] = await tx.query<{ id: number }>(sql`
        insert into conference (host_unit_id, title, starts_at, created_by) values (${actor.unit.id}, 'SQL', ${now}, ${actor.id}) returning id`);
      await tx.execute(sql`
        insert into conference_site (conference_id, unit_id)
        select ${c!.id}, id from org_unit where level between 0 and 3 and valid_to is null`);
    }));
  const [{ sites }] = (await db.query<{ sites: number }>(sql`select count(*)::int as sites from conference_site where conference_id = ${conferenceId}`)) as [{ sites: number }];
  return {
    label: 'create a national conference (createConference, all three levels)', result, baseline, conferenceId, sites,
    detail: `${sites.toLocaleString('en')} sites each; plain SQL: the conference row and one INSERT … SELECT of the units`,
  };
}

/** Roll-call of every site of the conference, one update (one transaction) at a time. */
export async function rollCallAll(db: Db, actor: Actor, conferenceId: number, now: Date): Promise<Measured> {
  const sites = (await db.query<{ unitId: number }>(sql`select unit_id as "unitId" from conference_site where conference_id = ${conferenceId} order by unit_id`)).map((s) => s.unitId);
  const statuses = ['connected', 'connected', 'connected', 'late', 'absent'] as const;
  const t0 = performance.now();
  const result = await times(sites.length, (i) =>
    db.transaction((tx) => setRollCall(tx, actor, conferenceId, sites[Math.max(0, i)]!, statuses[Math.abs(i) % statuses.length]!, LANG, now)), 0);
  const seconds = (performance.now() - t0) / 1000;
  const baseline = await times(Math.min(sites.length, 2000), (i) =>
    db.execute(sql`update conference_site set roll_call = 'connected', roll_call_at = ${now}, roll_call_by = ${actor.id}
      where conference_id = ${conferenceId} and unit_id = ${sites[Math.max(0, i)]!}`), 0);
  return {
    label: 'roll-call update (setRollCall), every site in turn', result, baseline,
    detail: `${sites.length.toLocaleString('en')} sites in ${seconds.toFixed(0)} s (check, update, audit row, live event); plain SQL: the UPDATE alone`,
  };
}

/** The conference room (conference, all sites, attendees) as the room page loads it. */
export async function roomLoad(db: Db, actor: Actor, conferenceId: number, n: number): Promise<Measured> {
  let bytes = 0;
  const result = await times(n, async () => {
    bytes = JSON.stringify(await conferenceRoom(db, actor, conferenceId, LANG)).length;
  });
  const baseline = await times(n, () => db.query(sql`
    select s.unit_id, o.code, o.full_name, o.level, s.roll_call, s.roll_call_at from conference_site s join org_unit o on o.id = s.unit_id
    where s.conference_id = ${conferenceId}`));
  return { label: 'conference room load (conferenceRoom)', result, baseline, detail: `${(bytes / 1e6).toFixed(1)} MB of JSON; plain SQL: the sites joined to their units` };
}

/** The overdue view of a unit: counts per child unit over its subtree, and the first page of overdue tasks. */
export async function overdueRollup(db: Db, actor: Actor, units: UnitProbe[], n: number, now: Date): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const u of units) {
    let overdue = 0;
    const result = await times(n, async () => {
      overdue = (await overdueView(db, actor, { unitId: u.id }, LANG, now)).overdueTasks.total;
    });
    const baseline = await times(n, () => db.query(sql`
      select c.id, count(*) filter (where t.deadline < ${now})::int as overdue, count(*)::int as open
      from org_unit c join org_unit o on o.path ~>=~ c.path and o.path ~<~ subtree_end(c.path)
      join task t on t.unit_id = o.id and t.status not in ('done', 'cancelled')
      where c.parent_id = ${u.id} group by c.id`));
    out.push({ label: `overdue roll-up, ${u.label}`, result, baseline, detail: `${overdue.toLocaleString('en')} overdue tasks under it; plain SQL: open and overdue counts per child unit` });
  }
  return out;
}
