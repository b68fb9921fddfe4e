import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnit, type UnitRow } from './repository.ts';

/** The unit when it is in the user's scope; 404 otherwise (for them it does not exist). */
export async function requireUnitInScope(db: Queryable, actor: Actor, unitId: number, lang: Lang): Promise<UnitRow> {
  const unit = await findUnit(db, unitId);
  if (!unit || !inScope(actor, unit)) throw new AppError('not_found', msg('notFound', lang));
  return unit;
}
