import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';

/** A person in quarantine who becomes a case leaves quarantine on that day (status became_case). */
export async function endQuarantineOnCase(db: Queryable, personId: number, day: string): Promise<void> {
  await db.execute({
    text: `update quarantine set status = 'became_case', released_on = $2 where person_id = $1 and status = 'active'`,
    values: [personId, day],
  });
}

export interface QuarantineRow {
  id: number;
  personId: number;
  unitId: number;
  unitPath: string;
  unitCode: string;
  unitName: string;
  unitFullName: string;
  unitLevel: number;
  contactId: number | null;
  policyId: number | null;
  policyName: string | null;
  place: 'centralised' | 'home';
  facilityId: number | null;
  facilityName: string | null;
  fullyVaccinated: boolean;
  startDate: string;
  plannedEnd: string;
  endDate: string;
  adjustReason: string | null;
  testDays: number[];
  status: 'active' | 'released' | 'became_case' | 'transferred';
  releasedOn: string | null;
}

const columns = `q.id, q.person_id as "personId", q.unit_id as "unitId", o.path as "unitPath", o.code as "unitCode", o.name as "unitName",
  o.full_name as "unitFullName", o.level as "unitLevel", q.contact_id as "contactId",
  q.policy_id as "policyId", pol.name as "policyName", q.place, q.facility_id as "facilityId", f.name as "facilityName",
  q.fully_vaccinated as "fullyVaccinated", q.start_date as "startDate", q.planned_end as "plannedEnd", q.end_date as "endDate",
  q.adjust_reason as "adjustReason", q.test_days as "testDays", q.status, q.released_on as "releasedOn"`;
const joins = `join org_unit o on o.id = q.unit_id
  left join quarantine_policy pol on pol.id = q.policy_id
  left join facility f on f.id = q.facility_id`;

export async function findQuarantine(db: Queryable, id: number, forUpdate = false): Promise<QuarantineRow | undefined> {
  const rows = await db.query<QuarantineRow>({
    text: `select ${columns} from quarantine q ${joins} where q.id = $1 ${forUpdate ? 'for update of q' : ''}`,
    values: [id],
  });
  return rows[0];
}

export async function findActiveQuarantineOf(db: Queryable, personId: number): Promise<{ id: number } | undefined> {
  const rows = await db.query<{ id: number }>(sql`select id from quarantine where person_id = ${personId} and status = 'active'`);
  return rows[0];
}

export interface NewQuarantineRow {
  personId: number;
  unitId: number;
  contactId: number | null;
  policyId: number;
  place: 'centralised' | 'home';
  facilityId: number | null;
  fullyVaccinated: boolean;
  startDate: string;
  plannedEnd: string;
  testDays: number[];
  createdBy: number;
}

/** Inserts unless the person already has an active quarantine (then undefined). */
export async function insertQuarantine(db: Queryable, r: NewQuarantineRow): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`
    insert into quarantine (person_id, unit_id, contact_id, policy_id, place, facility_id, fully_vaccinated,
      start_date, planned_end, end_date, test_days, created_by)
    values (${r.personId}, ${r.unitId}, ${r.contactId}, ${r.policyId}, ${r.place}, ${r.facilityId}, ${r.fullyVaccinated},
      ${r.startDate}::date, ${r.plannedEnd}::date, ${r.plannedEnd}::date, ${r.testDays}::smallint[], ${r.createdBy})
    on conflict (person_id) where status = 'active' do nothing
    returning id`);
  return rows[0]?.id;
}

export async function setEndDate(db: Queryable, id: number, endDate: string, reason: string): Promise<void> {
  await db.execute(sql`update quarantine set end_date = ${endDate}::date, adjust_reason = ${reason} where id = ${id}`);
}

export async function release(db: Queryable, id: number, date: string): Promise<void> {
  await db.execute(sql`update quarantine set status = 'released', released_on = ${date}::date where id = ${id}`);
}

export interface ListFilter {
  scopePath: string;
  status?: string | undefined;
  place?: string | undefined;
  limit: number;
  offset: number;
}

export async function listQuarantines(db: Queryable, f: ListFilter): Promise<{ total: number; rows: QuarantineRow[] }> {
  const where = `o.path ~>=~ $1 and o.path ~<~ subtree_end($1)
    and ($2::text is null or q.status = $2) and ($3::text is null or q.place = $3)`;
  const values = [f.scopePath, f.status ?? null, f.place ?? null];
  const [count, rows] = await Promise.all([
    db.query<{ n: number }>({ text: `select count(*)::int as n from quarantine q join org_unit o on o.id = q.unit_id where ${where}`, values }),
    db.query<QuarantineRow>({
      text: `select ${columns} from quarantine q ${joins} where ${where}
        order by (q.status = 'active') desc, q.end_date, q.id limit $4 offset $5`,
      values: [...values, f.limit, f.offset],
    }),
  ]);
  return { total: count[0]?.n ?? 0, rows };
}

export interface CheckRow {
  quarantineId: number;
  day: string;
  outcome: 'well' | 'symptoms' | 'not_reached' | 'left';
  temperature: number | null;
  note: string | null;
}

/** The latest check on or before `date` of each quarantine. */
export async function lastChecks(db: Queryable, quarantineIds: number[], date: string): Promise<Map<number, CheckRow>> {
  if (!quarantineIds.length) return new Map();
  const rows = await db.query<CheckRow>(sql`
    select distinct on (quarantine_id) quarantine_id as "quarantineId", day, outcome, temperature, note
    from followup_check where quarantine_id = any(${quarantineIds}::bigint[]) and day <= ${date}::date
    order by quarantine_id, day desc`);
  return new Map(rows.map((r) => [Number(r.quarantineId), r]));
}

/** The exposure a quarantine follows: the given contact, or else the person's latest one. */
export async function exposureOf(
  db: Queryable,
  q: { contactId: number | null; personId: number },
): Promise<{ id: number; personId: number; exposureDate: string } | undefined> {
  const rows = await db.query<{ id: number; personId: number; exposureDate: string }>(sql`
    select id, person_id as "personId", exposure_date as "exposureDate" from contact
    where (${q.contactId}::bigint is not null and id = ${q.contactId}) or (${q.contactId}::bigint is null and person_id = ${q.personId})
    order by exposure_date desc, id desc limit 1`);
  return rows[0];
}
