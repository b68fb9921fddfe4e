import { dutyReadable } from '../../../domain/duty-access.ts';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnit, type UnitRow } from '../orgunits/repository.ts';

/** Officers and admins of the unit or of a unit above it change its roster and hotlines. */
export const canEditDuty = (actor: Actor, unit: { path: string }): boolean =>
  (actor.role === 'officer' || actor.role === 'admin') && inScope(actor, unit);

/** The unit when the actor may read its roster (domain/duty-access.ts); 404 otherwise. */
export async function requireDutyReadable(db: Queryable, actor: Actor, unitId: number, lang: Lang): Promise<UnitRow> {
  const unit = await findUnit(db, unitId);
  if (!unit || !dutyReadable(actor.unitPath, unit.path)) throw new AppError('not_found', msg('notFound', lang));
  return unit;
}

/** 404 for a roster the actor cannot see, 403 for one seen but not theirs to change (a unit above or beside). */
export async function requireDutyWritable(db: Queryable, actor: Actor, unitId: number, lang: Lang): Promise<UnitRow> {
  const unit = await requireDutyReadable(db, actor, unitId, lang);
  if (!canEditDuty(actor, unit)) throw new AppError('forbidden', msg('forbidden', lang));
  return unit;
}
