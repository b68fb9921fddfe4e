/**
 * The public portal's API (/api/public/*, no session): the contract between this module and the
 * portal's web pages. Aggregated figures of units only — never a person.
 *
 * Units are `PublicUnit`s (no `fullName` key: the portal's tests look for person-like field
 * names). Counts of people are `Count`s: at the suppressed levels (communes by default) a count
 * of 1–4 comes as `{ value: null, suppressed: true }`, shown as `suppression.label` ("<5"); a
 * rate or percent computed from a suppressed count is null too.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { Measure } from '../../../domain/epidemic-level.ts';
import { Id, IsoDate, Nullable } from '../../http/common-schema.ts';

const Obj = <T>(description: string) => Type.Unsafe<T>({ type: 'object', additionalProperties: true, description });
const LevelValue = Type.Integer({ minimum: 1, maximum: 4, description: '1 green, 2 yellow, 3 orange, 4 red' });
const Week = Type.String({ ...IsoDate, description: 'the Monday of the week, YYYY-MM-DD' });

export const PublicUnit = Type.Object({
  id: Type.Integer(),
  /** GSO code */
  code: Type.String(),
  name: Type.String(),
  /** the name with its kind, e.g. "Tỉnh Quảng Ninh" */
  longName: Type.String(),
  level: Type.Integer({ description: '0 nation, 1 province, 2 district, 3 commune' }),
});
export type PublicUnit = Static<typeof PublicUnit>;

/** A count of people; value null when suppressed (a small count at a suppressed level). */
export const Count = Type.Object({ value: Nullable(Type.Integer()), suppressed: Type.Boolean() });
export type Count = Static<typeof Count>;

/** The small-count rule in force (config PUBLIC_SMALL_COUNT, PUBLIC_SMALL_COUNT_LEVEL). */
export const Suppression = Type.Object({
  /** counts from 1 to below this are hidden; 0 = the rule is off */
  below: Type.Integer(),
  /** units at this level and below (3 = communes, 2 = districts and communes) */
  fromLevel: Type.Integer(),
  /** applies to the figures of this reply's unit (for levels/coverage: of its children) */
  applies: Type.Boolean(),
  /** what to show in place of a suppressed count, e.g. "<5" */
  label: Type.String(),
});
export type Suppression = Static<typeof Suppression>;

export const UnitParams = Type.Object({ unitId: Id });
export const OverviewQuery = Type.Object({ date: Type.Optional(IsoDate) });
export const LevelsQuery = Type.Object({ week: Type.Optional(Week) });

// ---- GET /api/public/overview, /api/public/overview/:unitId?date= ----

export const Headline = Type.Object({
  /** new cases in the 24 hours to the report deadline of `date` */
  last24h: Type.Object({ community: Count, quarantined: Count, total: Count }),
  /** new cases in the 7 days to `date` and in the 7 days before them */
  last7Days: Count,
  previous7Days: Count,
  /** since the daily report began (`start`) */
  cumulative: Type.Object({ cases: Count, deaths: Count, recovered: Count }),
  /** patients in hospital on `date` */
  inHospital: Count,
  /** null when no case was ever reported up to `date` */
  daysSinceLastCase: Nullable(Type.Integer()),
});
export type Headline = Static<typeof Headline>;

export const TrendDay = Type.Object({ date: IsoDate, community: Count, quarantined: Count, deaths: Count });
export type TrendDay = Static<typeof TrendDay>;

export const PublicRuleSet = Type.Object({ code: Type.String(), name: Type.String(), source: Type.String() });

