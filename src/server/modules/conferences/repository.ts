import type { RollCall } from '../../../domain/conference.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { UnitRef } from '../../http/common-schema.ts';

export type ConferenceStatus = 'scheduled' | 'open' | 'closed';

export interface ConferenceRow {
  id: number;
  title: string;
  parentId: number | null;
  startsAt: Date;
  endsAt: Date | null;
  agenda: string;
  joinUrl: string | null;
  status: ConferenceStatus;
  openedAt: Date | null;
  closedAt: Date | null;
  questionedUnitId: number | null;
  createdAt: Date;
  /** 0 where not counted (findConference: the room counts the sites it lists) */
  siteCount: number;
  host: UnitRef;
  hostPath: string;
}

type RawConference = Omit<ConferenceRow, 'host'> & { hostId: number; hostCode: string; hostName: string; hostFullName: string; hostLevel: number };

const columns = (withCount: boolean) => `c.id, c.title, c.parent_id as "parentId", c.starts_at as "startsAt", c.ends_at as "endsAt",
  c.agenda, c.join_url as "joinUrl", c.status, c.opened_at as "openedAt", c.closed_at as "closedAt",
  c.questioned_unit_id as "questionedUnitId", c.created_at as "createdAt",
  ${withCount ? '(select count(*) from conference_site s where s.conference_id = c.id)::int' : '0'} as "siteCount",
  h.id as "hostId", h.code as "hostCode", h.name as "hostName", h.full_name as "hostFullName", h.level as "hostLevel", h.path as "hostPath"`;

const shape = ({ hostId, hostCode, hostName, hostFullName, hostLevel, ...r }: RawConference): ConferenceRow => ({
  ...r,
  host: { id: hostId, code: hostCode, name: hostName, fullName: hostFullName, level: hostLevel },
});

/** Hosted in the subtree of the path $2, or with a site there (as scope.ts decides for one conference). */
const VISIBLE = `((h.path ~>=~ $2 and h.path ~<~ subtree_end($2))
  or exists (select 1 from conference_site s join org_unit o on o.id = s.unit_id
             where s.conference_id = c.id and o.path ~>=~ $2 and o.path ~<~ subtree_end($2)))`;

export async function findConference(db: Queryable, id: number, opts: { forUpdate?: boolean } = {}): Promise<ConferenceRow | undefined> {
  // the row lock serialises changes of status against roll-call and questioning
  if (opts.forUpdate) await db.query(sql`select id from conference where id = ${id} for update`);
  const rows = await db.query<RawConference>({
    text: `select ${columns(false)} from conference c join org_unit h on h.id = c.host_unit_id where c.id = $1`,
    values: [id],
  });
  return rows[0] && shape(rows[0]);
}

export async function conferencesByIds(db: Queryable, ids: number[]): Promise<ConferenceRow[]> {
  if (!ids.length) return [];
  const rows = await db.query<RawConference>({
    text: `select ${columns(true)} from conference c join org_unit h on h.id = c.host_unit_id where c.id = any($1::bigint[]) order by c.starts_at, c.id`,
    values: [ids],
  });
  return rows.map(shape);
}

/** The follow-on conferences of one, those the reader at `path` may see. */
export async function childConferences(db: Queryable, parentId: number, path: string): Promise<ConferenceRow[]> {
  const rows = await db.query<RawConference>({
    text: `select ${columns(true)} from conference c join org_unit h on h.id = c.host_unit_id
      where c.parent_id = $1 and ${VISIBLE}
      order by h.code, c.starts_at`,
    values: [parentId, path],
  });
  return rows.map(shape);
}

/** Conferences starting in [from, to) hosted in the subtree of `path` or with a site there. */
export async function listVisible(db: Queryable, path: string, from: Date, to: Date): Promise<ConferenceRow[]> {
  const rows = await db.query<RawConference>({
    text: `select ${columns(true)} from conference c join org_unit h on h.id = c.host_unit_id
      where c.starts_at >= $1 and c.starts_at < $3 and ${VISIBLE}
      order by c.starts_at, c.id limit 1000`,
    values: [from, path, to],
  });
  return rows.map(shape);
}

