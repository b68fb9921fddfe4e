import type { RuleSetDefinition } from '../../../domain/epidemic-level.ts';
import {
  changedPaths, confirmInCopy, toConfirmErrors, validateRuleSet, validityErrors,
} from '../../../domain/epidemic-level-validate.ts';
import { formatViDate } from '../../../domain/exchange.ts';
import type { Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { rmsg } from './messages.ts';
import * as repo from './repository.ts';
import type { NewRuleSet, RuleSet, RuleSetChange, RuleSetSummary } from './schema.ts';

const NATION = 0;
const PROVINCE = 1;
const ENTITY = 'level_rule_set';

const notFound = (lang: Lang) => new AppError('not_found', msg('notFound', lang));
const forbidden = (lang: Lang) => new AppError('forbidden', msg('forbidden', lang));
const invalid = (errors: FieldError[]) => new AppError('validation', errors[0]!.message, errors);

const isNationalAdmin = (a: Actor) => a.role === 'admin' && a.unit.level === NATION;
const isProvinceEditor = (a: Actor) => (a.role === 'admin' || a.role === 'officer') && a.unit.level === PROVINCE;

/** The province a unit path lies in (its second id); null for the nation. */
const provinceOfPath = (path: string): number | null => {
  const id = path.split('/').filter(Boolean)[1];
  return id === undefined ? null : Number(id);
};

/** National sets for everyone; a province's adjusted sets for the people of that province, and the nation's. */
const canSee = (a: Actor, s: repo.RuleSetRow) => s.unitId === null || a.unit.level === NATION || provinceOfPath(a.unitPath) === s.unitId;
/** National sets by national administrators; a province's sets by its own officers and administrators. */
const canEdit = (a: Actor, s: repo.RuleSetRow) => (s.unitId === null ? isNationalAdmin(a) : isProvinceEditor(a) && a.unit.id === s.unitId);

const summary = (s: repo.RuleSetRow): RuleSetSummary => ({
  id: s.id,
  code: s.code,
  name: s.name,
  source: s.source,
  province: s.province,
  basedOn: s.basedOnId === null ? null : { id: s.basedOnId, code: s.basedOnCode ?? '' },
  validFrom: s.validFrom,
  validTo: s.validTo,
  toConfirmCount: s.toConfirm.length,
});

const present = (s: repo.RuleSetRow, a: Actor, assessments: number): RuleSet => ({
  ...summary(s),
  definition: s.definition,
  measures: s.measures,
  toConfirm: s.toConfirm,
  note: s.note,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt?.toISOString() ?? null,
  assessments,
  canEdit: canEdit(a, s),
  canConfirm: s.unitId === null && isNationalAdmin(a),
});

async function presentById(db: Queryable, a: Actor, id: number): Promise<RuleSet> {
  const [row, n] = await Promise.all([repo.findRuleSet(db, id), repo.assessmentCount(db, id)]);
  return present(row!, a, n);
}

async function visibleSet(db: Queryable, a: Actor, id: number, lang: Lang): Promise<repo.RuleSetRow> {
  const s = await repo.findRuleSet(db, id);
  if (!s || !canSee(a, s)) throw notFound(lang);
  return s;
}

export async function listRuleSets(db: Queryable, a: Actor): Promise<RuleSetSummary[]> {
  const rows = await repo.listRuleSets(db, { provinceId: provinceOfPath(a.unitPath), allProvinces: a.unit.level === NATION });
  return rows.map(summary);
}

export async function getRuleSet(db: Queryable, a: Actor, id: number, lang: Lang): Promise<RuleSet> {
  const s = await visibleSet(db, a, id, lang);
  return present(s, a, await repo.assessmentCount(db, id));
}

/** The set that applies to a unit on a date: its province's adjusted set if one is valid, else the Ministry's. */
export async function ruleSetInForce(db: Queryable, a: Actor, q: { unitId?: number | undefined; date?: string | undefined }, today: string, lang: Lang): Promise<RuleSet> {
  const unit = await requireUnitInScope(db, a, q.unitId ?? a.unit.id, lang);
  const date = q.date ?? today;
  const s = await repo.ruleSetInForce(db, provinceOfPath(unit.path), date);
  if (!s) throw new AppError('not_found', rmsg('noneInForce', lang, { date: formatViDate(date) }));
  return present(s, a, await repo.assessmentCount(db, s.id));
}

/**
 * The "to be confirmed" marks after a write. A national administrator sets them as sent
 * (removing one confirms the value). Anyone else keeps them, except on values they changed:
 * a province's own value is its decision, not an unchecked copy of the official text.
 */
function nextMarks(a: Actor, before: { definition: RuleSetDefinition; toConfirm: string[] }, after: RuleSetDefinition, sent: string[] | undefined, lang: Lang): string[] {
  if (isNationalAdmin(a)) return [...new Set(sent ?? before.toConfirm)];
  const changed = changedPaths(before.toConfirm, before.definition, after);
  const kept = before.toConfirm.filter((p) => !changed.includes(p));
  if (!sent) return kept;
  const dropped = kept.find((p) => !sent.includes(p));
  if (dropped) throw new AppError('forbidden', rmsg('confirmNational', lang, { path: dropped }));
  return [...new Set(sent)];
}

/** Checks a set against the rules and the validity of its owner's other sets; refuses it with every field error. */
async function check(tx: Queryable, f: repo.RuleSetFields, owner: number | null, id: number | undefined, lang: Lang): Promise<void> {
  await repo.lockRuleSets(tx);
  const errors = [
    ...validityErrors({ id, code: f.code, validFrom: f.validFrom, validTo: f.validTo }, await repo.validitiesOf(tx, owner), lang),
    ...validateRuleSet(f.definition, f.measures, lang),
    ...toConfirmErrors(f.toConfirm, f.definition, lang),
  ];
  if (errors.length) throw invalid(errors);
}

const fieldsOf = (s: repo.RuleSetRow): repo.RuleSetFields => ({
  code: s.code, name: s.name, source: s.source, validFrom: s.validFrom, validTo: s.validTo,
  definition: s.definition, measures: s.measures, toConfirm: s.toConfirm, note: s.note,
});

export async function createRuleSet(tx: Queryable, a: Actor, body: NewRuleSet, lang: Lang, now: Date): Promise<RuleSet> {
  const national = isNationalAdmin(a);
  if (!national && !isProvinceEditor(a)) throw forbidden(lang);
  if (body.clientId !== undefined) {
    // under the lock that check() takes too, so two retries at once make one set
    await repo.lockRuleSets(tx);
    const made = await repo.ruleSetIdByClientId(tx, body.clientId);
    if (made !== undefined) return presentById(tx, a, made);
  }
  let base: repo.RuleSetRow | undefined;
  if (body.basedOnId !== undefined) {
    base = await visibleSet(tx, a, body.basedOnId, lang);
    if (!national && base.unitId !== null) throw invalid([{ field: 'basedOnId', message: rmsg('baseNotNational', lang) }]);
  } else if (!national) {
    throw invalid([{ field: 'basedOnId', message: rmsg('baseRequired', lang) }]);
  }
  const owner = national ? null : a.unit.id;
  // a province's copy is named after the province unless it names itself
  const suffix = (s: string, tail: string) => (national ? s : `${s} ${tail}`);
  const pick = <K extends keyof repo.RuleSetFields>(key: K, fromBase: (b: repo.RuleSetRow) => repo.RuleSetFields[K]) =>
    (body[key] as repo.RuleSetFields[K] | undefined) ?? (base ? fromBase(base) : undefined);
  // levels arrive as integers: validateRuleSet checks them (1–4) before anything is stored
  const sentDefinition = body.definition as RuleSetDefinition | undefined;
  const draft = {
    code: pick('code', (b) => suffix(b.code, `(${a.unit.name})`)),
    name: pick('name', (b) => suffix(b.name, `— điều chỉnh của ${a.unit.fullName}`)),
    source: pick('source', (b) => b.source),
    validFrom: pick('validFrom', (b) => b.validFrom),
    // the base's end only with the base's start: a set starting on a day of its own is open-ended unless told
    validTo: body.validTo !== undefined ? body.validTo : body.validFrom === undefined ? (base?.validTo ?? null) : null,
    definition: sentDefinition ?? base?.definition,
    measures: pick('measures', (b) => b.measures),
    note: body.note !== undefined ? body.note : (base?.note ?? null),
  };
  const missing = (['code', 'name', 'source', 'validFrom', 'definition', 'measures'] as const).filter((k) => draft[k] === undefined);
  if (missing.length) throw invalid(missing.map((field) => ({ field, message: rmsg('required', lang, { field }) })));
  const definition = draft.definition!;
  const before = base ? { definition: base.definition, toConfirm: base.toConfirm } : { definition, toConfirm: [] };
  const fields: repo.RuleSetFields = {
    ...(draft as Omit<repo.RuleSetFields, 'toConfirm'>),
    definition,
    toConfirm: nextMarks(a, before, definition, body.toConfirm, lang),
  };
  await check(tx, fields, owner, undefined, lang);
  const id = await repo.insertRuleSet(tx, { ...fields, unitId: owner, basedOnId: base?.id ?? null, clientId: body.clientId ?? null }, a.id, now);
  await writeAudit(tx, {
    userId: a.id, unitId: a.unit.id, action: 'create', entity: ENTITY, entityId: String(id), before: null,
    after: { ...fields, unitId: owner, basedOnId: base?.id ?? null },
  });
  return presentById(tx, a, id);
}

/**
 * Changes a set. Weeks already assessed under it keep their result (and the figures it came
 * from) until they are assessed again. Values a national administrator confirms are confirmed
 * in the provinces' copies too where the copy still holds the same value.
 */
export async function changeRuleSet(tx: Queryable, a: Actor, id: number, change: RuleSetChange, lang: Lang, now: Date): Promise<RuleSet> {
  const s = await visibleSet(tx, a, id, lang);
  if (!canEdit(a, s)) throw forbidden(lang);
  const old = fieldsOf(s);
  const { toConfirm: sent, definition, ...rest } = change;
  // levels arrive as integers: validateRuleSet checks them (1–4) before anything is stored
  const merged = { ...old, ...rest, definition: (definition as RuleSetDefinition | undefined) ?? old.definition };
  const next: repo.RuleSetFields = { ...merged, toConfirm: nextMarks(a, old, merged.definition, sent, lang) };
  await check(tx, next, s.unitId, id, lang);
  await repo.updateRuleSet(tx, id, next, a.id, now);
  await writeAudit(tx, { userId: a.id, unitId: a.unit.id, action: 'update', entity: ENTITY, entityId: String(id), before: old, after: next });
  const confirmed = old.toConfirm.filter((p) => !next.toConfirm.includes(p));
  if (s.unitId === null && confirmed.length) {
    for (const copy of await repo.copiesOf(tx, id)) {
      const marks = confirmInCopy(copy, next.definition, confirmed);
      if (marks.length === copy.toConfirm.length) continue;
      await repo.updateMarks(tx, copy.id, marks, a.id, now);
      await writeAudit(tx, {
        userId: a.id, unitId: copy.unitId, action: 'update', entity: ENTITY, entityId: String(copy.id),
        before: { toConfirm: copy.toConfirm }, after: { toConfirm: marks },
      });
    }
  }
  return presentById(tx, a, id);
}
