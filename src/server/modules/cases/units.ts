import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnit, type UnitRow } from '../orgunits/repository.ts';

/** The unit when it is in the user's scope; 404 otherwise (it "does not exist" for them). */
export async function requireUnitInScope(db: Queryable, actor: Actor, unitId: number, lang: Lang): Promise<UnitRow> {
  const unit = await findUnit(db, unitId);
  if (!unit || !inScope(actor, unit)) throw new AppError('not_found', msg('notFound', lang));
  return unit;
}

/** The province (level 1) a unit belongs to, or null for the nation. */
export async function provinceOf(db: Queryable, unit: Pick<UnitRow, 'path'>): Promise<number | null> {
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  const rows = await db.query<{ id: number }>({ text: 'select id from org_unit where id = any($1) and level = 1', values: [ids] });
  return rows[0]?.id ?? null;
}