/** The unit's level in effect for a week and what it means there. */
export const UnitLevel = Type.Object({
  week: Week,
  /** the week's Sunday */
  weekEnd: IsoDate,
  /** in effect: the decision's level when there is one, else the computed one */
  level: LevelValue,
  computed: LevelValue,
  /** the level in effect the week before; null when not assessed then */
  previous: Nullable(LevelValue),
  /** set by an authority's decision */
  decision: Nullable(Type.Object({ decisionNo: Type.String(), decisionDate: IsoDate, decidedBy: PublicUnit })),
  ruleSet: PublicRuleSet,
  /** new community cases per 100,000 people in the week */
  caseRate: Nullable(Type.Number()),
  /** percent of the whole population with the primary series */
  fullCoverage: Nullable(Type.Number()),
  /** what is allowed and restricted at this level (texts in both languages) */
  measures: Type.Array(Obj<Measure>('a measure: {area, status: allowed|limited|closed, vi, en}')),
});
export type UnitLevel = Static<typeof UnitLevel>;

export const CoverageShare = Type.Object({
  vaccinated: Count,
  /** people in the group; null when the population is unknown */
  eligible: Nullable(Type.Integer()),
  /** percent 0–100 (may pass 100 when the population figure is low) */
  percent: Nullable(Type.Number()),
});
export type CoverageShare = Static<typeof CoverageShare>;

export const CoverageHeadline = Type.Object({
  /** 18 and over with at least one dose */
  adultDose1: CoverageShare,
  /** the whole population with the primary series */
  populationFull: CoverageShare,
  /** the whole population with a booster */
  booster: CoverageShare,
});

export const PublicBulletin = Type.Object({ title: Type.String(), text: Type.String() });

export const PublicOverview = Type.Object({
  unit: PublicUnit,
  /** from the nation down to the unit's parent (breadcrumb) */
  parents: Type.Array(PublicUnit),
  children: Type.Array(PublicUnit),
  /** the day the figures are for (today in Vietnam unless asked) */
  date: IsoDate,
  /** the first day of the daily report (the start of the cumulative figures) */
  start: IsoDate,
  headline: Headline,
  /** the daily bulletin (nation and provinces only; null below) */
  bulletin: Nullable(PublicBulletin),
  /** daily, the last 60 days up to `date`, oldest first */
  trend: Type.Array(TrendDay),
  /** null when the unit has not been assessed yet */
  level: Nullable(UnitLevel),
  coverage: CoverageHeadline,
  suppression: Suppression,
  /** when this reply was computed (replies are cached for up to PUBLIC_CACHE_SECONDS) */
  generatedAt: Type.String({ format: 'date-time' }),
});
export type PublicOverview = Static<typeof PublicOverview>;

// ---- GET /api/public/levels/:unitId?week= ----

export const PublicLevelCell = Type.Object({
  unit: PublicUnit,
  /** in effect; null when not assessed that week */
  level: Nullable(LevelValue),
  computed: Nullable(LevelValue),
  previous: Nullable(LevelValue),
  /** the level in effect was set by a decision */
  decided: Type.Boolean(),
  communityCases: Count,
  caseRate: Nullable(Type.Number()),
  fullCoverage: Nullable(Type.Number()),
  /** no new case (community or quarantined) in the 14 days to the week's end */
  quiet14: Type.Boolean(),
});
export type PublicLevelCell = Static<typeof PublicLevelCell>;

export const PublicLevels = Type.Object({
  unit: PublicUnit,
  week: Week,
  weekEnd: IsoDate,
  /** the unit's own level (null when not assessed) */
  own: Nullable(PublicLevelCell),
  /** the level of the children: 1 provinces, 2 districts, 3 communes */
  itemLevel: Type.Integer(),
  /** children by level in effect ("26 tỉnh cấp 1, 37 tỉnh cấp 2"): every level 1–4, zeros included */
  counts: Type.Array(Type.Object({ level: LevelValue, units: Type.Integer() })),
  children: Type.Array(PublicLevelCell),
  movedUp: Type.Array(PublicLevelCell),
  movedDown: Type.Array(PublicLevelCell),
  /** children with 14 days and no new case */
  quiet: Type.Array(PublicUnit),
  /** 'geojson' when every child has a boundary (fetch /api/public/boundaries/:unitId), else the tile grid */
  map: Type.Union([Type.Literal('geojson'), Type.Literal('tiles')]),
  suppression: Suppression,
  generatedAt: Type.String({ format: 'date-time' }),
});
export type PublicLevels = Static<typeof PublicLevels>;

