import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { Check, CheckBody } from './schema.ts';

export interface FollowupRow {
  id: number;
  personId: number;
  personPath: string;
  phone: string | null;
  address: string | null;
  unitId: number;
  unitName: string;
  place: 'centralised' | 'home';
  facilityName: string | null;
  startDate: string;
  endDate: string;
  testDays: number[];
  /** the last day (in Vietnam) a sample was taken from the person, up to the list's date */
  lastSampled: string | null;
}

/** Everyone in active quarantine on `date` in the subtree of `path`. */
export async function followupRows(db: Queryable, path: string, date: string): Promise<FollowupRow[]> {
  return db.query<FollowupRow>(sql`
    select q.id, q.person_id as "personId", po.path as "personPath", p.phone, p.address, q.unit_id as "unitId",
      o.name as "unitName", q.place, f.name as "facilityName", q.start_date as "startDate", q.end_date as "endDate",
      q.test_days as "testDays",
      (select max(s.day) from lab_test t
        cross join lateral (select ((t.sampled_at at time zone 'UTC') + interval '7 hours')::date as day) s
        where t.person_id = q.person_id and s.day between q.start_date and ${date}::date) as "lastSampled"
    from quarantine q
    join org_unit o on o.id = q.unit_id
    join person p on p.id = q.person_id
    join org_unit po on po.id = p.unit_id
    left join facility f on f.id = q.facility_id
    where o.path ~>=~ ${path} and o.path ~<~ subtree_end(${path})
      and q.status = 'active' and q.start_date <= ${date}::date and q.end_date >= ${date}::date
    order by o.path, q.end_date, q.id`);
}

const checkColumns = `id, quarantine_id as "quarantineId", day, checked_at as "checkedAt", outcome, temperature, note`;
type CheckRow = Omit<Check, 'checkedAt'> & { checkedAt: Date };

export const presentCheck = (r: CheckRow): Check => ({ ...r, checkedAt: r.checkedAt.toISOString() });

export async function findCheckByClientId(db: Queryable, clientId: string): Promise<CheckRow | undefined> {
  const rows = await db.query<CheckRow>({ text: `select ${checkColumns} from followup_check where client_id = $1`, values: [clientId] });
  return rows[0];
}

export async function findCheck(db: Queryable, quarantineId: number, day: string): Promise<CheckRow | undefined> {
  const rows = await db.query<CheckRow>({
    text: `select ${checkColumns} from followup_check where quarantine_id = $1 and day = $2 for update`,
    values: [quarantineId, day],
  });
  return rows[0];
}

/** One check per quarantine and day: a second one for the same day replaces the first. */
export async function upsertCheck(
  db: Queryable,
  c: Required<Pick<CheckBody, 'outcome'>> & { quarantineId: number; day: string; checkedAt: Date; temperature: number | null; note: string | null; clientId: string | null; userId: number },
): Promise<CheckRow> {
  const rows = await db.query<CheckRow>({
    text: `insert into followup_check as x (client_id, quarantine_id, day, checked_at, outcome, temperature, note, created_by)
      values ($1::uuid, $2, $3::date, $4, $5, $6, $7, $8)
      on conflict (quarantine_id, day) do update set client_id = coalesce(excluded.client_id, x.client_id),
        checked_at = excluded.checked_at, outcome = excluded.outcome, temperature = excluded.temperature,
        note = excluded.note, created_by = excluded.created_by
      returning ${checkColumns}`,
    values: [c.clientId, c.quarantineId, c.day, c.checkedAt, c.outcome, c.temperature, c.note, c.userId],
  });
  return rows[0]!;
}
