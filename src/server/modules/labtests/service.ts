import { confirms } from '../../../domain/case-rule.ts';
import { vietnamToday } from '../../../domain/dates.ts';
import type { Db, Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { confirmCase } from '../cases/service.ts';
import { ruleOn } from '../cases/rule-versions.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { requirePersonInScope } from '../people/scope.ts';
import { requireCampaignForTest } from './campaigns.ts';
import { testMsg } from './messages.ts';
import * as repo from './repository.ts';
import type { LabTest, NewTest, ResultBody, TestQuery } from './schema.ts';

const invalid = (errors: FieldError[], lang: Lang) => new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; ') || msg('badInput', lang), errors);

/** Sample and result times: not in the future, a result time exactly when there is a result, not before the sample. */
export function timeErrors(t: { sampledAt: Date; result: string; resultAt: Date | null }, now: Date, lang: Lang): FieldError[] {
  const errors: FieldError[] = [];
  if (t.sampledAt > now) errors.push({ field: 'sampledAt', message: testMsg('futureDate', lang) });
  if (t.result === 'pending') {
    if (t.resultAt) errors.push({ field: 'resultAt', message: testMsg('resultPendingNoTime', lang) });
  } else if (!t.resultAt) errors.push({ field: 'resultAt', message: testMsg('resultAtRequired', lang) });
  else if (t.resultAt > now) errors.push({ field: 'resultAt', message: testMsg('futureDate', lang) });
  else if (t.resultAt < t.sampledAt) errors.push({ field: 'resultAt', message: testMsg('resultAtBeforeSample', lang) });
  return errors;
}

/** A positive result confirms a case when the rule version in force on the result day says so. */
async function caseFromResult(tx: Queryable, actor: Actor, test: repo.TestRow, lang: Lang): Promise<{ id: number } | null> {
  if (test.result !== 'positive' || !test.resultAt) return null;
  const rule = await ruleOn(tx, vietnamToday(test.resultAt));
  if (!rule || !confirms(rule.rule, test)) return null;
  const { id } = await confirmCase(tx, actor, { personId: test.personId, unitId: test.unitId, confirmedAt: test.resultAt, confirmingTestId: test.id }, lang);
  return { id };
}

export async function recordTest(db: Db, actor: Actor, input: NewTest, lang: Lang, now: Date): Promise<{ test: LabTest; case: { id: number } | null }> {
  const sampledAt = new Date(input.sampledAt);
  const resultAt = input.resultAt ? new Date(input.resultAt) : null;
  const result = input.result ?? 'pending';
  const errors = timeErrors({ sampledAt, result, resultAt }, now, lang);
  if (errors.length) throw invalid(errors, lang);
  return db.transaction(async (tx) => {
    const earlier = input.clientId ? await repo.testIdByClientId(tx, input.clientId) : undefined;
    if (earlier) return testReply(tx, actor, earlier, lang);
    const person = await requirePersonInScope(tx, actor, input.personId, lang);
    const unit = await requireUnitInScope(tx, actor, input.unitId ?? person.unitId, lang);
    if (input.campaignId) await requireCampaignForTest(tx, actor, input.campaignId, lang);
    const row: repo.NewTestRow = {
      clientId: input.clientId ?? null,
      personId: person.id,
      unitId: unit.id,
      kind: input.kind,
      sampledAt,
      place: input.place ?? null,
      lab: input.lab ?? null,
      result,
      resultAt,
      symptoms: input.symptoms ?? false,
      poolId: null,
      campaignId: input.campaignId ?? null,
      userId: actor.id,
    };
    const [id] = await repo.insertTests(tx, [row]);
    const { userId: _u, ...after } = row;
    await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: 'create', entity: 'lab_test', entityId: String(id), before: null, after });
    const test = (await repo.findTest(tx, id!))!;
    return { test: repo.toLabTest(test), case: await caseFromResult(tx, actor, test, lang) };
  });
}

/** A retried create: the test made the first time and the case it confirmed, if any. */
async function testReply(tx: Queryable, actor: Actor, id: number, lang: Lang) {
  const test = await requireTestInScope(tx, actor, id, lang);
  const cases = await tx.query<{ id: number }>({ text: 'select id from covid_case where confirming_test_id = $1', values: [id] });
  return { test: repo.toLabTest(test), case: cases[0] ?? null };
}

/** The test when its unit and its person are both in the user's scope; 404 otherwise. */
export async function requireTestInScope(db: Queryable, actor: Actor, id: number, lang: Lang, forUpdate = false): Promise<repo.TestRow> {
  const test = await repo.findTest(db, id, forUpdate);
  if (!test || !inScope(actor, { path: test.unitPath })) throw new AppError('not_found', msg('notFound', lang));
  await requirePersonInScope(db, actor, test.personId, lang);
  return test;
}

/** Enters the result of a pending (or invalid) individual test; a positive one may confirm a case. */
export async function enterResult(db: Db, actor: Actor, id: number, input: ResultBody, lang: Lang, now: Date) {
  return db.transaction(async (tx) => {
    const old = await requireTestInScope(tx, actor, id, lang, true);
    if (old.poolId !== null) throw invalid([{ field: 'result', message: testMsg('pooledMember', lang) }], lang);
    if (old.result !== 'pending' && old.result !== 'invalid') throw new AppError('conflict', testMsg('resultRecorded', lang));
    const resultAt = new Date(input.resultAt);
    const errors = timeErrors({ sampledAt: old.sampledAt, result: input.result, resultAt }, now, lang);
    if (errors.length) throw invalid(errors, lang);
    const symptoms = input.symptoms ?? old.symptoms;
    await repo.setResult(tx, id, { result: input.result, resultAt, symptoms });
    await writeAudit(tx, {
      userId: actor.id, unitId: old.unitId, action: 'record_result', entity: 'lab_test', entityId: String(id),
      before: { result: old.result, resultAt: old.resultAt, symptoms: old.symptoms }, after: { result: input.result, resultAt, symptoms },
    });
    const test = (await repo.findTest(tx, id))!;
    return { test: repo.toLabTest(test), case: await caseFromResult(tx, actor, test, lang) };
  });
}

export async function listTests(db: Queryable, actor: Actor, q: TestQuery, lang: Lang) {
  const unit = await requireUnitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  const { total, rows } = await repo.listTests(db, {
    scopePath: actor.unitPath,
    unitPath: unit.path,
    personId: q.personId ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    result: q.result ?? null,
    limit: q.limit ?? 500,
    offset: q.offset ?? 0,
  });
  return { unit, total, items: rows.map(repo.toLabTest) };
}
