import { AGE_GROUPS, birthYearsOf, type AgeGroup } from '../../../domain/age-groups.ts';
import type { Unfinished } from '../../../domain/vaccine-needs.ts';
import type { Queryable } from '../../db/client.ts';

/**
 * People living in each unit's subtree who started the primary series and have not finished
 * it, by age group (birth years at `date`; an unknown birth year counts in 'all' only), the
 * product of their last dose (kept with their state) and how many doses they have had.
 */
export async function unfinishedSeries(db: Queryable, unitIds: number[], date: string): Promise<Map<number, Partial<Record<AgeGroup, Unfinished[]>>>> {
  const out = new Map<number, Partial<Record<AgeGroup, Unfinished[]>>>(unitIds.map((id) => [id, {}]));
  if (!unitIds.length) return out;
  const values: unknown[] = [unitIds];
  const counts = AGE_GROUPS.map((g, i) => {
    if (g === 'all') return `count(*)::int as g${i}`;
    const { from, to } = birthYearsOf(g, date);
    values.push(Math.max(1, from ?? 1), to);
    return `(count(*) filter (where s.counted_birth_year between $${values.length - 1} and $${values.length}))::int as g${i}`;
  });
  const rows = await db.query<Record<string, number> & { unitId: number; productId: number; dosesGiven: number }>({
    text: `select u.id as "unitId", s.last_product_id as "productId", s.doses::int as "dosesGiven", ${counts.join(', ')}
      from org_unit u
      join org_unit o on o.path ~>=~ u.path and o.path ~<~ subtree_end(u.path)
      join vaccination_state s on s.counted_unit_id = o.id and s.primary_done_on is null and s.last_product_id is not null
      where u.id = any($1)
      group by u.id, s.last_product_id, s.doses`,
    values,
  });
  for (const r of rows) {
    const groups = out.get(r.unitId)!;
    AGE_GROUPS.forEach((g, i) => {
      const people = Number(r[`g${i}`] ?? 0);
      if (people > 0) (groups[g] ??= []).push({ productId: r.productId, dosesGiven: r.dosesGiven, people });
    });
  }
  return out;
}
