import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import type { Person, PersonSummary, Sex } from './schema.ts';

export interface PersonRow {
  id: number;
  nationalId: string | null;
  fullName: string;
  birthDate: string | null;
  sex: Sex | null;
  phone: string | null;
  unitId: number;
  address: string | null;
  workplace: string | null;
  mergedInto: number | null;
  createdAt: Date;
  updatedAt: Date;
  unitCode: string;
  unitName: string;
  unitFullName: string;
  unitLevel: number;
  unitPath: string;
}

/** The stored person fields (what create, edit and merge write). */
export interface PersonFields {
  nationalId: string | null;
  fullName: string;
  birthDate: string | null;
  sex: Sex | null;
  phone: string | null;
  unitId: number;
  address: string | null;
  workplace: string | null;
}

export const personColumns = `p.id, p.national_id as "nationalId", p.full_name as "fullName", p.birth_date as "birthDate", p.sex,
  p.phone, p.unit_id as "unitId", p.address, p.workplace, p.merged_into as "mergedInto", p.created_at as "createdAt",
  p.updated_at as "updatedAt", o.code as "unitCode", o.name as "unitName", o.full_name as "unitFullName", o.level as "unitLevel",
  o.path as "unitPath"`;

export const personFrom = `person p join org_unit o on o.id = p.unit_id`;

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export const presentPerson = (r: PersonRow): Person => ({
  id: Number(r.id),
  nationalId: r.nationalId,
  fullName: r.fullName,
  birthDate: r.birthDate,
  sex: r.sex,
  phone: r.phone,
  unit: { id: r.unitId, code: r.unitCode, name: r.unitName, fullName: r.unitFullName, level: r.unitLevel },
  address: r.address,
  workplace: r.workplace,
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

/** The plain fields of a row, as audit before/after. */
export const fieldsOf = (r: PersonRow): PersonFields & { id: number } => ({
  id: Number(r.id),
  nationalId: r.nationalId,
  fullName: r.fullName,
  birthDate: r.birthDate,
  sex: r.sex,
  phone: r.phone,
  unitId: r.unitId,
  address: r.address,
  workplace: r.workplace,
});

export async function findPersonRow(db: Queryable, id: number, forUpdate = false): Promise<PersonRow | undefined> {
  const rows = await db.query<PersonRow>({
    text: `select ${personColumns} from ${personFrom} where p.id = $1 ${forUpdate ? 'for update of p' : ''}`,
    values: [id],
  });
  return rows[0];
}

export async function findPersonRows(db: Queryable, ids: number[]): Promise<Map<number, PersonRow>> {
  if (!ids.length) return new Map();
  const rows = await db.query<PersonRow>({ text: `select ${personColumns} from ${personFrom} where p.id = any($1::bigint[])`, values: [ids] });
  return new Map(rows.map((r) => [Number(r.id), r]));
}

export async function personIdByClientId(db: Queryable, clientId: string): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`select id from person where client_id = ${clientId}::uuid`);
  return rows[0] ? Number(rows[0].id) : undefined;
}

