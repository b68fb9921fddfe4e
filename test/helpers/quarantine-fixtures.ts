/** Register rows written straight to the database, for the quarantine and facility tests. */
import type { Db } from '../../src/server/db/client.ts';
import { foldVietnamese } from '../../src/domain/text.ts';

const one = async (db: Db, text: string, values: unknown[]): Promise<number> =>
  (await db.query<{ id: number }>({ text: `${text} returning id`, values }))[0]!.id;

export const addPerson = (db: Db, unitId: number, fullName: string, phone: string | null = null) =>
  one(db, `insert into person (full_name, search_name, unit_id, phone, address, birth_date) values ($1, $2, $3, $4, $5, '1990-05-01')`, [
    fullName, foldVietnamese(fullName), unitId, phone, `Số 1, ${fullName}`,
  ]);

export const addCase = (db: Db, personId: number, unitId: number, facilityId: number | null = null, status = 'home_care') =>
  one(db, `insert into covid_case (person_id, unit_id, confirmed_at, detection, status, status_since, facility_id)
    values ($1, $2, '2021-12-08T03:00Z', 'community', $4, '2021-12-08T03:00Z', $3)`, [personId, unitId, facilityId, status]);

export const addContact = (db: Db, sourceId: number, personId: number, unitId: number, exposureDate: string) =>
  one(db, `insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at)
    values ($1, $2, $3, 'household', $4, now())`, [sourceId, personId, unitId, exposureDate]);

export const addTest = (db: Db, personId: number, unitId: number, sampledAt: string) =>
  one(db, `insert into lab_test (person_id, unit_id, kind, sampled_at) values ($1, $2, 'pcr', $3)`, [personId, unitId, sampledAt]);

export const addFacility = (db: Db, unitId: number, kind: 'quarantine' | 'treatment', beds: number, tier: number | null = null, name = 'Khu cách ly') =>
  one(db, `insert into facility (unit_id, kind, name, tier, beds) values ($1, $2, $3, $4, $5)`, [unitId, kind, name, tier, beds]);

/** An F1 of a fresh case in `unitId`, exposed on `exposureDate`. */
export async function addF1(db: Db, unitId: number, name: string, exposureDate: string): Promise<{ f0: number; f1: number; contactId: number }> {
  const f0 = await addPerson(db, unitId, `${name} F0`);
  await addCase(db, f0, unitId);
  const f1 = await addPerson(db, unitId, name, '0912345678');
  return { f0, f1, contactId: await addContact(db, f0, f1, unitId, exposureDate) };
}
