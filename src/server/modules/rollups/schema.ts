import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, UnitRef, Values } from '../../http/common-schema.ts';

export const DashboardQuery = Type.Object({
  form: Type.Optional(Type.String()),
  date: Type.Optional(IsoDate),
  start: Type.Optional(IsoDate),
});

/** Figures of one unit as of `date`. */
export const Figures = Type.Object({
  last24h: Values,
  /** flows: sum from `start` to `date`; stocks: the value on `date` */
  cumulative: Values,
  week: Values,
  prevWeek: Values,
  /** new cases (sum of the form's case indicators) */
  casesLast24h: Type.Number(),
  casesWeek: Type.Number(),
  casesPrevWeek: Type.Number(),
  /** null when no case was ever reported up to `date` */
  daysSinceLastCase: Type.Union([Type.Integer(), Type.Null()]),
});
export type Figures = Static<typeof Figures>;

export const Completeness = Type.Object({
  expected: Type.Integer(),
  reported: Type.Integer(),
  onTime: Type.Integer(),
  late: Type.Integer(),
  /** expected − reported (includes reports not yet due) */
  missing: Type.Integer(),
});
export type Completeness = Static<typeof Completeness>;

export const Dashboard = Type.Object({
  unit: UnitRef,
  ancestors: Type.Array(UnitRef),
  form: Type.Object({ code: Type.String(), nameVi: Type.String(), nameEn: Type.String() }),
  date: IsoDate,
  start: IsoDate,
  deadline: Type.String(),
  headline: Figures,
  completeness: Completeness,
  trend: Type.Array(
    Type.Object({ date: IsoDate, values: Values, cases: Type.Number(), reported: Type.Integer() }),
  ),
  children: Type.Array(Type.Object({ unit: UnitRef, figures: Figures, completeness: Completeness })),
  counts: Type.Object({
    children: Type.Integer(),
    noCase14Days: Type.Integer(),
    moreThisWeek: Type.Integer(),
    withCasesToday: Type.Integer(),
  }),
  /** units at the submit level under this unit whose report for `date` is late or missing */
  lateUnits: Type.Array(
    Type.Object({
      unit: UnitRef,
      parentName: Type.String(),
      timeliness: Type.Union([Type.Literal('late'), Type.Literal('missing'), Type.Literal('pending')]),
      submittedAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
export type Dashboard = Static<typeof Dashboard>;

export const Bulletin = Type.Object({ title: Type.String(), text: Type.String() });
