/**
 * The levels API (contract shared by the server module and the web pages). Inputs, reasons
 * and measures are typed in src/domain/epidemic-level.ts; here they pass through as objects.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { LevelInputs, LevelReasons, Measure } from '../../../domain/epidemic-level.ts';
import { Id, IsoDate, Nullable, UnitRef } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';

const Obj = <T>(description: string) => Type.Unsafe<T>({ type: 'object', additionalProperties: true, description });
export const LevelValue = Type.Integer({ minimum: 1, maximum: 4, description: '1 green, 2 yellow, 3 orange, 4 red' });

/** A Monday (the week Monday–Sunday); any other day is refused. */
export const Week = Type.String({ ...IsoDate, description: 'the Monday of the week, YYYY-MM-DD' });

export const UnitParams = Type.Object({ unitId: Id });
export const WeekQuery = Type.Object({ week: Type.Optional(Week) });

export const Decision = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  weekFrom: Week,
  weekTo: Week,
  level: LevelValue,
  decisionNo: Type.String(),
  decisionDate: IsoDate,
  reason: Type.String(),
  decidedBy: UnitRef,
  createdAt: Type.String({ format: 'date-time' }),
});
export type Decision = Static<typeof Decision>;

export const NewDecision = Type.Object({
  weekFrom: Week,
  weekTo: Type.Optional(Week),
  level: LevelValue,
  decisionNo: Type.String({ minLength: 1, maxLength: 50 }),
  decisionDate: IsoDate,
  reason: Type.String({ minLength: 1, maxLength: 2000 }),
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
});
export type NewDecision = Static<typeof NewDecision>;

export const RuleSetRef = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  source: Type.String(),
  /** the province whose adjusted rules these are; null for the Ministry's */
  provinceId: Nullable(Type.Integer()),
});
export type RuleSetRef = Static<typeof RuleSetRef>;

/** One unit's level in a week: computed, decided and in effect. */
export const LevelCell = Type.Object({
  unit: UnitRef,
  /** null: not assessed that week */
  computed: Nullable(LevelValue),
  decision: Nullable(Decision),
  /** the decision's level when there is one, else the computed one */
  level: Nullable(LevelValue),
  /** the level in effect the week before */
  previous: Nullable(LevelValue),
  population: Nullable(Type.Integer()),
  communityCases: Type.Integer(),
  /** new community cases per 100,000 people in the week; null without a population */
  caseRate: Nullable(Type.Number()),
  /** percent of the whole population with the primary series; null without a population */
  fullCoverage: Nullable(Type.Number()),
  /** no new case (community or quarantined) in the 14 days to the week's end */
  quiet14: Type.Boolean(),
});
export type LevelCell = Static<typeof LevelCell>;

export const LevelOverview = Type.Object({
  week: Week,
  /** the week's Sunday */
  weekEnd: IsoDate,
  own: Nullable(Type.Object({
    cell: LevelCell,
    ruleSet: RuleSetRef,
    inputs: Obj<LevelInputs>('the figures assessed (LevelInputs)'),
    reasons: Obj<LevelReasons>('how the level was reached (LevelReasons)'),
    /** the measures of the level in effect, from the rule set that applied */
    measures: Type.Array(Obj<Measure>('a measure (Measure)')),
    assessedAt: Type.String({ format: 'date-time' }),
  })),
  unit: UnitRef,
  children: Type.Array(LevelCell),
  /** children by level in effect ("26 provinces at level 1, 37 at level 2") */
  counts: Type.Array(Type.Object({ level: LevelValue, units: Type.Integer() })),
  /** children whose level in effect went up or down since the week before */
  movedUp: Type.Array(LevelCell),
  movedDown: Type.Array(LevelCell),
  /** children with 14 days and no new case */
  quiet: Type.Array(UnitRef),
});
export type LevelOverview = Static<typeof LevelOverview>;

export const HistoryRow = Type.Object({
  week: Week,
  computed: LevelValue,
  level: LevelValue,
  decision: Nullable(Decision),
  caseRate: Nullable(Type.Number()),
  communityCases: Type.Integer(),
  ruleSet: RuleSetRef,
});
export type HistoryRow = Static<typeof HistoryRow>;

export const AssessBody = Type.Object({
  week: Week,
  /** the unit whose subtree to assess; the actor's own unit when left out */
  unitId: Type.Optional(Id),
});
export type AssessBody = Static<typeof AssessBody>;
export const AssessReply = Type.Object({ week: Week, units: Type.Integer(), ms: Type.Integer() });

export const ExportQuery = Type.Object({ week: Type.Optional(Week), format: Type.Optional(ExportFormat) });
