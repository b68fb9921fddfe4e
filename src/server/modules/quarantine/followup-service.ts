import { dayNumber } from '../../../domain/quarantine-policy.ts';
import { daysBetween } from '../../../domain/dates.ts';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { degreesOf } from '../contacts/degree.ts';
import { toRef } from '../orgunits/repository.ts';
import { personBriefs } from '../people/scope.ts';
import * as repo from './followup-repository.ts';
import { lastChecks } from './repository.ts';
import type { Check, CheckBody, FollowupItem, FollowupList, Outcome } from './schema.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { invalid, requireQuarantine, testDatesOf } from './service.ts';

const asCheck = (c: { day: string; outcome: Outcome; temperature: number | null; note: string | null }) => ({
  day: c.day,
  outcome: c.outcome,
  temperature: c.temperature,
  note: c.note,
});

/** The community team's list for a day: who to check, who is due a test, who ends today. */
export async function followupList(db: Queryable, actor: Actor, unitId: number, date: string, lang: Lang): Promise<FollowupList> {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  const rows = await repo.followupRows(db, unit.path, date);
  const personIds = rows.map((r) => Number(r.personId));
  const [briefs, degrees, checks] = await Promise.all([
    personBriefs(db, actor, personIds),
    degreesOf(db, personIds),
    lastChecks(db, rows.map((r) => r.id), date),
  ]);
  const items: FollowupItem[] = rows.map((r) => {
    const visible = inScope(actor, { path: r.personPath });
    const testDates = testDatesOf(r);
    const testTakenToday = r.lastSampled === date;
    const last = checks.get(r.id);
    return {
      quarantineId: r.id,
      person: briefs.get(Number(r.personId))!,
      phone: visible ? r.phone : null,
      address: visible ? r.address : null,
      unit: { id: r.unitId, name: r.unitName },
      degree: degrees.get(Number(r.personId)) ?? null,
      place: r.place,
      facilityName: r.facilityName,
      startDate: r.startDate,
      endDate: r.endDate,
      day: dayNumber(r.startDate, date),
      days: daysBetween(r.startDate, r.endDate) + 1,
      testDates,
      testDueToday: testDates.includes(date) && !testTakenToday,
      overdueTests: testDates.filter((d) => d < date && (r.lastSampled === null || r.lastSampled < d)),
      testTakenToday,
      endsToday: r.endDate === date,
      checkedToday: last?.day === date,
      todayCheck: last?.day === date ? asCheck(last) : null,
      lastCheck: last ? asCheck(last) : null,
    };
  });
  const checked = items.filter((i) => i.checkedToday).length;
  return {
    date,
    unit: toRef(unit),
    totals: {
      people: items.length,
      toCheck: items.length - checked,
      checked,
      testsDue: items.filter((i) => i.testDueToday || i.overdueTests.length > 0).length,
      endingToday: items.filter((i) => i.endsToday).length,
    },
    items,
  };
}

/**
 * Records the day's check of a person in quarantine. One per day: posting the same day again
 * replaces it; a retried request (same clientId) returns the check it made.
 */
export async function recordCheck(
  tx: Queryable,
  actor: Actor,
  quarantineId: number,
  body: CheckBody,
  lang: Lang,
  now: Date,
  today: string,
): Promise<{ check: Check; created: boolean }> {
  const q = await requireQuarantine(tx, actor, quarantineId, lang);
  if (body.clientId) {
    const retried = await repo.findCheckByClientId(tx, body.clientId);
    if (retried?.quarantineId === q.id) return { check: repo.presentCheck(retried), created: false };
    if (retried) throw new AppError('conflict', msg('badInput', lang), [{ field: 'clientId', message: msg('badInput', lang) }]);
  }
  const day = body.day ?? today;
  const last = q.releasedOn && q.releasedOn < q.endDate ? q.releasedOn : q.endDate;
  if (day > today) throw invalid('day', 'checkInFuture', lang);
  if (day < q.startDate || day > last) throw invalid('day', 'checkOutsideQuarantine', lang, { from: q.startDate, to: last });

  const before = await repo.findCheck(tx, q.id, day);
  const row = await repo.upsertCheck(tx, {
    quarantineId: q.id,
    day,
    checkedAt: now,
    outcome: body.outcome,
    temperature: body.temperature ?? null,
    note: body.note?.trim() || null,
    clientId: body.clientId ?? null,
    userId: actor.id,
  });
  const check = repo.presentCheck(row);
  await writeAudit(tx, {
    userId: actor.id,
    unitId: q.unitId,
    action: 'check',
    entity: 'followup_check',
    entityId: String(check.id),
    before: before ? repo.presentCheck(before) : null,
    after: check,
  });
  return { check, created: !before };
}