export interface NewConferenceRow {
  hostUnitId: number;
  parentId: number | null;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  agenda: string;
  joinUrl: string | null;
  clientId: string | null;
  createdBy: number;
}

/** The new id, or undefined when a conference with this clientId exists already. */
export async function insertConference(db: Queryable, c: NewConferenceRow): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`
    insert into conference (host_unit_id, parent_id, title, starts_at, ends_at, agenda, join_url, client_id, created_by)
    values (${c.hostUnitId}, ${c.parentId}, ${c.title}, ${c.startsAt}, ${c.endsAt}, ${c.agenda}, ${c.joinUrl}, ${c.clientId}, ${c.createdBy})
    on conflict (client_id) do nothing returning id`);
  return rows[0]?.id;
}

export async function conferenceByClientId(db: Queryable, clientId: string): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`select id from conference where client_id = ${clientId}`);
  return rows[0]?.id;
}

export async function cascadedFrom(db: Queryable, parentId: number, hostUnitId: number): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`
    select id from conference where parent_id = ${parentId} and host_unit_id = ${hostUnitId} order by id limit 1`);
  return rows[0]?.id;
}

export interface ConferenceFields {
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  agenda: string;
  joinUrl: string | null;
}

export async function updateConference(db: Queryable, id: number, f: ConferenceFields): Promise<void> {
  await db.execute(sql`
    update conference set title = ${f.title}, starts_at = ${f.startsAt}, ends_at = ${f.endsAt}, agenda = ${f.agenda}, join_url = ${f.joinUrl}
    where id = ${id}`);
}

export async function setJoinUrl(db: Queryable, id: number, url: string | null): Promise<void> {
  await db.execute(sql`update conference set join_url = ${url} where id = ${id}`);
}

export async function markOpen(db: Queryable, id: number, at: Date, briefing: unknown): Promise<void> {
  await db.execute(sql`update conference set status = 'open', opened_at = ${at}, briefing = ${JSON.stringify(briefing)}::jsonb where id = ${id}`);
}

export async function markClosed(db: Queryable, id: number, at: Date): Promise<void> {
  await db.execute(sql`update conference set status = 'closed', closed_at = ${at}, questioned_unit_id = null where id = ${id}`);
}

export async function setQuestioned(db: Queryable, id: number, unitId: number | null): Promise<void> {
  await db.execute(sql`update conference set questioned_unit_id = ${unitId} where id = ${id}`);
}

export async function readBriefing(db: Queryable, id: number): Promise<unknown> {
  const rows = await db.query<{ briefing: unknown }>(sql`select briefing from conference where id = ${id}`);
  return rows[0]?.briefing ?? null;
}

/**
 * Adds sites in one statement: every valid unit at `levels` under the host, the units picked
 * one by one, and the host itself (the main site). Sites already there stay as they are.
 */
export async function insertSites(
  db: Queryable,
  q: { conferenceId: number; hostId: number; hostPath: string; levels: number[]; unitIds: number[]; date: string },
): Promise<number> {
  return db.execute(sql`
    insert into conference_site (conference_id, unit_id)
    select ${q.conferenceId}, id from (
      select u.id from org_unit u
      where u.path ~>=~ ${q.hostPath} and u.path ~<~ subtree_end(${q.hostPath}) and u.level = any(${q.levels}::smallint[])
        and u.valid_from <= ${q.date}::date and (u.valid_to is null or u.valid_to > ${q.date}::date)
      union select unnest(${q.unitIds}::int[])
      union select ${q.hostId}::int
    ) units
    on conflict do nothing`);
}

export async function deleteSite(db: Queryable, conferenceId: number, unitId: number): Promise<number> {
  return db.execute(sql`delete from conference_site where conference_id = ${conferenceId} and unit_id = ${unitId}`);
}