// ---- GET /api/public/boundaries/:unitId ----

/** GeoJSON FeatureCollection of the children's boundaries; properties {code, name, unitId}. */
export const BoundaryCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      properties: Type.Object({ code: Type.String(), name: Type.String(), unitId: Type.Integer() }),
      geometry: Obj<unknown>('GeoJSON Polygon or MultiPolygon'),
    }),
  ),
});
export type BoundaryCollection = Static<typeof BoundaryCollection>;

// ---- GET /api/public/coverage/:unitId ----

export const AgeGroup = Type.Union([
  Type.Literal('18+'), Type.Literal('50+'), Type.Literal('12-17'), Type.Literal('15-17'), Type.Literal('5-11'), Type.Literal('all'),
]);
export const Stage = Type.Union([Type.Literal('dose1'), Type.Literal('primary'), Type.Literal('booster')]);

export const PublicCoverageFigure = Type.Object({
  group: AgeGroup,
  stage: Stage,
  vaccinated: Count,
  eligible: Nullable(Type.Integer()),
  percent: Nullable(Type.Number()),
});
export type PublicCoverageFigure = Static<typeof PublicCoverageFigure>;

export const PublicCoverage = Type.Object({
  unit: PublicUnit,
  date: IsoDate,
  /** every age group × stage */
  figures: Type.Array(PublicCoverageFigure),
  /** in code order */
  children: Type.Array(Type.Object({ unit: PublicUnit, figures: Type.Array(PublicCoverageFigure) })),
  suppression: Suppression,
  generatedAt: Type.String({ format: 'date-time' }),
});
export type PublicCoverage = Static<typeof PublicCoverage>;

// ---- GET /api/public/open-data, /api/public/open-data/:dataset.:format?unitId= ----

export const DATASETS = ['daily', 'levels', 'coverage'] as const;
export type Dataset = (typeof DATASETS)[number];
export const OPEN_FORMATS = ['csv', 'json'] as const;
export type OpenFormat = (typeof OPEN_FORMATS)[number];

export const OpenDataCatalogue = Type.Object({
  /** the licence line to show beside the downloads */
  licence: Type.String(),
  datasets: Type.Array(
    Type.Object({
      id: Type.Union(DATASETS.map((d) => Type.Literal(d))),
      /** in the asked language */
      title: Type.String(),
      description: Type.String(),
      formats: Type.Array(Type.Union(OPEN_FORMATS.map((f) => Type.Literal(f)))),
      /** the columns: key (JSON field and English CSV header) and its title in the asked language (Vietnamese CSV header) */
      columns: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })),
      /** download address with {unitId} and {format} to fill, e.g. /api/public/open-data/daily.{format}?unitId={unitId} */
      url: Type.String(),
    }),
  ),
});
export type OpenDataCatalogue = Static<typeof OpenDataCatalogue>;

export const OpenDataParams = Type.Object({
  dataset: Type.Union(DATASETS.map((d) => Type.Literal(d))),
  format: Type.Union(OPEN_FORMATS.map((f) => Type.Literal(f))),
});
/** unitId: the nation when left out */
export const OpenDataQuery = Type.Object({ unitId: Type.Optional(Id), lang: Type.Optional(Type.String()) });

/**
 * The JSON download: rows keyed by the catalogue's column keys. A suppressed count is the
 * string "<5" in both formats.
 */
export const OpenDataFile = Type.Object({
  dataset: Type.String(),
  unit: PublicUnit,
  licence: Type.String(),
  generatedAt: Type.String({ format: 'date-time' }),
  columns: Type.Array(Type.Object({ key: Type.String(), title: Type.String() })),
  rows: Type.Array(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]))),
});
export type OpenDataFile = Static<typeof OpenDataFile>;
