import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import { addDays, vietnamDayStart } from '../../../domain/dates.ts';
import type { LabTest } from './schema.ts';

interface TestRow {
  id: number;
  personId: number;
  fullName: string;
  birthDate: string | null;
  unitId: number;
  unitPath: string;
  kind: LabTest['kind'];
  sampledAt: Date;
  place: string | null;
  lab: string | null;
  result: LabTest['result'];
  resultAt: Date | null;
  symptoms: boolean;
  poolId: number | null;
  campaignId: number | null;
}
export type { TestRow };

const columns = `t.id, t.person_id as "personId", p.full_name as "fullName", p.birth_date as "birthDate", t.unit_id as "unitId",
  o.path as "unitPath", t.kind, t.sampled_at as "sampledAt", t.place, t.lab, t.result, t.result_at as "resultAt", t.symptoms,
  t.pool_id as "poolId", t.campaign_id as "campaignId"`;
const from = `lab_test t join person p on p.id = t.person_id join org_unit o on o.id = t.unit_id`;

export const toLabTest = (r: TestRow): LabTest => ({
  id: r.id,
  person: { id: r.personId, fullName: r.fullName, birthYear: r.birthDate ? Number(r.birthDate.slice(0, 4)) : null },
  unitId: r.unitId,
  kind: r.kind,
  sampledAt: r.sampledAt.toISOString(),
  place: r.place,
  lab: r.lab,
  result: r.result,
  resultAt: r.resultAt?.toISOString() ?? null,
  symptoms: r.symptoms,
  poolId: r.poolId,
  campaignId: r.campaignId,
});

export async function findTest(db: Queryable, id: number, forUpdate = false): Promise<TestRow | undefined> {
  const rows = await db.query<TestRow>({ text: `select ${columns} from ${from} where t.id = $1 ${forUpdate ? 'for update of t' : ''}`, values: [id] });
  return rows[0];
}

export async function testIdByClientId(db: Queryable, clientId: string): Promise<number | undefined> {
  return (await db.query<{ id: number }>(sql`select id from lab_test where client_id = ${clientId}`))[0]?.id;
}

export interface NewTestRow {
  clientId: string | null;
  personId: number;
  unitId: number;
  kind: 'pcr' | 'antigen';
  sampledAt: Date;
  place: string | null;
  lab: string | null;
  result: string;
  resultAt: Date | null;
  symptoms: boolean;
  poolId: number | null;
  campaignId: number | null;
  userId: number;
}

export async function insertTests(db: Queryable, rows: NewTestRow[]): Promise<number[]> {
  const col = <K extends keyof NewTestRow>(k: K) => rows.map((r) => r[k]);
  const ids = await db.query<{ id: number }>(sql`
    insert into lab_test (client_id, person_id, unit_id, kind, sampled_at, place, lab, result, result_at, symptoms, pool_id, campaign_id, created_by)
    select * from unnest(${col('clientId')}::uuid[], ${col('personId')}::bigint[], ${col('unitId')}::int[], ${col('kind')}::text[],
      ${col('sampledAt')}::timestamptz[], ${col('place')}::text[], ${col('lab')}::text[], ${col('result')}::text[],
      ${col('resultAt')}::timestamptz[], ${col('symptoms')}::boolean[], ${col('poolId')}::bigint[], ${col('campaignId')}::bigint[],
      ${col('userId')}::int[])
    returning id`);
  return ids.map((r) => r.id);
}

export async function setResult(db: Queryable, id: number, r: { result: string; resultAt: Date; symptoms: boolean }): Promise<void> {
  await db.execute(sql`update lab_test set result = ${r.result}, result_at = ${r.resultAt}, symptoms = ${r.symptoms} where id = ${id}`);
}

export interface TestFilter {
  scopePath: string;
  unitPath: string;
  personId: number | null;
  from: string | null;
  to: string | null;
  result: string | null;
  limit: number;
  offset: number;
}

/**
 * Tests registered in the unit's subtree whose person lives in the user's scope, newest
 * first; dates are Vietnam calendar days of the sample time.
 */
export async function listTests(db: Queryable, f: TestFilter): Promise<{ total: number; rows: TestRow[] }> {
  const where = `o.path ~>=~ $1 and o.path ~<~ subtree_end($1)
    and exists (select 1 from org_unit r where r.id = p.unit_id and r.path ~>=~ $2 and r.path ~<~ subtree_end($2))
    and ($3::bigint is null or t.person_id = $3)
    and ($4::timestamptz is null or t.sampled_at >= $4) and ($5::timestamptz is null or t.sampled_at < $5)
    and ($6::text is null or t.result = $6)`;
  const values = [f.unitPath, f.scopePath, f.personId, f.from && vietnamDayStart(f.from), f.to && vietnamDayStart(addDays(f.to, 1)), f.result];
  const [count, rows] = await Promise.all([
    db.query<{ n: number }>({ text: `select count(*)::int as n from ${from} where ${where}`, values }),
    db.query<TestRow>({ text: `select ${columns} from ${from} where ${where} order by t.sampled_at desc, t.id desc limit $7 offset $8`, values: [...values, f.limit, f.offset] }),
  ]);
  return { total: count[0]!.n, rows };
}
