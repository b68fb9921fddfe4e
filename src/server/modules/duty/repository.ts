import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { UnitRef } from '../../http/common-schema.ts';
import type { Relation } from './schema.ts';

export interface ShiftRow {
  id: number;
  unitId: number;
  startsAt: Date;
  endsAt: Date;
  leaderName: string;
  leaderTitle: string;
  phone: string;
}

export interface ShiftFields {
  startsAt: Date;
  endsAt: Date;
  leaderName: string;
  leaderTitle: string;
  phone: string;
}

const shiftColumns = `id, unit_id as "unitId", starts_at as "startsAt", ends_at as "endsAt", leader_name as "leaderName",
  leader_title as "leaderTitle", phone`;

/** Shift writes of one unit go one at a time, so two overlapping shifts cannot both pass the check. */
export async function lockRoster(tx: Queryable, unitId: number): Promise<void> {
  await tx.query(sql`select pg_advisory_xact_lock(4710, ${unitId}::int)`);
}

export async function findShift(db: Queryable, id: number): Promise<ShiftRow | undefined> {
  return (await db.query<ShiftRow>({ text: `select ${shiftColumns} from duty_shift where id = $1`, values: [id] }))[0];
}

export async function shiftByClientId(db: Queryable, clientId: string): Promise<ShiftRow | undefined> {
  return (await db.query<ShiftRow>({ text: `select ${shiftColumns} from duty_shift where client_id = $1::uuid`, values: [clientId] }))[0];
}

/** A unit's shifts that share time with [from, to), in time order. */
export async function shiftsBetween(db: Queryable, unitId: number, from: Date, to: Date): Promise<ShiftRow[]> {
  return db.query<ShiftRow>({
    text: `select ${shiftColumns} from duty_shift where unit_id = $1 and starts_at < $3 and ends_at > $2 order by starts_at, id`,
    values: [unitId, from, to],
  });
}

/** A unit's shifts that start in [from, to). */
export async function shiftsStarting(db: Queryable, unitId: number, from: Date, to: Date): Promise<ShiftRow[]> {
  return db.query<ShiftRow>({
    text: `select ${shiftColumns} from duty_shift where unit_id = $1 and starts_at >= $2 and starts_at < $3 order by starts_at, id`,
    values: [unitId, from, to],
  });
}

/** The first shift starting after `at`. */
export async function nextShift(db: Queryable, unitId: number, at: Date): Promise<ShiftRow | undefined> {
  return (await db.query<ShiftRow>({
    text: `select ${shiftColumns} from duty_shift where unit_id = $1 and starts_at > $2 order by starts_at, id limit 1`,
    values: [unitId, at],
  }))[0];
}

export async function insertShift(
  tx: Queryable,
  s: ShiftFields & { unitId: number; clientId: string | null; createdBy: number },
): Promise<number> {
  const rows = await tx.query<{ id: number }>(sql`
    insert into duty_shift (unit_id, starts_at, ends_at, leader_name, leader_title, phone, client_id, created_by)
    values (${s.unitId}, ${s.startsAt}, ${s.endsAt}, ${s.leaderName}, ${s.leaderTitle}, ${s.phone}, ${s.clientId}::uuid, ${s.createdBy})
    on conflict (client_id) do nothing
    returning id`);
  return rows[0]?.id ?? (await shiftByClientId(tx, s.clientId!))!.id;
}

/** Many shifts of one unit at once (a copied week). */
export async function insertShifts(tx: Queryable, unitId: number, shifts: ShiftFields[], createdBy: number): Promise<number[]> {
  if (!shifts.length) return [];
  const rows = await tx.query<{ id: number }>(sql`
    insert into duty_shift (unit_id, starts_at, ends_at, leader_name, leader_title, phone, created_by)
    select ${unitId}, s, e, n, t, p, ${createdBy}
    from unnest(${shifts.map((x) => x.startsAt)}::timestamptz[], ${shifts.map((x) => x.endsAt)}::timestamptz[],
      ${shifts.map((x) => x.leaderName)}::text[], ${shifts.map((x) => x.leaderTitle)}::text[], ${shifts.map((x) => x.phone)}::text[]) as x(s, e, n, t, p)
    returning id`);
  return rows.map((r) => r.id);
}

export async function updateShift(tx: Queryable, id: number, s: ShiftFields): Promise<void> {
  await tx.execute(sql`
    update duty_shift set starts_at = ${s.startsAt}, ends_at = ${s.endsAt}, leader_name = ${s.leaderName},
      leader_title = ${s.leaderTitle}, phone = ${s.phone}
    where id = ${id}`);
}

