/**
 * Running an assessment: the rule sets in force, the week's figures of the subtree, then the
 * levels from the communes up (a district's roll-up needs its communes' levels), stored in
 * bulk and audited once.
 */
import { assessLevel } from '../../../domain/epidemic-level-assess.ts';
import type { Level, LevelInputs } from '../../../domain/epidemic-level.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { findForm } from '../forms/repository.ts';
import { findUnit } from '../orgunits/repository.ts';
import { gatherInputs, weekWindow, type ScopeUnit } from './inputs.ts';
import { lmsg } from './messages.ts';
import { ruleSetsValidOn, upsertAssessments, type AssessmentRow, type RuleSetRow } from './repository.ts';

export const SITUATION_FORM = 'BCTH-NGAY';

export interface AssessResult {
  units: number;
  ms: number;
  /** time of each step (statements of the gathering, the assessing, the writing) */
  steps: { name: string; ms: number }[];
}

/** The province a unit is in (its own id for a province), from its path; null for the nation. */
export const provinceOf = (u: Pick<ScopeUnit, 'path' | 'level'>): number | null =>
  u.level >= 1 ? Number(u.path.split('/').filter(Boolean)[1]) : null;

/** The rule set in force for a unit: its province's adjusted set when one is valid, else the national one. */
export function ruleSetPicker(sets: RuleSetRow[], day: string, lang: Lang): (u: ScopeUnit) => RuleSetRow {
  const national = sets.find((s) => s.provinceId === null);
  const adjusted = new Map<number, RuleSetRow>();
  for (const s of sets) if (s.provinceId !== null && !adjusted.has(s.provinceId)) adjusted.set(s.provinceId, s);
  return (u) => {
    const province = provinceOf(u);
    const set = (province !== null ? adjusted.get(province) : undefined) ?? national;
    if (!set) {
      const message = lmsg('noRuleSet', lang, { day: day.split('-').reverse().join('/') });
      throw new AppError('validation', message, [{ field: 'week', message }]);
    }
    return set;
  };
}

/**
 * Assesses every unit under (and including) the root for the week and stores the results;
 * the root's ancestors are left as they are. A commune root is assessed with its district's
 * figures at hand (its treatment capacity is the district's).
 */
export async function assessWeek(
  db: Db,
  q: { week: string; rootUnitId: number; now: Date; actorId: number | null; lang?: Lang },
): Promise<AssessResult> {
  const started = performance.now();
  const lang = q.lang ?? 'vi';
  const w = weekWindow(q.week);
  const root = await findUnit(db, q.rootUnitId);
  if (!root) throw new AppError('not_found', 'unit not found');
  const pick = ruleSetPicker(await ruleSetsValidOn(db, w.sunday), w.sunday, lang);
  const form = await findForm(db, SITUATION_FORM);
  const gatherRoot = root.level === 3 && root.parentId !== null ? (await findUnit(db, root.parentId))! : root;
  const { units, inputs, steps } = await gatherInputs(db, gatherRoot.path, w, form?.id ?? null);

  const t0 = performance.now();
  const inRoot = units.filter((u) => u.path.startsWith(root.path));
  const rows = assessUnits(inRoot, inputs, pick);
  steps.push({ name: 'assess', ms: Math.round(performance.now() - t0) });

  const t1 = performance.now();
  const counts = [1, 2, 3, 4].map((level) => rows.filter((r) => r.level === level).length);
  await db.transaction(async (tx: Queryable) => {
    await upsertAssessments(tx, q.week, rows, q.now);
    await writeAudit(tx, {
      userId: q.actorId, unitId: root.id, action: 'assess', entity: 'level_assessment', entityId: String(root.id),
      before: null, after: { week: q.week, units: rows.length, unitsAtLevel: { 1: counts[0], 2: counts[1], 3: counts[2], 4: counts[3] } },
    });
  });
  steps.push({ name: 'store', ms: Math.round(performance.now() - t1) });
  return { units: rows.length, ms: Math.round(performance.now() - started), steps };
}

/** Levels bottom-up: each district, province and the nation sees its children's computed levels. */
export function assessUnits(units: ScopeUnit[], inputs: Map<number, LevelInputs>, pick: (u: ScopeUnit) => RuleSetRow): AssessmentRow[] {
  const levelOf = new Map<number, Level>();
  const childrenOf = new Map<number, ScopeUnit[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = childrenOf.get(u.parentId);
    if (list) list.push(u);
    else childrenOf.set(u.parentId, [u]);
  }
  const rows: AssessmentRow[] = [];
  for (const u of [...units].sort((a, b) => b.level - a.level)) {
    const set = pick(u);
    const children = childrenOf.get(u.id) ?? [];
    const own = inputs.get(u.id)!;
    const unitInputs: LevelInputs = u.level < 3 ? { ...own, childLevels: childLevels(children, levelOf, inputs) } : own;
    const reasons = assessLevel(set.definition, unitInputs, u.level < 3);
    levelOf.set(u.id, reasons.level);
    rows.push({ unitId: u.id, ruleSetId: set.id, level: reasons.level, inputs: unitInputs, reasons });
  }
  return rows;
}

function childLevels(children: ScopeUnit[], levelOf: Map<number, Level>, inputs: Map<number, LevelInputs>): NonNullable<LevelInputs['childLevels']> {
  const out = new Map<Level, { level: Level; units: number; population: number }>();
  for (const c of children) {
    const level = levelOf.get(c.id);
    if (level === undefined) continue;
    const e = out.get(level) ?? { level, units: 0, population: 0 };
    e.units++;
    e.population += inputs.get(c.id)?.population ?? 0;
    out.set(level, e);
  }
  return [...out.values()].sort((a, b) => a.level - b.level);
}