export async function insertPerson(
  db: Queryable,
  p: PersonFields & { clientId: string | null; searchName: string; createdBy: number },
): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into person (client_id, national_id, full_name, search_name, birth_date, sex, phone, unit_id, address, workplace, created_by)
    values (${p.clientId}::uuid, ${p.nationalId}, ${p.fullName}, ${p.searchName}, ${p.birthDate}::date, ${p.sex}, ${p.phone},
      ${p.unitId}, ${p.address}, ${p.workplace}, ${p.createdBy})
    returning id`);
  return Number(rows[0]!.id);
}

export async function updatePerson(db: Queryable, id: number, p: PersonFields & { searchName: string }): Promise<void> {
  await db.execute(sql`
    update person set national_id = ${p.nationalId}, full_name = ${p.fullName}, search_name = ${p.searchName},
      birth_date = ${p.birthDate}::date, sex = ${p.sex}, phone = ${p.phone}, unit_id = ${p.unitId}, address = ${p.address},
      workplace = ${p.workplace}, updated_at = now()
    where id = ${id}`);
}

/** Records "not the same person" for each pair (idempotent). */
export async function markDistinct(db: Queryable, id: number, others: number[], by: number): Promise<void> {
  if (!others.length) return;
  await db.execute(sql`
    insert into person_distinct (person_a, person_b, marked_by)
    select least(${id}::bigint, o), greatest(${id}::bigint, o), ${by} from unnest(${others}::bigint[]) as o where o <> ${id}
    on conflict do nothing`);
}

/** Summaries in the order asked, masked outside the user's scope. */
export async function personSummaries(db: Queryable, actor: Actor, ids: number[]): Promise<Map<number, PersonSummary>> {
  const rows = await findPersonRows(db, [...new Set(ids)]);
  const out = new Map<number, PersonSummary>();
  for (const id of ids) {
    const r = rows.get(id);
    if (!r) continue;
    const visible = inScope(actor, { path: r.unitPath });
    const p = presentPerson(r);
    out.set(id, visible
      ? { id, visible, nationalId: p.nationalId, fullName: p.fullName, birthDate: p.birthDate, sex: p.sex, phone: p.phone, address: p.address, unit: p.unit }
      : { id, visible, nationalId: null, fullName: null, birthDate: null, sex: null, phone: null, address: null, unit: null });
  }
  return out;
}

/** `%` and `_` typed by a user are plain characters in a LIKE pattern. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Counting stops here: a national search for "Nguyễn" does not count four million rows. */
export const MAX_COUNT = 10_000;

/**
 * People living in the subtree under `path`, unmerged; `folded` matches the start of the name
 * (an index range), and with `anyWord` the start of any word in it (a scan, so callers allow
 * it only for small subtrees); digits match a national ID or a phone exactly.
 */
export async function listPeople(
  db: Queryable,
  q: { path: string; folded: string | null; anyWord: boolean; digits: string | null; limit: number; offset: number },
): Promise<{ total: number; rows: PersonRow[] }> {
  const pattern = q.folded ? likeEscape(q.folded) : null;
  const where = `where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and p.merged_into is null
             and ($2::text is null
                  or p.search_name like $2 || '%' or ($3 and p.search_name like '% ' || $2 || '%')
                  or ($4::text is not null and (p.national_id = $4 or p.phone = $4)))`;
  const values = [q.path, pattern, q.anyWord, q.digits];
  const [rows, counted] = await Promise.all([
    db.query<PersonRow>({ text: `select ${personColumns} from ${personFrom} ${where} order by p.search_name, p.id limit $5 offset $6`, values: [...values, q.limit, q.offset] }),
    db.query<{ n: number }>({ text: `select count(*)::int as n from (select 1 from ${personFrom} ${where} limit $5) x`, values: [...values, MAX_COUNT] }),
  ]);
  return { total: counted[0]?.n ?? 0, rows };
}

/**
 * Likely duplicate pairs among the people of a subtree: the same birth date and given name,
 * or the same phone (the caller checks the names); pairs marked distinct are left out.
 */
export async function duplicatePairCandidates(
  db: Queryable,
  path: string,
  limit: number,
): Promise<{ a: number; b: number; sameBirth: boolean; nameA: string; nameB: string }[]> {
  const rows = await db.query<{ a: number; b: number; sameBirth: boolean; nameA: string; nameB: string }>({
    text: `with scoped as (
             select p.id, p.full_name, p.search_name, p.birth_date, p.phone, p.national_id,
               regexp_replace(p.search_name, '^.* ', '') as given
             from ${personFrom}
             where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and p.merged_into is null)
           select x.id as a, y.id as b, coalesce(x.birth_date = y.birth_date, false) as "sameBirth",
             x.full_name as "nameA", y.full_name as "nameB"
           from scoped x join scoped y
             on x.id < y.id and ((x.birth_date = y.birth_date and x.given = y.given) or x.phone = y.phone)
           where (x.national_id is null or y.national_id is null)
             and not exists (select 1 from person_distinct d where d.person_a = x.id and d.person_b = y.id)
           order by x.id, y.id
           limit $2`,
    values: [path, limit],
  });
  return rows.map((r) => ({ ...r, a: Number(r.a), b: Number(r.b) }));
}
