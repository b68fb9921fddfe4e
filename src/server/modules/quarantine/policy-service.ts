import { overlapping } from '../../../domain/quarantine-policy.ts';
import type { Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { qmsg } from './messages.ts';
import * as repo from './policy-repository.ts';
import type { NewPolicy, Policy, PolicyChange } from './schema.ts';

/** Field errors of a policy against the others: dates in order, test days inside it, no overlap. */
function policyErrors(p: Omit<Policy, 'id'> & { id?: number }, others: Policy[], lang: Lang): FieldError[] {
  const errors: FieldError[] = [];
  if (p.validTo !== null && p.validTo <= p.validFrom) errors.push({ field: 'validTo', message: qmsg('validToBeforeFrom', lang) });
  if (p.testDays.some((d) => d > Math.max(p.days, 1))) errors.push({ field: 'testDays', message: qmsg('testDayOutside', lang) });
  const clash = overlapping(others, p)[0];
  if (clash) errors.push({ field: 'validFrom', message: qmsg('policyOverlap', lang, { name: clash.name }) });
  return errors;
}

async function checked(tx: Queryable, p: Omit<Policy, 'id'> & { id?: number }, lang: Lang): Promise<void> {
  await repo.lockPolicies(tx);
  const errors = policyErrors(p, await repo.listPolicies(tx), lang);
  if (errors.length) throw new AppError('validation', errors[0]!.message, errors);
}

const normalised = <T extends { testDays: number[] }>(p: T): T => ({ ...p, testDays: [...new Set(p.testDays)].sort((a, b) => a - b) });

export async function createPolicy(tx: Queryable, actor: Actor, input: NewPolicy, lang: Lang): Promise<Policy> {
  const p = normalised({ ...input, validTo: input.validTo ?? null, monitorDays: input.monitorDays ?? 0 });
  await checked(tx, p, lang);
  const id = await repo.insertPolicy(tx, p);
  await writeAudit(tx, { userId: actor.id, unitId: actor.unit.id, action: 'create', entity: 'quarantine_policy', entityId: String(id), before: null, after: p });
  return { id, ...p };
}

export async function changePolicy(tx: Queryable, actor: Actor, id: number, change: PolicyChange, lang: Lang): Promise<Policy> {
  const before = await repo.findPolicy(tx, id);
  if (!before) throw new AppError('not_found', msg('notFound', lang));
  const next = normalised({ ...before, ...change });
  await checked(tx, next, lang);
  await repo.updatePolicy(tx, next);
  await writeAudit(tx, { userId: actor.id, unitId: actor.unit.id, action: 'update', entity: 'quarantine_policy', entityId: String(id), before, after: next });
  return next;
}
