/** Register rows for the contacts tests, written straight to the database (no other area's API needed). */
import type { Db } from '../../src/server/db/client.ts';
import { foldVietnamese } from '../../src/domain/text.ts';

export async function addPerson(db: Db, unitId: number, fullName: string): Promise<number> {
  const rows = await db.query<{ id: number }>({
    text: `insert into person (full_name, search_name, unit_id, birth_date) values ($1, $2, $3, '1990-05-01') returning id`,
    values: [fullName, foldVietnamese(fullName), unitId],
  });
  return rows[0]!.id;
}

export async function addCase(db: Db, personId: number, unitId: number, confirmedAt: string, confirmingTestId: number | null = null): Promise<number> {
  const rows = await db.query<{ id: number }>({
    text: `insert into covid_case (person_id, unit_id, confirmed_at, confirming_test_id, detection, status_since)
           values ($1, $2, $3, $4, 'community', $3) returning id`,
    values: [personId, unitId, confirmedAt, confirmingTestId],
  });
  return rows[0]!.id;
}

export async function addTest(db: Db, personId: number, unitId: number, sampledAt: string, result: 'positive' | 'negative' | 'pending', resultAt: string | null): Promise<number> {
  const rows = await db.query<{ id: number }>({
    text: `insert into lab_test (person_id, unit_id, kind, sampled_at, result, result_at) values ($1, $2, 'pcr', $3, $4, $5) returning id`,
    values: [personId, unitId, sampledAt, result, resultAt],
  });
  return rows[0]!.id;
}

export async function addContactRow(db: Db, from: number, to: number, unitId: number, listedAt: string, exposureDate = '2021-12-05'): Promise<number> {
  const rows = await db.query<{ id: number }>({
    text: `insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at)
           values ($1, $2, $3, 'household', $4, $5) returning id`,
    values: [from, to, unitId, exposureDate, listedAt],
  });
  return rows[0]!.id;
}

export async function addQuarantineRow(db: Db, personId: number, unitId: number, startDate: string, createdAt: string): Promise<number> {
  const rows = await db.query<{ id: number }>({
    text: `insert into quarantine (person_id, unit_id, place, start_date, planned_end, end_date, created_at)
           values ($1, $2, 'home', $3, $3::date + 6, $3::date + 6, $4) returning id`,
    values: [personId, unitId, startDate, createdAt],
  });
  return rows[0]!.id;
}
