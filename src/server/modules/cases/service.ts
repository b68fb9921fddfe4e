import { detectionOf } from '../../../domain/case-detection.ts';
import { vietnamToday } from '../../../domain/dates.ts';
import { transitionProblem } from '../../../domain/case-status.ts';
import type { Db, Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { requirePersonInScope } from '../people/scope.ts';
import { endQuarantineOnCase } from '../quarantine/repository.ts';
import { findCluster } from './clusters-repository.ts';
import { caseMsg, type CaseMessage } from './messages.ts';
import * as repo from './repository.ts';
import { ruleOn } from './rule-versions.ts';
import type { CaseChange, NewCase, StatusBody } from './schema.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { provinceOf } from './units.ts';

export interface ConfirmInput {
  personId: number;
  unitId: number;
  confirmedAt: Date;
  confirmingTestId?: number | null;
  origin?: 'imported' | 'domestic';
  infectedPlace?: string | null;
  clusterId?: number | null;
  symptomOnset?: string | null;
  clientId?: string;
}

export const fieldError = (field: string, key: CaseMessage, lang: Lang) =>
  new AppError('validation', `${field}: ${caseMsg(key, lang)}`, [{ field, message: caseMsg(key, lang) }]);

/** A cluster the user may link a case to: in their scope; a validation error on `clusterId` otherwise. */
export async function requireClusterForCase(db: Queryable, actor: Actor, clusterId: number, lang: Lang): Promise<void> {
  const cluster = await findCluster(db, clusterId);
  if (!cluster || !inScope(actor, { path: cluster.unitPath })) throw fieldError('clusterId', 'clusterNotFound', lang);
}

/**
 * Makes the person a confirmed case (F0) inside the caller's transaction: classified
 * community or quarantine by the province's setting in force on the day, with the case
 * rule version of that day, the first status (home care), the person's active quarantine
 * ended as "became a case", audited. A person with a case that has not ended keeps it: that
 * case is returned (created false), as is the case made earlier with the same clientId.
 */
export async function confirmCase(tx: Queryable, actor: Actor, input: ConfirmInput, lang: Lang): Promise<{ id: number; created: boolean }> {
  if (input.clientId) {
    const earlier = await repo.caseIdByClientId(tx, input.clientId);
    if (earlier) return { id: earlier, created: false };
  }
  const person = await requirePersonInScope(tx, actor, input.personId, lang);
  const unit = await requireUnitInScope(tx, actor, input.unitId, lang);
  const active = await repo.activeCaseOf(tx, person.id);
  if (active) return { id: active, created: false };
  if (input.clusterId) await requireClusterForCase(tx, actor, input.clusterId, lang);

  const day = vietnamToday(input.confirmedAt);
  const [means, facts, rule] = await Promise.all([
    provinceOf(tx, unit).then((province) => repo.quarantinedMeansOn(tx, province, day)),
    repo.detectionFacts(tx, person.id, input.confirmedAt, day),
    ruleOn(tx, day),
  ]);
  const row: repo.NewCaseRow = {
    clientId: input.clientId ?? null,
    personId: person.id,
    unitId: unit.id,
    confirmedAt: input.confirmedAt,
    confirmingTestId: input.confirmingTestId ?? null,
    ruleVersion: rule?.version ?? null,
    origin: input.origin ?? 'domestic',
    detection: detectionOf(means, facts),
    infectedPlace: input.infectedPlace ?? null,
    symptomOnset: input.symptomOnset ?? null,
    clusterId: input.clusterId ?? null,
    userId: actor.id,
  };
  const id = await repo.insertCase(tx, row);
  await repo.insertStatus(tx, { caseId: id, status: 'home_care', at: input.confirmedAt, facilityId: null, note: null, userId: actor.id });
  await endQuarantineOnCase(tx, person.id, day);
  const { userId: _u, ...after } = row;
  await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: 'create', entity: 'covid_case', entityId: String(id), before: null, after: { ...after, quarantinedMeans: means } });
  return { id, created: true };
}

/** The case when its unit is in the user's scope; 404 otherwise. */
export async function requireCaseInScope(db: Queryable, actor: Actor, id: number, lang: Lang, forUpdate = false): Promise<repo.CaseRow> {
  const row = await repo.findCase(db, id, forUpdate);
  if (!row || !inScope(actor, { path: row.unitPath })) throw new AppError('not_found', msg('notFound', lang));
  return row;
}

