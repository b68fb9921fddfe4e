import { graphDegrees, type ChainEdgeIn } from '../../../domain/chain.ts';
import type { Queryable } from '../../db/client.ts';

/** Degrees beyond this are not traced (F3 is the furthest the guidance asks for). */
export const MAX_DEGREE = 3;

/**
 * The degree of each person in the contact graph: 0 for a confirmed case (F0), 1 for a
 * contact of a case (F1), 2 for a contact of an F1, and so on; null when no case is within
 * MAX_DEGREE. Derived, never stored, so it changes the moment a contact tests positive.
 *
 * Reads the sources of the people, their sources and so on up to MAX_DEGREE hops (one
 * indexed query a hop, for any number of people), then measures from the cases among them.
 */
export async function degreesOf(db: Queryable, personIds: number[]): Promise<Map<number, number | null>> {
  if (!personIds.length) return new Map();
  const seen = new Set<number>(personIds);
  const edges: ChainEdgeIn[] = [];
  let frontier = [...seen];
  for (let hop = 0; hop < MAX_DEGREE && frontier.length; hop++) {
    const rows = await db.query<{ from: number; to: number }>({
      text: `select source_person_id as "from", person_id as "to" from contact where person_id = any($1::bigint[])`,
      values: [frontier],
    });
    frontier = [];
    for (const r of rows) {
      const from = Number(r.from);
      edges.push({ from, to: Number(r.to), date: '', reached: true });
      if (!seen.has(from)) {
        seen.add(from);
        frontier.push(from);
      }
    }
  }
  const ids = [...seen];
  const cases = await db.query<{ id: number }>({
    text: `select distinct person_id as id from covid_case where person_id = any($1::bigint[])`,
    values: [ids],
  });
  const isCase = new Set(cases.map((c) => Number(c.id)));
  const all = graphDegrees(ids.map((id) => ({ id, isCase: isCase.has(id) })), edges, MAX_DEGREE);
  return new Map(personIds.map((id) => [id, all.get(id) ?? null]));
}
