/**
 * What the public portal reads beyond the other modules' repositories: the nation and the
 * boundaries. Nothing here touches a person-level table.
 */
import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';

export async function nationUnitId(db: Queryable): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>({ text: `select id from org_unit where level = 0 order by valid_to desc nulls first, id limit 1`, values: [] });
  return rows[0]?.id;
}

/** How many of the units have a boundary. */
export async function boundaryCount(db: Queryable, unitIds: number[]): Promise<number> {
  if (!unitIds.length) return 0;
  const rows = await db.query<{ n: number }>(sql`select count(*)::int as n from unit_boundary where unit_id = any(${unitIds}::int[])`);
  return rows[0]?.n ?? 0;
}

export interface BoundaryRow {
  unitId: number;
  code: string;
  name: string;
  geometry: unknown;
}

export async function boundariesOf(db: Queryable, unitIds: number[]): Promise<BoundaryRow[]> {
  if (!unitIds.length) return [];
  return db.query<BoundaryRow>(sql`
    select u.id as "unitId", u.code, u.name, b.geometry
    from unit_boundary b join org_unit u on u.id = b.unit_id
    where b.unit_id = any(${unitIds}::int[])
    order by u.code`);
}
