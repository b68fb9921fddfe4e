import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { UnitRef } from '../../http/common-schema.ts';

/**
 * Register counts for the subtree under `path`, grouped by the child of the unit at `level`
 * each row belongs to (`child` is null for rows kept at the unit itself).
 * Counts are by `unit_id` of each register row: the unit responsible for it.
 */
export interface Scope {
  path: string;
  level: number;
  day: string;
  start: Date;
  end: Date;
}

type Row<K extends string> = { child: number | null } & Record<K, number>;

const childOf = (level: number) => `nullif(split_part(o.path, '/', ${level + 3}), '')::int`;
const inSubtree = `o.path ~>=~ $1 and o.path ~<~ subtree_end($1)`;

export async function caseCounts(db: Queryable, s: Scope) {
  return db.query<Row<'f0_community' | 'f0_quarantined'>>({
    text: `select ${childOf(s.level)} as child,
             count(*) filter (where k.detection = 'community')::int as f0_community,
             count(*) filter (where k.detection = 'quarantine')::int as f0_quarantined
           from covid_case k join org_unit o on o.id = k.unit_id
           where ${inSubtree} and k.confirmed_at >= $2 and k.confirmed_at < $3
           group by 1`,
    values: [s.path, s.start, s.end],
  });
}

/** Deaths and recoveries recorded for the day. */
export async function outcomeCounts(db: Queryable, s: Scope) {
  return db.query<Row<'deaths' | 'recovered'>>({
    text: `select ${childOf(s.level)} as child,
             count(*) filter (where cs.status = 'died')::int as deaths,
             count(*) filter (where cs.status = 'recovered')::int as recovered
           from case_status cs join covid_case k on k.id = cs.case_id join org_unit o on o.id = k.unit_id
           where ${inSubtree} and cs.at >= $2 and cs.at < $3 and cs.status in ('died', 'recovered')
           group by 1`,
    values: [s.path, s.start, s.end],
  });
}

/** Patients whose last status before the end of the day is a hospital: no later change by then. */
export async function hospitalCounts(db: Queryable, s: Scope) {
  return db.query<Row<'hospital_current'>>({
    text: `select ${childOf(s.level)} as child, count(*)::int as hospital_current
           from case_status h join covid_case k on k.id = h.case_id join org_unit o on o.id = k.unit_id
           where ${inSubtree} and h.status like 'hospital%' and h.at < $2
             and not exists (select 1 from case_status r
                             where r.case_id = h.case_id and r.at < $2 and (r.at > h.at or (r.at = h.at and r.id > h.id)))
           group by 1`,
    values: [s.path, s.end],
  });
}

/** In quarantine on the day: started on or before it, not yet released, planned end not passed. */
export async function quarantineCounts(db: Queryable, s: Scope) {
  return db.query<Row<'cq_new' | 'cq_current' | 'hq_new' | 'hq_current'>>({
    text: `select ${childOf(s.level)} as child,
             count(*) filter (where q.place = 'centralised' and q.start_date = $2::date)::int as cq_new,
             count(*) filter (where q.place = 'centralised')::int as cq_current,
             count(*) filter (where q.place = 'home' and q.start_date = $2::date)::int as hq_new,
             count(*) filter (where q.place = 'home')::int as hq_current
           from quarantine q join org_unit o on o.id = q.unit_id
           where ${inSubtree} and q.start_date <= $2::date and q.end_date >= $2::date
             and (q.released_on is null or q.released_on > $2::date)
           group by 1`,
    values: [s.path, s.day],
  });
}

/** A pooled sample counts once however many people it holds. */
export async function testCounts(db: Queryable, s: Scope) {
  return db.query<Row<'pcr_samples' | 'pcr_persons' | 'rapid_tests'>>({
    text: `select ${childOf(s.level)} as child,
             (count(*) filter (where t.kind = 'pcr' and t.pool_id is null) + count(distinct t.pool_id))::int as pcr_samples,
             count(distinct t.person_id) filter (where t.kind = 'pcr')::int as pcr_persons,
             count(*) filter (where t.kind = 'antigen')::int as rapid_tests
           from lab_test t join org_unit o on o.id = t.unit_id
           where ${inSubtree} and t.sampled_at >= $2 and t.sampled_at < $3
           group by 1`,
    values: [s.path, s.start, s.end],
  });
}

/** People listed as contacts on the day; their degree is read afterwards from the graph. */
export async function contactsListed(db: Queryable, s: Scope) {
  return db.query<{ child: number | null; personId: number }>({
    text: `select distinct ${childOf(s.level)} as child, c.person_id as "personId"
           from contact c join org_unit o on o.id = c.unit_id
           where ${inSubtree} and c.listed_at >= $2 and c.listed_at < $3`,
    values: [s.path, s.start, s.end],
  });
}

export interface RegisterUnitRow {
  unitId: number;
  path: string;
  since: string;
  unit: UnitRef;
}

const registerColumns = `r.unit_id as "unitId", o.path, to_char(r.since, 'YYYY-MM-DD') as since,
  json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'fullName', o.full_name, 'level', o.level) as unit`;

export async function registerUnitsIn(db: Queryable, path: string): Promise<RegisterUnitRow[]> {
  return db.query<RegisterUnitRow>({
    text: `select ${registerColumns} from register_unit r join org_unit o on o.id = r.unit_id
           where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) order by o.path`,
    values: [path],
  });
}

export async function findRegisterUnit(db: Queryable, unitId: number): Promise<RegisterUnitRow | undefined> {
  const rows = await db.query<RegisterUnitRow>({
    text: `select ${registerColumns} from register_unit r join org_unit o on o.id = r.unit_id where r.unit_id = $1`,
    values: [unitId],
  });
  return rows[0];
}

export async function upsertRegisterUnit(db: Queryable, unitId: number, since: string, userId: number): Promise<void> {
  await db.execute(sql`
    insert into register_unit (unit_id, since, created_by) values (${unitId}, ${since}::date, ${userId})
    on conflict (unit_id) do update set since = excluded.since`);
}

export async function deleteRegisterUnit(db: Queryable, unitId: number): Promise<void> {
  await db.execute(sql`delete from register_unit where unit_id = ${unitId}`);
}
