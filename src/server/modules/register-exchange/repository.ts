/**
 * Bulk SQL for the register import: lookups for many rows in one statement each, and inserts
 * as arrays unnested in chunks (one round trip per CHUNK rows).
 */
import { chunksOf } from '../../../domain/collections.ts';
import type { Queryable } from '../../db/client.ts';

export const CHUNK = 5000;

async function chunked<T>(items: T[], fn: (part: T[]) => Promise<void>): Promise<void> {
  for (const part of chunksOf(items, CHUNK)) await fn(part);
}

const col = <T, K extends keyof T>(rows: T[], k: K) => rows.map((r) => r[k]);

export interface KnownPerson {
  id: number;
  nationalId: string | null;
  searchName: string;
  birthDate: string | null;
  phone: string | null;
  path: string;
}

const known = `select p.id, p.national_id as "nationalId", p.search_name as "searchName", p.birth_date as "birthDate", p.phone, o.path
  from person p join org_unit o on o.id = p.unit_id`;

/** Unmerged people by national ID, anywhere in the register. */
export async function peopleByNationalId(db: Queryable, ids: string[]): Promise<KnownPerson[]> {
  if (!ids.length) return [];
  return db.query<KnownPerson>({
    text: `${known} join unnest($1::text[]) k(id) on p.national_id = k.id where p.merged_into is null`,
    values: [ids],
  });
}

/** Unmerged people in the subtree with one of these (folded name, birth date) pairs. */
export async function peopleByNameBirth(db: Queryable, path: string, keys: { name: string; birth: string }[]): Promise<KnownPerson[]> {
  if (!keys.length) return [];
  return db.query<KnownPerson>({
    text: `${known} join unnest($2::text[], $3::date[]) k(n, d) on p.search_name = k.n and p.birth_date = k.d
           where p.merged_into is null and o.path ~>=~ $1 and o.path ~<~ subtree_end($1)`,
    values: [path, col(keys, 'name'), col(keys, 'birth')],
  });
}

/**
 * Possible duplicates of new people, over the whole register: the same folded name and birth
 * date, or the same phone (the caller compares the names). Both are index lookups whatever
 * the size of the register; typos in a name are left to the Duplicates review.
 */
export async function nearPeople(
  db: Queryable,
  pairs: { name: string; birth: string }[],
  phones: string[],
): Promise<{ id: number; searchName: string; fullName: string; birthDate: string | null; phone: string | null }[]> {
  if (!pairs.length && !phones.length) return [];
  const columns = `p.id, p.search_name as "searchName", p.full_name as "fullName", p.birth_date as "birthDate", p.phone`;
  return db.query({
    text: `select ${columns} from person p join unnest($1::text[], $2::date[]) k(n, d) on p.search_name = k.n and p.birth_date = k.d
           where p.merged_into is null
           union
           select ${columns} from person p join unnest($3::text[]) k(phone) on p.phone = k.phone
           where p.merged_into is null`,
    values: [col(pairs, 'name'), col(pairs, 'birth'), phones],
  });
}

export interface NewPersonRow {
  nationalId: string | null;
  fullName: string;
  searchName: string;
  birthDate: string | null;
  sex: string | null;
  phone: string | null;
  unitId: number;
  address: string | null;
  workplace: string | null;
}

/** Inserts the people and returns their ids in the same order. */
export async function insertPeople(db: Queryable, rows: NewPersonRow[], by: number): Promise<number[]> {
  const ids: number[] = [];
  await chunked(rows, async (part) => {
    const out = await db.query<{ id: number; ord: number }>({
      text: `with input as (
               select * from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[])
                 with ordinality as t(national_id, full_name, search_name, birth_date, sex, phone, unit_id, address, workplace, ord)),
             ins as (
               insert into person (national_id, full_name, search_name, birth_date, sex, phone, unit_id, address, workplace, created_by)
               select national_id, full_name, search_name, birth_date, sex, phone, unit_id, address, workplace, $10 from input order by ord
               returning id)
             select id from ins order by id`,
      values: [
        col(part, 'nationalId'), col(part, 'fullName'), col(part, 'searchName'), col(part, 'birthDate'), col(part, 'sex'),
        col(part, 'phone'), col(part, 'unitId'), col(part, 'address'), col(part, 'workplace'), by,
      ],
    });
    // bigserial ids are handed out in insertion order within one statement: the order of `ord`
    ids.push(...out.map((r) => Number(r.id)));
  });
  return ids;
}

