import type { Queryable } from '../../db/client.ts';

/** Degrees beyond this are not traced (F3 is the furthest the guidance asks for). */
export const MAX_DEGREE = 3;

/**
 * The degree of each person in the contact graph: 0 for a confirmed case (F0), 1 for a
 * contact of a case (F1), 2 for a contact of an F1, and so on; null when no case is within
 * MAX_DEGREE. Derived, never stored, so it changes the moment a contact tests positive.
 */
export async function degreesOf(db: Queryable, personIds: number[]): Promise<Map<number, number | null>> {
  const out = new Map<number, number | null>(personIds.map((id) => [id, null]));
  if (!personIds.length) return out;
  const rows = await db.query<{ origin: number; degree: number }>({
    text: `with recursive up(origin, person_id, depth) as (
             select id, id, 0 from unnest($1::bigint[]) as id
             union
             select u.origin, c.source_person_id, u.depth + 1
             from up u join contact c on c.person_id = u.person_id
             where u.depth < $2)
           select u.origin, min(u.depth)::int as degree
           from up u where exists (select 1 from covid_case k where k.person_id = u.person_id)
           group by u.origin`,
    values: [personIds, MAX_DEGREE],
  });
  for (const r of rows) out.set(Number(r.origin), r.degree);
  return out;
}
