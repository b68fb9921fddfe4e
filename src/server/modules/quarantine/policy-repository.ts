import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { NewPolicy, Policy } from './schema.ts';

const columns = `id, name, source, valid_from as "validFrom", valid_to as "validTo", degree, vaccination, place, days,
  test_days as "testDays", monitor_days as "monitorDays"`;

/** All policies (a handful of rows), oldest first. */
export async function listPolicies(db: Queryable): Promise<Policy[]> {
  return db.query<Policy>({ text: `select ${columns} from quarantine_policy order by degree, valid_from, vaccination, id`, values: [] });
}

export async function findPolicy(db: Queryable, id: number): Promise<Policy | undefined> {
  const rows = await db.query<Policy>({ text: `select ${columns} from quarantine_policy where id = $1`, values: [id] });
  return rows[0];
}

/** Serialises policy changes, so that two overlapping ones cannot both pass the check. */
export async function lockPolicies(db: Queryable): Promise<void> {
  await db.exec('lock table quarantine_policy in share row exclusive mode');
}

export async function insertPolicy(db: Queryable, p: Required<NewPolicy>): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into quarantine_policy (name, source, valid_from, valid_to, degree, vaccination, place, days, test_days, monitor_days)
    values (${p.name}, ${p.source}, ${p.validFrom}::date, ${p.validTo}::date, ${p.degree}, ${p.vaccination}, ${p.place},
      ${p.days}, ${p.testDays}::smallint[], ${p.monitorDays})
    returning id`);
  return rows[0]!.id;
}

export async function updatePolicy(db: Queryable, p: Policy): Promise<void> {
  await db.execute(sql`
    update quarantine_policy set name = ${p.name}, source = ${p.source}, valid_from = ${p.validFrom}::date,
      valid_to = ${p.validTo}::date, degree = ${p.degree}, vaccination = ${p.vaccination}, place = ${p.place},
      days = ${p.days}, test_days = ${p.testDays}::smallint[], monitor_days = ${p.monitorDays}
    where id = ${p.id}`);
}