export async function unitsByIds(db: Queryable, ids: number[]): Promise<{ id: number; path: string }[]> {
  if (!ids.length) return [];
  return db.query<{ id: number; path: string }>(sql`select id, path from org_unit where id = any(${ids}::int[])`);
}

export async function rollCallCounts(db: Queryable, conferenceId: number): Promise<Partial<Record<RollCall, number>>> {
  const rows = await db.query<{ rollCall: RollCall; n: number }>(sql`
    select roll_call as "rollCall", count(*)::int as n from conference_site where conference_id = ${conferenceId} group by roll_call`);
  return Object.fromEntries(rows.map((r) => [r.rollCall, r.n]));
}

export interface SiteRow {
  unitId: number;
  code: string;
  name: string;
  level: number;
  parentName: string;
  rollCall: RollCall;
  rollCallAt: Date | null;
  rollCallBy: string | null;
}

const siteColumns = `o.id as "unitId", o.code, o.full_name as name, o.level, coalesce(p.full_name, '') as "parentName",
  s.roll_call as "rollCall", s.roll_call_at as "rollCallAt", u.full_name as "rollCallBy"`;

/** Every site, by level then code (the host first). */
export async function listSites(db: Queryable, conferenceId: number): Promise<SiteRow[]> {
  return db.query<SiteRow>({
    text: `select ${siteColumns}
      from conference_site s join org_unit o on o.id = s.unit_id
      left join org_unit p on p.id = o.parent_id
      left join app_user u on u.id = s.roll_call_by
      where s.conference_id = $1 order by o.level, o.code`,
    values: [conferenceId],
  });
}

export async function findSite(db: Queryable, conferenceId: number, unitId: number, forUpdate = false): Promise<(SiteRow & { path: string }) | undefined> {
  const rows = await db.query<SiteRow & { path: string }>({
    text: `select ${siteColumns}, o.path
      from conference_site s join org_unit o on o.id = s.unit_id
      left join org_unit p on p.id = o.parent_id
      left join app_user u on u.id = s.roll_call_by
      where s.conference_id = $1 and s.unit_id = $2 ${forUpdate ? 'for update of s' : ''}`,
    values: [conferenceId, unitId],
  });
  return rows[0];
}

export async function setRollCall(db: Queryable, q: { conferenceId: number; unitId: number; rollCall: RollCall; at: Date | null; by: number | null }): Promise<void> {
  await db.execute(sql`
    update conference_site set roll_call = ${q.rollCall}, roll_call_at = ${q.at}, roll_call_by = ${q.by}
    where conference_id = ${q.conferenceId} and unit_id = ${q.unitId}`);
}

export interface AttendeeRow {
  id: number;
  unitId: number;
  fullName: string;
  title: string;
  role: 'chair' | 'presenter' | 'attendee';
}

export async function listAttendees(db: Queryable, conferenceId: number, unitId?: number): Promise<AttendeeRow[]> {
  return db.query<AttendeeRow>(sql`
    select id, unit_id as "unitId", full_name as "fullName", title, role from conference_attendee
    where conference_id = ${conferenceId} and (${unitId ?? null}::int is null or unit_id = ${unitId ?? null})
    order by unit_id, case role when 'chair' then 0 when 'presenter' then 1 else 2 end, id`);
}

export async function replaceAttendees(db: Queryable, conferenceId: number, unitId: number, list: Omit<AttendeeRow, 'id' | 'unitId'>[]): Promise<void> {
  await db.execute(sql`delete from conference_attendee where conference_id = ${conferenceId} and unit_id = ${unitId}`);
  if (!list.length) return;
  await db.execute(sql`
    insert into conference_attendee (conference_id, unit_id, full_name, title, role)
    select ${conferenceId}, ${unitId}, n, t, r from unnest(${list.map((a) => a.fullName)}::text[], ${list.map((a) => a.title)}::text[],
      ${list.map((a) => a.role)}::text[]) as a(n, t, r)`);
}
