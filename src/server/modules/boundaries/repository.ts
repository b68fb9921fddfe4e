import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';

/** Stores each unit's boundary, replacing the one it had (a retried import changes nothing more). */
export async function upsertBoundaries(
  db: Queryable,
  rows: { unitId: number; geometry: unknown }[],
  meta: { source: string; userId: number; at: Date },
): Promise<void> {
  await db.execute(sql`
    insert into unit_boundary (unit_id, geometry, source, loaded_by, loaded_at)
    select (e->>'unitId')::int, e->'geometry', ${meta.source}, ${meta.userId}, ${meta.at}
    from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) e
    on conflict (unit_id) do update set geometry = excluded.geometry, source = excluded.source,
      loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at`);
}

export async function countLoaded(db: Queryable, unitIds: number[]): Promise<number> {
  const rows = await db.query<{ n: number }>(sql`select count(*)::int as n from unit_boundary where unit_id = any(${unitIds}::int[])`);
  return rows[0]?.n ?? 0;
}

export interface LevelStatus {
  level: number;
  units: number;
  loaded: number;
  lastLoadedAt: Date | null;
}

/** Units valid on `date` in the subtree, by level, and how many have a boundary. */
export async function statusByLevel(db: Queryable, path: string, date: string): Promise<LevelStatus[]> {
  return db.query<LevelStatus>(sql`
    select u.level::int as level, count(*)::int as units, count(b.unit_id)::int as loaded, max(b.loaded_at) as "lastLoadedAt"
    from org_unit u left join unit_boundary b on b.unit_id = u.id
    where u.path ~>=~ ${path} and u.path ~<~ subtree_end(${path})
      and u.valid_from <= ${date}::date and (u.valid_to is null or u.valid_to > ${date}::date)
    group by u.level order by u.level`);
}

/** Deletes the boundaries of the subtree's units at `level`; the units' ids and codes, for the audit. */
export async function deleteLevel(db: Queryable, path: string, level: number): Promise<{ unitId: number; code: string }[]> {
  return db.query(sql`
    delete from unit_boundary b using org_unit u
    where u.id = b.unit_id and u.path ~>=~ ${path} and u.path ~<~ subtree_end(${path}) and u.level = ${level}
    returning u.id as "unitId", u.code`);
}
