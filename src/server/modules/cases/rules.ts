/** Case rule versions (national) and each province's classification setting, both dated. */
import type { QuarantinedMeans } from '../../../domain/case-detection.ts';
import { sql } from '../../db/sql.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { toRef } from '../orgunits/repository.ts';
import { caseMsg } from './messages.ts';
import { quarantinedMeansOn } from './repository.ts';
import { ruleVersions } from './rule-versions.ts';
import type { ClassificationBody, NewCaseRule } from './schema.ts';
import { fieldError } from './service.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { vietnamToday } from '../../../domain/dates.ts';

export async function listRules(db: Queryable) {
  return (await ruleVersions(db)).map(({ createdAt: _c, ...v }) => v);
}

/** A new version from a date after the latest one's; an old version is never edited. */
export async function addRule(db: Db, actor: Actor, input: NewCaseRule, lang: Lang) {
  const { pcrPositive, antigenWithSymptoms, antigenAlone } = input.rule;
  if (!pcrPositive && !antigenWithSymptoms && !antigenAlone) throw fieldError('rule', 'ruleEmpty', lang);
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table case_rule in exclusive mode`);
    const latest = (await ruleVersions(tx)).at(-1);
    if (latest && input.validFrom <= latest.validFrom) throw fieldError('validFrom', 'ruleFromPast', lang);
    const version = (latest?.version ?? 0) + 1;
    const rule = { pcrPositive, antigenWithSymptoms, antigenAlone };
    await tx.execute(sql`
      insert into case_rule (version, valid_from, rule, note, created_by)
      values (${version}, ${input.validFrom}::date, ${JSON.stringify(rule)}::jsonb, ${input.note ?? null}, ${actor.id})`);
    await writeAudit(tx, { userId: actor.id, unitId: actor.unit.id, action: 'create', entity: 'case_rule', entityId: String(version), before: null, after: { ...input, rule } });
    return { version, validFrom: input.validFrom, rule, note: input.note ?? null };
  });
}

async function requireProvince(db: Queryable, actor: Actor, id: number, lang: Lang) {
  const unit = await requireUnitInScope(db, actor, id, lang);
  if (unit.level !== 1) throw new AppError('not_found', caseMsg('notProvince', lang));
  return unit;
}

export async function classification(db: Queryable, actor: Actor, provinceId: number, lang: Lang, now: Date) {
  const province = await requireProvince(db, actor, provinceId, lang);
  const history = await db.query<{ validFrom: string; quarantinedMeans: QuarantinedMeans }>(sql`
    select to_char(valid_from, 'YYYY-MM-DD') as "validFrom", quarantined_means as "quarantinedMeans"
    from case_classification_setting where province_id = ${province.id} order by valid_from`);
  const today = vietnamToday(now);
  const current = await quarantinedMeansOn(db, province.id, today);
  return { province: toRef(province), current, isDefault: !history.some((h) => h.validFrom <= today), history };
}

/**
 * A setting from a date (the province's administrator or officer, or a national admin).
 * It changes how cases confirmed from that date are classified, not earlier ones.
 */
export async function setClassification(db: Db, actor: Actor, provinceId: number, body: ClassificationBody, lang: Lang, now: Date) {
  const allowed = (actor.role === 'admin' && actor.unit.level <= 1) || (actor.role === 'officer' && actor.unit.level === 1);
  if (!allowed) throw new AppError('forbidden', msg('forbidden', lang));
  await db.transaction(async (tx) => {
    const province = await requireProvince(tx, actor, provinceId, lang);
    const exists = await tx.query(sql`select 1 from case_classification_setting where province_id = ${province.id} and valid_from = ${body.validFrom}::date`);
    if (exists.length) throw fieldError('validFrom', 'settingExists', lang);
    const before = await quarantinedMeansOn(tx, province.id, body.validFrom);
    await tx.execute(sql`
      insert into case_classification_setting (province_id, valid_from, quarantined_means, created_by)
      values (${province.id}, ${body.validFrom}::date, ${body.quarantinedMeans}, ${actor.id})`);
    await writeAudit(tx, {
      userId: actor.id, unitId: province.id, action: 'update', entity: 'case_classification_setting', entityId: `${province.id}:${body.validFrom}`,
      before: { quarantinedMeans: before }, after: body,
    });
  });
  return classification(db, actor, provinceId, lang, now);
}

