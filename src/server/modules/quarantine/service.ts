import { choosePolicy, dayDate, dayNumber, quarantineSchedule } from '../../../domain/quarantine-policy.ts';
import { daysBetween } from '../../../domain/dates.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { requireFacilityUsable } from '../facilities/service.ts';
import { degreesOf } from '../contacts/degree.ts';
import { personBriefs, requirePersonInScope } from '../people/scope.ts';
import { qmsg, type QuarantineMessage } from './messages.ts';
import { listPolicies } from './policy-repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import * as repo from './repository.ts';
import type { NewQuarantine, Quarantine } from './schema.ts';

export interface StartQuarantineInput {
  personId: number;
  unitId: number;
  contactId?: number | null;
  exposureDate: string;
  degree: number;
  fullyVaccinated: boolean;
  place?: 'centralised' | 'home';
  facilityId?: number | null;
  startDate: string;
}

/** A 422 naming the field, in the user's language. */
export const invalid = (field: string, key: QuarantineMessage, lang: Lang, vars?: Record<string, string | number>) => {
  const message = qmsg(key, lang, vars);
  return new AppError('validation', message, [{ field, message }]);
};

const notFound = (lang: Lang) => new AppError('not_found', msg('notFound', lang));

/**
 * Puts a contact in quarantine under the policy in force on the exposure date for the degree
 * and vaccination status. If the person is already in quarantine, that one is returned
 * unchanged (a retried or repeated request makes no second row).
 */
export async function startQuarantine(tx: Queryable, actor: Actor, input: StartQuarantineInput, lang: Lang): Promise<{ id: number }> {
  const person = await requirePersonInScope(tx, actor, input.personId, lang);
  await requireUnitInScope(tx, actor, input.unitId, lang);
  const existing = await repo.findActiveQuarantineOf(tx, person.id);
  if (existing) return existing;

  if (input.contactId) {
    const contact = await repo.exposureOf(tx, { contactId: input.contactId, personId: person.id });
    if (!contact) throw notFound(lang);
    if (contact.personId !== person.id && contact.personId !== input.personId) throw invalid('contactId', 'contactMismatch', lang);
  }
  if (input.startDate < input.exposureDate) throw invalid('startDate', 'startBeforeExposure', lang);
  const policy = choosePolicy(await listPolicies(tx), input);
  if (!policy) throw invalid('exposureDate', 'noPolicy', lang);

  const place = input.place ?? policy.place;
  const facilityId = input.facilityId ?? null;
  if (place === 'home' && facilityId !== null) throw invalid('facilityId', 'facilityNotForHome', lang);
  if (place === 'centralised') {
    if (facilityId === null) throw invalid('facilityId', 'facilityRequired', lang);
    await requireFacilityUsable(tx, actor, facilityId, 'quarantine', lang);
  }

  const schedule = quarantineSchedule(policy, input.startDate);
  const row: repo.NewQuarantineRow = {
    personId: person.id,
    unitId: input.unitId,
    contactId: input.contactId ?? null,
    policyId: policy.id,
    place,
    facilityId,
    fullyVaccinated: input.fullyVaccinated,
    startDate: input.startDate,
    plannedEnd: schedule.plannedEnd,
    testDays: policy.testDays,
    createdBy: actor.id,
  };
  const id = await repo.insertQuarantine(tx, row);
  // another request placed the person meanwhile: theirs stands
  if (id === undefined) return (await repo.findActiveQuarantineOf(tx, person.id))!;
  await writeAudit(tx, {
    userId: actor.id,
    unitId: input.unitId,
    action: 'create',
    entity: 'quarantine',
    entityId: String(id),
    before: null,
    after: { ...row, exposureDate: input.exposureDate, degree: input.degree, policyName: policy.name, testDates: schedule.testDates },
  });
  return { id };
}

/**
 * POST /api/quarantines: fills what the request leaves out (the unit: the person's; the
 * exposure: the contact's, or the person's latest; the degree: from the contact graph; the
 * start: today), then starts the quarantine.
 */
export async function newQuarantine(db: Db, actor: Actor, body: NewQuarantine, lang: Lang, today: string): Promise<{ id: number; created: boolean }> {
  return db.transaction(async (tx) => {
    const person = await requirePersonInScope(tx, actor, body.personId, lang);
    const existing = await repo.findActiveQuarantineOf(tx, person.id);
    if (existing) return { ...existing, created: false };
    const contact = await repo.exposureOf(tx, { contactId: body.contactId ?? null, personId: person.id });
    if (body.contactId && !contact) throw notFound(lang);
    const exposureDate = body.exposureDate ?? contact?.exposureDate;
    if (!exposureDate) throw invalid('exposureDate', 'noExposureDate', lang);
    const degree = body.degree ?? (await degreesOf(tx, [person.id])).get(person.id) ?? null;
    if (degree === null) throw invalid('degree', 'noDegree', lang);
    if (degree === 0) throw invalid('personId', 'isCase', lang);
    const input: StartQuarantineInput = {
      personId: person.id,
      unitId: body.unitId ?? person.unitId,
      contactId: contact?.id ?? null,
      exposureDate,
      degree,
      fullyVaccinated: body.fullyVaccinated,
      facilityId: body.facilityId ?? null,
      startDate: body.startDate ?? today,
      ...(body.place ? { place: body.place } : {}),
    };
    return { ...(await startQuarantine(tx, actor, input, lang)), created: true };
  });
}

