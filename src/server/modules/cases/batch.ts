/**
 * Many cases at once (the line listing): each row names an existing person, a person already
 * registered with the same national ID, or a new one; every row is checked and either all
 * rows are applied or none, with each bad row's errors (rows numbered from 1).
 */
import { confirms } from '../../../domain/case-rule.ts';
import { vietnamToday } from '../../../domain/dates.ts';
import type { Db } from '../../db/client.ts';
import type { Lang } from '../../http/lang.ts';
import type { Actor } from '../auth/policy.ts';
import { checkPersonChoice, resolvePerson, RowCollector } from '../contacts/rows.ts';
import { insertTests } from '../labtests/repository.ts';
import { writeAudit } from '../audit/repository.ts';
import { caseIdByClientId, findCase } from './repository.ts';
import { ruleOn } from './rule-versions.ts';
import type { BatchBody } from './schema.ts';
import { confirmCase, fieldError } from './service.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';

export async function addCasesBatch(db: Db, actor: Actor, body: BatchBody, lang: Lang, now: Date) {
  return db.transaction(async (tx) => {
    const unit = await requireUnitInScope(tx, actor, body.unitId, lang);
    const rows = new RowCollector(tx);
    const out: { row: number; caseId: number; personId: number; created: boolean }[] = [];
    const seen = new Set<number>();
    for (const [i, r] of body.rows.entries()) {
      const rowNo = i + 1;
      // a retried row: the case it made the first time
      const earlier = r.clientId ? await caseIdByClientId(tx, r.clientId) : undefined;
      if (earlier) {
        out.push({ row: rowNo, caseId: earlier, personId: (await findCase(tx, earlier))!.personId, created: false });
        continue;
      }
      const choice = checkPersonChoice(r, lang);
      if (choice.length) {
        rows.add(rowNo, choice);
        continue;
      }
      const done = await rows.run(rowNo, 'personId', async () => {
        const confirmedAt = new Date(r.confirmedAt);
        if (confirmedAt > now) throw fieldError('confirmedAt', 'futureDate', lang);
        const rule = await ruleOn(tx, vietnamToday(confirmedAt));
        if (!rule || !confirms(rule.rule, { kind: r.testKind, result: 'positive', symptoms: r.symptoms ?? false })) {
          throw fieldError(r.testKind === 'antigen' ? 'symptoms' : 'testKind', 'notByRule', lang);
        }
        const person = await resolvePerson(tx, actor, r, lang, now);
        if (seen.has(person.id)) throw fieldError('personId', 'duplicateRow', lang);
        seen.add(person.id);
        // the positive test the row reports, so that the case has its confirming test
        const [testId] = await insertTests(tx, [{
          clientId: null, personId: person.id, unitId: unit.id, kind: r.testKind, sampledAt: confirmedAt, place: null, lab: null,
          result: 'positive', resultAt: confirmedAt, symptoms: r.symptoms ?? false, poolId: null, campaignId: null, userId: actor.id,
        }]);
        await writeAudit(tx, {
          userId: actor.id, unitId: unit.id, action: 'create', entity: 'lab_test', entityId: String(testId), before: null,
          after: { personId: person.id, kind: r.testKind, result: 'positive', resultAt: confirmedAt, symptoms: r.symptoms ?? false, batchRow: rowNo },
        });
        const c = await confirmCase(tx, actor, {
          personId: person.id, unitId: unit.id, confirmedAt, confirmingTestId: testId!, origin: r.origin,
          infectedPlace: r.infectedPlace ?? null, clusterId: r.clusterId ?? null, ...(r.clientId ? { clientId: r.clientId } : {}),
        }, lang);
        return { row: rowNo, caseId: c.id, personId: person.id, created: c.created };
      });
      if (done) out.push(done);
    }
    rows.throwIfAny(lang);
    return { cases: out };
  });
}