export async function existingTests(db: Queryable, keys: { personId: number; kind: string; sampledAt: string }[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db.query<{ k: string }>({
    text: `select distinct t.person_id || '|' || t.kind || '|' || to_char(t.sampled_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as k
           from lab_test t join unnest($1::bigint[], $2::text[], $3::timestamptz[]) k(p, kd, s)
             on t.person_id = k.p and t.kind = k.kd and t.sampled_at = k.s`,
    values: [col(keys, 'personId'), col(keys, 'kind'), col(keys, 'sampledAt')],
  });
  return new Set(rows.map((r) => r.k));
}

export async function existingCases(db: Queryable, keys: { personId: number; day: string }[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db.query<{ k: string }>({
    text: `select distinct c.person_id || '|' || k.d as k
           from covid_case c join unnest($1::bigint[], $2::text[]) k(p, d)
             on c.person_id = k.p and (c.confirmed_at at time zone 'Asia/Ho_Chi_Minh')::date = k.d::date`,
    values: [col(keys, 'personId'), col(keys, 'day')],
  });
  return new Set(rows.map((r) => r.k));
}

export async function existingContacts(db: Queryable, keys: { source: number; personId: number }[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db.query<{ k: string }>({
    text: `select c.source_person_id || '|' || c.person_id as k
           from contact c join unnest($1::bigint[], $2::bigint[]) k(s, p) on c.source_person_id = k.s and c.person_id = k.p`,
    values: [col(keys, 'source'), col(keys, 'personId')],
  });
  return new Set(rows.map((r) => r.k));
}

export interface TestRow {
  personId: number; unitId: number; kind: string; sampledAt: string; place: string | null; lab: string | null;
  result: string; resultAt: string | null; symptoms: boolean;
}

export async function insertTests(db: Queryable, rows: TestRow[], by: number): Promise<void> {
  await chunked(rows, async (p) => {
    await db.execute({
      text: `insert into lab_test (person_id, unit_id, kind, sampled_at, place, lab, result, result_at, symptoms, created_by)
             select *, $10::int from unnest($1::bigint[], $2::int[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::boolean[])`,
      values: [col(p, 'personId'), col(p, 'unitId'), col(p, 'kind'), col(p, 'sampledAt'), col(p, 'place'), col(p, 'lab'), col(p, 'result'), col(p, 'resultAt'), col(p, 'symptoms'), by],
    });
  });
}

export interface CaseRow {
  personId: number; unitId: number; confirmedAt: string; origin: string; detection: string; infectedPlace: string | null;
  symptomOnset: string | null; status: string; statusSince: string;
}

/** Historic cases as the file states them, each with its one status row. */
export async function insertCases(db: Queryable, rows: CaseRow[], by: number): Promise<void> {
  await chunked(rows, async (p) => {
    await db.execute({
      text: `with ins as (
               insert into covid_case (person_id, unit_id, confirmed_at, origin, detection, infected_place, symptom_onset, status, status_since, created_by)
               select *, $10::int from unnest($1::bigint[], $2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::timestamptz[])
               returning id, status, status_since)
             insert into case_status (case_id, status, at, created_by) select id, status, status_since, $10::int from ins`,
      values: [col(p, 'personId'), col(p, 'unitId'), col(p, 'confirmedAt'), col(p, 'origin'), col(p, 'detection'), col(p, 'infectedPlace'), col(p, 'symptomOnset'), col(p, 'status'), col(p, 'statusSince'), by],
    });
  });
}

export interface ContactRow {
  source: number; personId: number; unitId: number; exposureType: string; exposureDate: string; place: string | null;
}

export async function insertContacts(db: Queryable, rows: ContactRow[], listedAt: Date, by: number): Promise<void> {
  await chunked(rows, async (p) => {
    await db.execute({
      text: `insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, place, listed_at, created_by)
             select s, pe, u, t, d, pl, $7, $8 from unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], $5::date[], $6::text[]) x(s, pe, u, t, d, pl)
             on conflict (source_person_id, person_id) do nothing`,
      values: [col(p, 'source'), col(p, 'personId'), col(p, 'unitId'), col(p, 'exposureType'), col(p, 'exposureDate'), col(p, 'place'), listedAt, by],
    });
  });
}
