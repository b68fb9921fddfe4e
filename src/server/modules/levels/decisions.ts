/**
 * Levels set by decision: made by an officer or administrator of a unit above the unit (or of
 * a province for the province itself), audited; the computed level stays beside them.
 */
import { isIsoDate } from '../../../domain/dates.ts';
import type { Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import type { UnitRow } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { lmsg } from './messages.ts';
import { toDecision } from './overview.ts';
import * as repo from './repository.ts';
import type { Decision, NewDecision } from './schema.ts';

export const isMonday = (day: string) => isIsoDate(day) && new Date(`${day}T00:00:00Z`).getUTCDay() === 1;

/** An officer or administrator of a unit above, or of the province deciding for itself. */
export function mayDecide(actor: Actor, unit: Pick<UnitRow, 'id' | 'path' | 'level'>): boolean {
  if (actor.role !== 'admin' && actor.role !== 'officer') return false;
  if (!inScope(actor, unit)) return false;
  return unit.id !== actor.unit.id || unit.level === 1;
}

function assertMayDecide(actor: Actor, unit: Pick<UnitRow, 'id' | 'path' | 'level'>, lang: Lang): void {
  if (!inScope(actor, unit)) throw new AppError('not_found', msg('notFound', lang));
  if (!mayDecide(actor, unit)) throw new AppError('forbidden', lmsg('notAbove', lang));
}

export async function listDecisions(db: Queryable, actor: Actor, unitId: number, lang: Lang): Promise<Decision[]> {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  return (await repo.decisionsOfUnit(db, unit.id)).map(toDecision);
}

function checkDecision(input: NewDecision, lang: Lang): void {
  const fields: FieldError[] = [];
  if (!isMonday(input.weekFrom)) fields.push({ field: 'weekFrom', message: lmsg('notMonday', lang) });
  if (input.weekTo !== undefined && !isMonday(input.weekTo)) fields.push({ field: 'weekTo', message: lmsg('notMonday', lang) });
  else if (input.weekTo !== undefined && input.weekTo < input.weekFrom) fields.push({ field: 'weekTo', message: lmsg('weekOrder', lang) });
  if (!isIsoDate(input.decisionDate)) fields.push({ field: 'decisionDate', message: msg('badInput', lang) });
  if (!input.decisionNo.trim()) fields.push({ field: 'decisionNo', message: msg('badInput', lang) });
  if (!input.reason.trim()) fields.push({ field: 'reason', message: msg('badInput', lang) });
  if (fields.length) throw new AppError('validation', fields[0]!.message, fields);
}

export async function createDecision(tx: Queryable, actor: Actor, unitId: number, input: NewDecision, now: Date, lang: Lang): Promise<Decision> {
  if (input.clientId) {
    const existing = await repo.decisionByClientId(tx, input.clientId);
    if (existing) {
      if (!inScope(actor, { path: existing.unitPath }) || existing.unitId !== unitId) throw new AppError('not_found', msg('notFound', lang));
      return toDecision(existing);
    }
  }
  const unit = await requireUnitInScope(tx, actor, unitId, lang);
  assertMayDecide(actor, unit, lang);
  checkDecision(input, lang);
  const row: repo.NewDecisionRow = {
    clientId: input.clientId ?? null,
    unitId: unit.id,
    weekFrom: input.weekFrom,
    weekTo: input.weekTo ?? input.weekFrom,
    level: input.level,
    decisionNo: input.decisionNo.trim(),
    decisionDate: input.decisionDate,
    reason: input.reason.trim(),
    decidedByUnitId: actor.unit.id,
    createdBy: actor.id,
    createdAt: now,
  };
  const id = await repo.insertDecision(tx, row);
  if (id === undefined) return createDecision(tx, actor, unitId, input, now, lang); // a concurrent retry won
  const decision = toDecision((await repo.findDecision(tx, id))!);
  await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: 'create', entity: 'level_decision', entityId: String(id), before: null, after: decision });
  return decision;
}

/** By those who may decide for the unit, at or above the unit that made the decision. */
export async function removeDecision(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<void> {
  const d = await repo.findDecision(tx, id);
  if (!d) throw new AppError('not_found', msg('notFound', lang));
  assertMayDecide(actor, { id: d.unitId, path: d.unitPath, level: (await requireUnitInScope(tx, actor, d.unitId, lang)).level }, lang);
  if (!inScope(actor, { path: d.decidedByPath })) throw new AppError('forbidden', lmsg('decidedAbove', lang));
  await repo.deleteDecision(tx, id);
  await writeAudit(tx, { userId: actor.id, unitId: d.unitId, action: 'delete', entity: 'level_decision', entityId: String(id), before: toDecision(d), after: null });
}