const invalid = (errors: FieldError[], lang: Lang) =>
  new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; ') || msg('badInput', lang), errors);

/** A case entered by hand (e.g. confirmed elsewhere): the unit defaults to the person's. */
export async function addCase(db: Db, actor: Actor, input: NewCase, lang: Lang, now: Date): Promise<{ id: number; created: boolean }> {
  const confirmedAt = new Date(input.confirmedAt);
  if (confirmedAt > now) throw fieldError('confirmedAt', 'futureDate', lang);
  return db.transaction(async (tx) => {
    const person = await requirePersonInScope(tx, actor, input.personId, lang);
    return confirmCase(tx, actor, {
      personId: person.id,
      unitId: input.unitId ?? person.unitId,
      confirmedAt,
      origin: input.origin ?? 'domestic',
      infectedPlace: input.infectedPlace ?? null,
      clusterId: input.clusterId ?? null,
      symptomOnset: input.symptomOnset ?? null,
      ...(input.clientId ? { clientId: input.clientId } : {}),
    }, lang);
  });
}

/** Origin, place of infection, cluster and symptom onset; fields left out keep their value. */
export async function changeCase(db: Db, actor: Actor, id: number, change: CaseChange, lang: Lang): Promise<void> {
  await db.transaction(async (tx) => {
    const old = await requireCaseInScope(tx, actor, id, lang, true);
    await requirePersonInScope(tx, actor, old.personId, lang);
    if (change.clusterId) await requireClusterForCase(tx, actor, change.clusterId, lang);
    const before = { origin: old.origin, infectedPlace: old.infectedPlace, clusterId: old.clusterId, symptomOnset: old.symptomOnset };
    const after = {
      origin: change.origin ?? old.origin,
      infectedPlace: change.infectedPlace === undefined ? old.infectedPlace : change.infectedPlace,
      clusterId: change.clusterId === undefined ? old.clusterId : change.clusterId,
      symptomOnset: change.symptomOnset === undefined ? old.symptomOnset : change.symptomOnset,
    };
    await repo.updateCaseDetails(tx, id, after);
    await writeAudit(tx, { userId: actor.id, unitId: old.unitId, action: 'update', entity: 'covid_case', entityId: String(id), before, after });
  });
}

/** A new status from a date, checked against the current one and the facility's kind and tier. */
export async function changeStatus(db: Db, actor: Actor, id: number, body: StatusBody, lang: Lang, now: Date): Promise<void> {
  const at = new Date(body.at);
  if (at > now) throw fieldError('at', 'futureDate', lang);
  await db.transaction(async (tx) => {
    const old = await requireCaseInScope(tx, actor, id, lang, true);
    await requirePersonInScope(tx, actor, old.personId, lang);
    const facility = body.facilityId ? await facilityFor(tx, actor, old, body.facilityId) : null;
    if (body.facilityId && !facility) throw fieldError('facilityId', 'facilityNotFound', lang);
    const problem = transitionProblem({ from: { status: old.status, since: old.statusSince, facilityId: old.facilityId }, to: body.status, at, facility });
    if (problem) throw invalid([{ field: problem.field, message: caseMsg(problem.problem, lang) }], lang);
    await repo.insertStatus(tx, { caseId: id, status: body.status, at, facilityId: facility?.id ?? null, note: body.note ?? null, userId: actor.id });
    await writeAudit(tx, {
      userId: actor.id, unitId: old.unitId, action: 'change_status', entity: 'covid_case', entityId: String(id),
      before: { status: old.status, since: old.statusSince, facilityId: old.facilityId },
      after: { status: body.status, since: at, facilityId: facility?.id ?? null, note: body.note ?? null },
    });
  });
}

/**
 * A facility the patient may go to: one in the user's scope, or one of a unit above the
 * case's unit (a commune's patients go to district and province hospitals).
 */
async function facilityFor(db: Queryable, actor: Actor, kase: repo.CaseRow, id: number) {
  const rows = await db.query<{ id: number; kind: 'quarantine' | 'treatment'; tier: number | null; path: string }>({
    text: 'select f.id, f.kind, f.tier, o.path from facility f join org_unit o on o.id = f.unit_id where f.id = $1 and f.active',
    values: [id],
  });
  const f = rows[0];
  return f && (inScope(actor, f) || kase.unitPath.startsWith(f.path)) ? { id: f.id, kind: f.kind, tier: f.tier } : null;
}
