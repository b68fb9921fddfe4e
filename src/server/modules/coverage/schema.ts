import { Nullable } from '../../http/common-schema.ts';
import { Type, type Static } from '@sinclair/typebox';
import { AGE_BANDS } from '../../../domain/age-groups.ts';
import { DAILY_STAGES } from '../../../domain/coverage.ts';
import { ExportFormat } from '../../http/table-export.ts';
import { IsoDate, UnitRef } from '../../http/common-schema.ts';
import { NOT_VACCINATED_REASONS } from './repository.ts';

/** One of a list of strings, keeping the literal type. */
const literals = <T extends readonly string[]>(xs: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...xs] });
export const AgeGroupT = Type.Union([
  Type.Literal('18+'), Type.Literal('50+'), Type.Literal('12-17'), Type.Literal('15-17'), Type.Literal('5-11'), Type.Literal('all'),
]);
export const StageT = Type.Union([Type.Literal('dose1'), Type.Literal('primary'), Type.Literal('booster')]);
const counts = <T extends readonly string[]>(keys: T) =>
  Type.Unsafe<Record<T[number], number>>(Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Integer()]))));

export const UnitParams = Type.Object({ unitId: Type.Integer({ minimum: 1 }) });

export const CoverageQuery = Type.Object({
  date: Type.Optional(IsoDate),
  format: Type.Optional(ExportFormat),
  target: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'share to reach, 0–1 (default 0.75)' })),
  group: Type.Optional(AgeGroupT),
  stage: Type.Optional(StageT),
});

export const CoverageFigure = Type.Object({
  group: AgeGroupT,
  stage: StageT,
  vaccinated: Type.Integer(),
  eligible: Nullable(Type.Integer()),
  share: Nullable(Type.Number()),
});
export type CoverageFigure = Static<typeof CoverageFigure>;

export const CoverageReport = Type.Object({
  unit: UnitRef,
  date: IsoDate,
  target: Type.Object({ share: Type.Number(), group: AgeGroupT, stage: StageT }),
  figures: Type.Array(CoverageFigure),
  notVaccinated: counts(NOT_VACCINATED_REASONS),
  /** ranked by gap to the target: most people still to vaccinate first */
  children: Type.Array(
    Type.Object({
      unit: UnitRef,
      figures: Type.Array(CoverageFigure),
      vaccinated: Type.Integer(),
      eligible: Nullable(Type.Integer()),
      share: Nullable(Type.Number()),
      /** people still to vaccinate to reach the target; null without a population figure */
      gap: Nullable(Type.Integer()),
    }),
  ),
});
export type CoverageReport = Static<typeof CoverageReport>;

export const ProgressQuery = Type.Object({ date: Type.Optional(IsoDate) });

const Doses = Type.Object({
  total: Type.Integer(),
  byStage: counts(DAILY_STAGES),
  byBand: counts(AGE_BANDS),
  /** by age group (groups overlap: 18+ includes 50+) × stage reached */
  byGroup: Type.Array(Type.Object({ group: AgeGroupT, stage: literals(DAILY_STAGES), n: Type.Integer() })),
});

export const ProgressReport = Type.Object({
  unit: UnitRef,
  date: IsoDate,
  deadline: Type.String({ format: 'date-time' }),
  /** the deadline has passed: the figures of the day are final */
  final: Type.Boolean(),
  doses: Doses,
  children: Type.Array(Type.Object({ unit: UnitRef, doses: Doses, communes: Type.Integer(), silent: Type.Integer() })),
  completeness: Type.Object({
    communes: Type.Integer(),
    /** communes that entered no dose on the day before the deadline */
    silent: Type.Integer(),
    list: Type.Array(UnitRef),
    truncated: Type.Boolean(),
  }),
});
export type ProgressReport = Static<typeof ProgressReport>;

export const ReportedRow = Type.Object({
  unitId: Type.Integer({ minimum: 1 }),
  asOf: IsoDate,
  ageGroup: AgeGroupT,
  stage: StageT,
  eligible: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
  vaccinated: Type.Integer({ minimum: 0 }),
  source: Type.String({ maxLength: 200 }),
});
export type ReportedRow = Static<typeof ReportedRow>;
export const ReportedBody = Type.Object({ rows: Type.Array(ReportedRow, { minItems: 1, maxItems: 5000 }) });
export const ReportedResult = Type.Object({ saved: Type.Integer() });

const Pair = Type.Object({ register: Nullable(Type.Integer()), reported: Nullable(Type.Integer()), difference: Nullable(Type.Integer()) });

export const Reconciliation = Type.Object({
  unit: UnitRef,
  date: IsoDate,
  /** disagreements first, the largest difference in vaccinated first */
  rows: Type.Array(
    Type.Object({
      unit: UnitRef,
      ageGroup: AgeGroupT,
      stage: StageT,
      asOf: IsoDate,
      source: Type.String(),
      eligible: Pair,
      vaccinated: Pair,
      agrees: Type.Boolean(),
    }),
  ),
  /** units (the unit and its children) with no reported figure by the date */
  unreported: Type.Array(UnitRef),
});
export type Reconciliation = Static<typeof Reconciliation>;
