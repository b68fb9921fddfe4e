/**
 * What a levels page shows for a unit and week: its own level with why, its children's levels
 * and the week-on-week comparison. No access check here: the officer route checks the scope,
 * the public portal shows every unit.
 */
import { addDays, lastWholeWeek, mondayOf, vietnamToday } from '../../../domain/dates.ts';
import { percentOf } from '../../../domain/epidemic-level-assess.ts';
import type { Level } from '../../../domain/epidemic-level.ts';
import { compareLevels } from '../../../domain/level-comparison.ts';
import type { Queryable } from '../../db/client.ts';
import type { UnitRef } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { findUnit, toRef } from '../orgunits/repository.ts';
import * as repo from './repository.ts';
import type { Decision, HistoryRow, LevelCell, LevelOverview, RuleSetRef } from './schema.ts';

export const toDecision = ({ unitPath: _p, decidedByPath: _b, clientId: _c, ...d }: repo.DecisionRow): Decision => d;
const toRuleSetRef = (r: repo.RuleSetRow): RuleSetRef => ({ id: r.id, code: r.code, name: r.name, source: r.source, provinceId: r.provinceId });
const round = (n: number | null, digits = 2) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

/** The week shown when none is asked: the latest assessed week not after the last whole week, else that week. */
export async function defaultWeek(db: Queryable, unitId: number, today: string): Promise<string> {
  const last = lastWholeWeek(today);
  return (await repo.latestAssessedWeek(db, unitId, last)) ?? last;
}

/** Cells of units for a week: computed, decided and in effect, beside the week before. */
export async function levelCells(db: Queryable, units: UnitRef[], week: string): Promise<{ cells: LevelCell[]; assessments: Map<number, repo.StoredAssessment> }> {
  const ids = units.map((u) => u.id);
  const previousWeek = addDays(week, -7);
  const [rows, decided, decidedBefore] = await Promise.all([
    repo.assessmentsOf(db, ids, [week, previousWeek]),
    repo.decisionsInEffect(db, ids, week),
    repo.decisionsInEffect(db, ids, previousWeek),
  ]);
  const now = new Map(rows.filter((r) => r.week === week).map((r) => [r.unitId, r]));
  const before = new Map(rows.filter((r) => r.week === previousWeek).map((r) => [r.unitId, r]));
  const cells = units.map((unit): LevelCell => {
    const a = now.get(unit.id);
    const d = decided.get(unit.id);
    const population = a?.inputs.population ?? null;
    return {
      unit,
      computed: a?.level ?? null,
      decision: d ? toDecision(d) : null,
      level: (d?.level ?? a?.level ?? null) as Level | null,
      previous: (decidedBefore.get(unit.id)?.level ?? before.get(unit.id)?.level ?? null) as Level | null,
      population,
      communityCases: a?.inputs.communityCases ?? 0,
      caseRate: round(a?.reasons.caseRate ?? null),
      fullCoverage: round(a ? percentOf(a.inputs.vaccinated.allFull, population) : null),
      // no report is no knowledge: a unit is quiet only where figures came in
      quiet14: a ? a.inputs.newCases14Days === 0 && a.inputs.caseSource !== 'none' : false,
    };
  });
  return { cells, assessments: now };
}

/**
 * The overview of a unit for a week (a Monday; when left out, `defaultWeek` as of `today`).
 * 404 when the unit does not exist.
 */
export async function levelOverview(
  db: Queryable, unitId: number, week?: string, opts: { today?: string; lang?: Lang } = {},
): Promise<LevelOverview> {
  const unitRow = await findUnit(db, unitId);
  if (!unitRow) throw new AppError('not_found', msg('notFound', opts.lang ?? 'vi'));
  const unit = toRef(unitRow);
  const theWeek = week ?? (await defaultWeek(db, unitId, opts.today ?? vietnamToday()));
  const weekEnd = addDays(theWeek, 6);
  const children = (await repo.childrenOn(db, unitId, weekEnd)).map(({ path: _p, ...ref }) => ref);
  const { cells, assessments } = await levelCells(db, [unit, ...children], theWeek);
  const [ownCell, ...childCells] = cells;
  const a = assessments.get(unit.id);
  let own: LevelOverview['own'] = null;
  if (a && ownCell) {
    const set = (await repo.ruleSetsByIds(db, [a.ruleSetId])).get(a.ruleSetId)!;
    const level = String(ownCell.level ?? a.level) as '1' | '2' | '3' | '4';
    own = {
      cell: ownCell,
      ruleSet: toRuleSetRef(set),
      inputs: a.inputs,
      reasons: a.reasons,
      measures: set.measures[level] ?? [],
      assessedAt: a.assessedAt.toISOString(),
    };
  }
  const comparison = compareLevels(childCells);
  return {
    week: theWeek,
    weekEnd,
    own,
    unit,
    children: childCells,
    counts: comparison.counts,
    movedUp: comparison.movedUp,
    movedDown: comparison.movedDown,
    quiet: comparison.quiet.map((c) => c.unit),
  };
}

/** The unit's assessed weeks up to the current one, newest first, with the decision in effect each week. */
export async function levelHistory(db: Queryable, unitId: number, weeks: number, today: string): Promise<HistoryRow[]> {
  const rows = await repo.assessmentHistory(db, unitId, mondayOf(today), weeks);
  if (!rows.length) return [];
  const [decisions, sets] = await Promise.all([
    repo.decisionsBetween(db, unitId, rows[rows.length - 1]!.week, rows[0]!.week),
    repo.ruleSetsByIds(db, [...new Set(rows.map((r) => r.ruleSetId))]),
  ]);
  return rows.map((r): HistoryRow => {
    // decisions come latest first: the first covering the week is in effect
    const d = decisions.find((x) => x.weekFrom <= r.week && x.weekTo >= r.week);
    return {
      week: r.week,
      computed: r.level,
      level: d?.level ?? r.level,
      decision: d ? toDecision(d) : null,
      caseRate: round(r.reasons.caseRate),
      communityCases: r.inputs.communityCases,
      ruleSet: toRuleSetRef(sets.get(r.ruleSetId)!),
    };
  });
}
