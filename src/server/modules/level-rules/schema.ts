/**
 * Rule sets of epidemic levels: the shapes of src/domain/epidemic-level.ts as TypeBox schemas
 * (the shape only: ranges and order are checked by domain/epidemic-level-validate.ts, whose
 * messages name the field), and the API's bodies and replies.
 */
import { Type, type Static } from '@sinclair/typebox';
import {
  COVERAGE_METRICS, type CoverageMetric, type MeasureArea, type MeasureTable,
} from '../../../domain/epidemic-level.ts';
import { Id, IsoDate, Nullable, UnitRef } from '../../http/common-schema.ts';

const closed = { additionalProperties: false };
// Literal lists rather than mapped ones, so that the types follow; `satisfies` ties them to the
// domain's, and the replies (typed from the domain) to these. Levels are integers here: 1–4 is
// checked with the other rules (fast-json-stringify also fails on tuples of literal unions).
const LevelValue = Type.Integer({ description: '1 green, 2 yellow, 3 orange, 4 red' });
const Metric = Type.Union([
  Type.Literal('adult_dose1'), Type.Literal('elderly_full'), Type.Literal('population_full'), Type.Literal('high_risk_full'),
]) satisfies { static: CoverageMetric };
const Area = Type.Union([
  Type.Literal('gatherings'), Type.Literal('schools'), Type.Literal('markets'), Type.Literal('transport'),
  Type.Literal('services'), Type.Literal('work'), Type.Literal('movement'), Type.Literal('other'),
]) satisfies { static: MeasureArea };

const Bands = Type.Object(
  {
    thresholds: Type.Tuple([Type.Number(), Type.Number(), Type.Number()], { description: 'ascending: from each, the next group' }),
    above: Type.Union([Type.Literal('gte'), Type.Literal('gt')], { description: "'gte': a value equal to a threshold is in the higher group" }),
  },
  closed,
);

export const RuleSetDefinitionSchema = Type.Object(
  {
    caseRate: Bands,
    coverage: Type.Object(
      {
        conditions: Type.Array(
          Type.Object({ metric: Metric, minPercent: Type.Number() }, closed),
          { maxItems: COVERAGE_METRICS.length },
        ),
      },
      closed,
    ),
    matrix: Type.Object(
      {
        met: Type.Tuple([LevelValue, LevelValue, LevelValue, LevelValue]),
        notMet: Type.Tuple([LevelValue, LevelValue, LevelValue, LevelValue]),
      },
      closed,
    ),
    capacity: Type.Object(
      {
        freeBedsPer100kMin: Nullable(Type.Number()),
        icuBedsPer100kMin: Nullable(Type.Number()),
        whenNotMet: Type.Union([Type.Literal('raise_one'), Type.Literal('none')]),
      },
      closed,
    ),
    severity: Type.Object({ oxygenRate: Nullable(Bands), deathRate: Nullable(Bands) }, closed),
    rollUp: Type.Object({ method: Type.Union([Type.Literal('own'), Type.Literal('worst_share')]), sharePercent: Type.Number() }, closed),
  },
  closed,
);
// The replies, typed from the domain's RuleSetDefinition, check that it fits this schema.

const MeasureSchema = Type.Object(
  {
    area: Area,
    status: Type.Union([Type.Literal('allowed'), Type.Literal('limited'), Type.Literal('closed')]),
    // the 500-character limit is checked with the other rules; this only bounds the request
    vi: Type.String({ maxLength: 2000 }),
    en: Type.String({ maxLength: 2000 }),
  },
  closed,
);
const MeasureList = Type.Array(MeasureSchema, { maxItems: 50 });
export const MeasureTableSchema = Type.Object({ '1': MeasureList, '2': MeasureList, '3': MeasureList, '4': MeasureList }, closed) satisfies {
  static: MeasureTable;
};

const ToConfirm = Type.Array(Type.String({ maxLength: 100 }), {
  maxItems: 100,
  description: 'paths of values not yet checked against the official text ("caseRate.thresholds.0", "rollUp")',
});

export const RuleSetSummary = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  source: Type.String(),
  /** the province whose adjusted rules these are; null for the Ministry's */
  province: Nullable(UnitRef),
  /** the set this one was copied from */
  basedOn: Nullable(Type.Object({ id: Type.Integer(), code: Type.String() })),
  validFrom: IsoDate,
  /** exclusive; null = until replaced */
  validTo: Nullable(IsoDate),
  /** values marked "cần xác nhận" */
  toConfirmCount: Type.Integer(),
});
export type RuleSetSummary = Static<typeof RuleSetSummary>;

export const RuleSet = Type.Object({
  ...RuleSetSummary.properties,
  definition: RuleSetDefinitionSchema,
  measures: MeasureTableSchema,
  toConfirm: ToConfirm,
  note: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Nullable(Type.String({ format: 'date-time' })),
  /** weeks of units assessed under this set (they keep their result until assessed again) */
  assessments: Type.Integer(),
  /** whether the user may change it */
  canEdit: Type.Boolean(),
  /** whether the user may mark values confirmed (national administrators) */
  canConfirm: Type.Boolean(),
});
export type RuleSet = Static<typeof RuleSet>;

const Fields = {
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  source: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  validFrom: Type.Optional(IsoDate),
  validTo: Type.Optional(Nullable(IsoDate)),
  definition: Type.Optional(RuleSetDefinitionSchema),
  measures: Type.Optional(MeasureTableSchema),
  note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  toConfirm: Type.Optional(ToConfirm),
};

/**
 * A national set (national administrators; from scratch, or a copy of `basedOnId`), or a
 * province's adjusted copy of a national set (its officers and administrators; `basedOnId`
 * required). What a copy leaves out it takes from the set it copies.
 */
export const NewRuleSet = Type.Object(
  { ...Fields, basedOnId: Type.Optional(Id), clientId: Type.Optional(Type.String({ format: 'uuid', description: 'a retried create returns the set already made' })) },
  closed,
);
export type NewRuleSet = Static<typeof NewRuleSet>;

/** The values to change; `toConfirm` without a value confirms it (national administrators). */
export const RuleSetChange = Type.Object(Fields, closed);
export type RuleSetChange = Static<typeof RuleSetChange>;

export const IdParams = Type.Object({ id: Id });
export const InForceQuery = Type.Object({
  /** the user's own unit when left out */
  unitId: Type.Optional(Id),
  /** today (Vietnam) when left out */
  date: Type.Optional(IsoDate),
});