export async function deleteShift(tx: Queryable, id: number): Promise<void> {
  await tx.execute(sql`delete from duty_shift where id = ${id}`);
}

export interface HotlineRow {
  id: number;
  unitId: number;
  label: string;
  phone: string;
  sortOrder: number;
}

export interface HotlineFields {
  label: string;
  phone: string;
  sortOrder: number;
}

const hotlineColumns = `id, unit_id as "unitId", label, phone, sort_order as "sortOrder"`;

export async function findHotline(db: Queryable, id: number): Promise<HotlineRow | undefined> {
  return (await db.query<HotlineRow>({ text: `select ${hotlineColumns} from hotline where id = $1`, values: [id] }))[0];
}

export async function hotlineByClientId(db: Queryable, clientId: string): Promise<HotlineRow | undefined> {
  return (await db.query<HotlineRow>({ text: `select ${hotlineColumns} from hotline where client_id = $1::uuid`, values: [clientId] }))[0];
}

export async function hotlines(db: Queryable, unitId: number): Promise<HotlineRow[]> {
  return db.query<HotlineRow>({ text: `select ${hotlineColumns} from hotline where unit_id = $1 order by sort_order, id`, values: [unitId] });
}

export async function insertHotline(tx: Queryable, h: HotlineFields & { unitId: number; clientId: string | null; createdBy: number }): Promise<number> {
  const rows = await tx.query<{ id: number }>(sql`
    insert into hotline (unit_id, label, phone, sort_order, client_id, created_by)
    values (${h.unitId}, ${h.label}, ${h.phone}, ${h.sortOrder}, ${h.clientId}::uuid, ${h.createdBy})
    on conflict (client_id) do nothing
    returning id`);
  return rows[0]?.id ?? (await hotlineByClientId(tx, h.clientId!))!.id;
}

export async function updateHotline(tx: Queryable, id: number, h: HotlineFields): Promise<void> {
  await tx.execute(sql`update hotline set label = ${h.label}, phone = ${h.phone}, sort_order = ${h.sortOrder} where id = ${id}`);
}

export async function deleteHotline(tx: Queryable, id: number): Promise<void> {
  await tx.execute(sql`delete from hotline where id = ${id}`);
}

export interface BoardRowData {
  unit: UnitRef;
  relation: Relation;
  leaderName: string | null;
  leaderTitle: string | null;
  phone: string | null;
  endsAt: Date | null;
  hotlines: { label: string; phone: string }[];
}

/**
 * Who is on duty at `at` in the units around one: the units above it, itself, the units
 * beside it and those below it, valid on `date`; one query for all of them.
 */
export async function board(
  db: Queryable,
  unit: { id: number; parentId: number | null; path: string },
  at: Date,
  date: string,
): Promise<BoardRowData[]> {
  const above = unit.path.split('/').filter(Boolean).map(Number).filter((id) => id !== unit.id);
  const rows = await db.query<Omit<BoardRowData, 'unit'> & UnitRef>(sql`
    with around as (
      select o.id, o.code, o.name, o.full_name, o.level,
        case when o.id = ${unit.id} then 'self' when o.id = any(${above}::int[]) then 'ancestor'
             when o.parent_id = ${unit.id} then 'child' else 'sibling' end as relation
      from org_unit o
      where (o.id = ${unit.id} or o.id = any(${above}::int[]) or o.parent_id = ${unit.id}
             or (${unit.parentId}::int is not null and o.parent_id = ${unit.parentId}::int))
        and o.valid_from <= ${date}::date and (o.valid_to is null or o.valid_to > ${date}::date)
    )
    select a.id, a.code, a.name, a.full_name as "fullName", a.level, a.relation,
      s.leader_name as "leaderName", s.leader_title as "leaderTitle", s.phone, s.ends_at as "endsAt",
      coalesce((select json_agg(json_build_object('label', h.label, 'phone', h.phone) order by h.sort_order, h.id)
                from hotline h where h.unit_id = a.id), '[]'::json) as hotlines
    from around a
    left join lateral (
      select leader_name, leader_title, phone, ends_at from duty_shift d
      where d.unit_id = a.id and d.starts_at <= ${at} and d.ends_at > ${at}
      order by d.starts_at desc limit 1) s on true
    order by case a.relation when 'ancestor' then 0 when 'self' then 1 when 'sibling' then 2 else 3 end, a.level, a.code`);
  return rows.map(({ id, code, name, fullName, level, ...r }) => ({ unit: { id, code, name, fullName, level }, ...r }));
}
