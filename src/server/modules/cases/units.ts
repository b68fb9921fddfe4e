import type { Queryable } from '../../db/client.ts';
import type { UnitRow } from '../orgunits/repository.ts';

/** The province (level 1) a unit belongs to, or null for the nation. */
export async function provinceOf(db: Queryable, unit: Pick<UnitRow, 'path'>): Promise<number | null> {
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  const rows = await db.query<{ id: number }>({ text: 'select id from org_unit where id = any($1) and level = 1', values: [ids] });
  return rows[0]?.id ?? null;
}
