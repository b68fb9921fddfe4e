import { Nullable } from '../../http/common-schema.ts';
import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';

/** The situation form's rule: at most 10 people per pooled sample. */
export const MAX_POOL_SIZE = 10;

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO timestamp' });

export const TestKind = Type.Union([Type.Literal('pcr'), Type.Literal('antigen')]);
export const EnteredResult = Type.Union([Type.Literal('pending'), Type.Literal('positive'), Type.Literal('negative'), Type.Literal('invalid')]);
export type EnteredResult = Static<typeof EnteredResult>;
export const TestResult = Type.Union([
  Type.Literal('pending'), Type.Literal('positive'), Type.Literal('negative'), Type.Literal('invalid'),
  Type.Literal('pool_positive', { description: 'the pool was positive: an individual re-test is due' }),
]);

export const NewTest = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  personId: Id,
  unitId: Type.Optional(Id),
  kind: TestKind,
  sampledAt: Timestamp,
  place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  lab: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  result: Type.Optional(EnteredResult),
  resultAt: Type.Optional(Nullable(Timestamp)),
  symptoms: Type.Optional(Type.Boolean()),
  campaignId: Type.Optional(Nullable(Id)),
});
export type NewTest = Static<typeof NewTest>;

export const ResultBody = Type.Object({
  result: Type.Union([Type.Literal('positive'), Type.Literal('negative'), Type.Literal('invalid')]),
  resultAt: Timestamp,
  symptoms: Type.Optional(Type.Boolean()),
});
export type ResultBody = Static<typeof ResultBody>;

export const TestPerson = Type.Object({ id: Type.Integer(), fullName: Type.String(), birthYear: Nullable(Type.Integer()) });

export const LabTest = Type.Object({
  id: Type.Integer(),
  person: TestPerson,
  unitId: Type.Integer(),
  kind: TestKind,
  sampledAt: Type.String(),
  place: Nullable(Type.String()),
  lab: Nullable(Type.String()),
  result: TestResult,
  resultAt: Nullable(Type.String()),
  symptoms: Type.Boolean(),
  poolId: Nullable(Type.Integer()),
  campaignId: Nullable(Type.Integer()),
});
export type LabTest = Static<typeof LabTest>;

export const TestReply = Type.Object({ test: LabTest, case: Nullable(Type.Object({ id: Type.Integer() })) });

export const TestQuery = Type.Object({
  unitId: Type.Optional(Id),
  personId: Type.Optional(Id),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  result: Type.Optional(TestResult),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  format: Type.Optional(ExportFormat),
});
export type TestQuery = Static<typeof TestQuery>;

export const TestList = Type.Object({ total: Type.Integer(), items: Type.Array(LabTest) });

// ---- pooled samples ----
export const NewPool = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  unitId: Id,
  sampledAt: Timestamp,
  place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  lab: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  campaignId: Type.Optional(Nullable(Id)),
  personIds: Type.Array(Id, { minItems: 1, maxItems: 100 }),
});
export type NewPool = Static<typeof NewPool>;

export const PoolResultBody = Type.Object({
  result: Type.Union([Type.Literal('positive'), Type.Literal('negative'), Type.Literal('invalid')]),
  resultAt: Timestamp,
});
export type PoolResultBody = Static<typeof PoolResultBody>;

export const PoolStatus = Type.Union([
  Type.Literal('pending'), Type.Literal('positive'), Type.Literal('negative'), Type.Literal('invalid'),
  Type.Literal('retest_due', { description: 'positive pools with members still due an individual re-test' }),
]);

export const PoolSummary = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  sampledAt: Type.String(),
  place: Nullable(Type.String()),
  lab: Nullable(Type.String()),
  result: EnteredResult,
  resultAt: Nullable(Type.String()),
  members: Type.Integer(),
  retestsDue: Type.Integer(),
});
export type PoolSummary = Static<typeof PoolSummary>;

export const PoolMember = Type.Object({
  testId: Type.Integer(),
  person: Type.Object({ id: Type.Integer(), visible: Type.Boolean(), fullName: Nullable(Type.String()), birthYear: Nullable(Type.Integer()) }),
  result: TestResult,
  retestDue: Type.Boolean(),
  retest: Nullable(Type.Object({ id: Type.Integer(), sampledAt: Type.String(), result: TestResult })),
});
export const PoolDetail = Type.Composite([PoolSummary, Type.Object({ memberList: Type.Array(PoolMember) })]);
export type PoolDetail = Static<typeof PoolDetail>;

export const PoolQuery = Type.Object({ unitId: Type.Optional(Id), status: Type.Optional(PoolStatus) });

// ---- screening campaigns ----
export const SiteKind = Type.Union([
  Type.Literal('market'), Type.Literal('factory'), Type.Literal('school'), Type.Literal('office'), Type.Literal('port'), Type.Literal('other'),
]);
export const NewCampaign = Type.Object({
  unitId: Id,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  siteKind: SiteKind,
  siteName: Type.String({ minLength: 1, maxLength: 200 }),
  targetPopulation: Type.Integer({ minimum: 1 }),
  targetShare: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
  periodDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, default: 7 })),
  startDate: IsoDate,
  endDate: Type.Optional(Nullable(IsoDate)),
});
export type NewCampaign = Static<typeof NewCampaign>;

export const Campaign = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  name: Type.String(),
  siteKind: Type.String(),
  siteName: Type.String(),
  targetPopulation: Type.Integer(),
  targetShare: Type.Number(),
  periodDays: Type.Integer(),
  startDate: IsoDate,
  endDate: Nullable(IsoDate),
});
export type Campaign = Static<typeof Campaign>;

export const CampaignQuery = Type.Object({ unitId: Type.Optional(Id) });

export const CampaignProgress = Type.Object({
  campaign: Campaign,
  periods: Type.Array(Type.Object({
    from: IsoDate,
    to: IsoDate,
    tested: Type.Integer(),
    target: Type.Integer(),
    share: Type.Number({ description: 'tested / target population' }),
    expected: Type.Integer({ description: 'the target pro rata of the days elapsed (the whole target for a finished period)' }),
    state: Type.Union([Type.Literal('met'), Type.Literal('on_track'), Type.Literal('behind'), Type.Literal('missed')]),
  })),
});
export type CampaignProgress = Static<typeof CampaignProgress>;