/** The quarantine if it exists and its unit is in the actor's scope; 404 otherwise. */
export async function requireQuarantine(db: Queryable, actor: Actor, id: number, lang: Lang, forUpdate = false) {
  const q = await repo.findQuarantine(db, id, forUpdate);
  if (!q || !inScope(actor, { path: q.unitPath })) throw notFound(lang);
  return q;
}

export const testDatesOf = (q: Pick<repo.QuarantineRow, 'startDate' | 'endDate' | 'testDays'>): string[] =>
  [...q.testDays].sort((a, b) => a - b).map((d) => dayDate(q.startDate, d)).filter((d) => d <= q.endDate);

export async function presentQuarantines(db: Queryable, actor: Actor, rows: repo.QuarantineRow[], today: string): Promise<Quarantine[]> {
  const [briefs, checks] = await Promise.all([
    personBriefs(db, actor, rows.map((r) => r.personId)),
    repo.lastChecks(db, rows.map((r) => r.id), today),
  ]);
  return rows.map((r) => {
    const check = checks.get(r.id);
    return {
      id: r.id,
      person: briefs.get(Number(r.personId))!,
      unit: { id: r.unitId, code: r.unitCode, name: r.unitName, fullName: r.unitFullName, level: r.unitLevel },
      contactId: r.contactId,
      policy: r.policyId === null ? null : { id: r.policyId, name: r.policyName ?? '' },
      place: r.place,
      facility: r.facilityId === null ? null : { id: r.facilityId, name: r.facilityName ?? '' },
      fullyVaccinated: r.fullyVaccinated,
      startDate: r.startDate,
      plannedEnd: r.plannedEnd,
      endDate: r.endDate,
      adjustReason: r.adjustReason,
      testDates: testDatesOf(r),
      status: r.status,
      releasedOn: r.releasedOn,
      day: dayNumber(r.startDate, r.releasedOn && r.releasedOn < today ? r.releasedOn : today),
      days: daysBetween(r.startDate, r.endDate) + 1,
      lastCheck: check ? { day: check.day, outcome: check.outcome, temperature: check.temperature, note: check.note } : null,
    };
  });
}

export async function getQuarantine(db: Queryable, actor: Actor, id: number, lang: Lang, today: string): Promise<Quarantine> {
  const q = await requireQuarantine(db, actor, id, lang);
  return (await presentQuarantines(db, actor, [q], today))[0]!;
}

/** Shortens or extends one person's quarantine; an officer's decision, with its reason. */
export async function adjustQuarantine(
  tx: Queryable,
  actor: Actor,
  id: number,
  input: { endDate: string; reason: string },
  lang: Lang,
): Promise<void> {
  const q = await requireQuarantine(tx, actor, id, lang, true);
  const reason = input.reason.trim();
  if (!reason) throw invalid('reason', 'reasonRequired', lang);
  if (q.status !== 'active') throw new AppError('conflict', qmsg('notActive', lang));
  if (input.endDate < q.startDate) throw invalid('endDate', 'endBeforeStart', lang);
  await repo.setEndDate(tx, id, input.endDate, reason);
  await writeAudit(tx, {
    userId: actor.id,
    unitId: q.unitId,
    action: 'adjust',
    entity: 'quarantine',
    entityId: String(id),
    before: { endDate: q.endDate, adjustReason: q.adjustReason },
    after: { endDate: input.endDate, adjustReason: reason },
  });
}

/**
 * Ends a quarantine. Releasing before the end date shortens it, which is an officer's
 * decision (and should go through adjust, with a reason); a clerk releases on or after it.
 */
export async function releaseQuarantine(tx: Queryable, actor: Actor, id: number, date: string, lang: Lang, today: string): Promise<void> {
  const q = await requireQuarantine(tx, actor, id, lang, true);
  if (q.status !== 'active') throw new AppError('conflict', qmsg('notActive', lang));
  if (date < q.startDate) throw invalid('date', 'releaseBeforeStart', lang);
  if (date > today) throw invalid('date', 'releaseInFuture', lang);
  if (date < q.endDate && actor.role !== 'admin' && actor.role !== 'officer') throw new AppError('forbidden', msg('forbidden', lang));
  await repo.release(tx, id, date);
  await writeAudit(tx, {
    userId: actor.id,
    unitId: q.unitId,
    action: 'change_status',
    entity: 'quarantine',
    entityId: String(id),
    before: { status: q.status, releasedOn: q.releasedOn },
    after: { status: 'released', releasedOn: date },
  });
}
