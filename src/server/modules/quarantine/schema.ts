import { Nullable } from '../../http/common-schema.ts';
import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, UnitRef } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';
import { PersonBrief } from '../people/scope.ts';


export const Place = Type.Union([Type.Literal('centralised'), Type.Literal('home')]);
export const Vaccination = Type.Union([Type.Literal('any'), Type.Literal('full'), Type.Literal('not_full')]);
export const QuarantineStatus = Type.Union([
  Type.Literal('active'),
  Type.Literal('released'),
  Type.Literal('became_case'),
  Type.Literal('transferred'),
]);

// ---- policies
const PolicyFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  source: Type.String({ minLength: 1, maxLength: 500, description: 'the official text it comes from' }),
  validFrom: IsoDate,
  validTo: Nullable(IsoDate),
  degree: Type.Integer({ minimum: 1, maximum: 3 }),
  vaccination: Vaccination,
  place: Place,
  days: Type.Integer({ minimum: 0, maximum: 28 }),
  testDays: Type.Array(Type.Integer({ minimum: 1, maximum: 28 }), { maxItems: 28, description: 'day 1 = first day' }),
  monitorDays: Type.Integer({ minimum: 0, maximum: 28 }),
};
export const Policy = Type.Object({ id: Type.Integer(), ...PolicyFields });
export type Policy = Static<typeof Policy>;
export const NewPolicy = Type.Object({ ...PolicyFields, validTo: Type.Optional(Nullable(IsoDate)), monitorDays: Type.Optional(PolicyFields.monitorDays) });
export type NewPolicy = Static<typeof NewPolicy>;
export const PolicyChange = Type.Partial(Type.Object(PolicyFields));
export type PolicyChange = Static<typeof PolicyChange>;

// ---- quarantines
export const NewQuarantine = Type.Object({
  personId: Id,
  unitId: Type.Optional(Id),
  contactId: Type.Optional(Nullable(Id)),
  exposureDate: Type.Optional(IsoDate),
  degree: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
  fullyVaccinated: Type.Boolean(),
  place: Type.Optional(Place),
  facilityId: Type.Optional(Nullable(Id)),
  startDate: Type.Optional(IsoDate),
});
export type NewQuarantine = Static<typeof NewQuarantine>;

export const Outcome = Type.Union([Type.Literal('well'), Type.Literal('symptoms'), Type.Literal('not_reached'), Type.Literal('left')]);
export type Outcome = Static<typeof Outcome>;

export const LastCheck = Type.Object({
  day: IsoDate,
  outcome: Outcome,
  temperature: Nullable(Type.Number()),
  note: Nullable(Type.String()),
});

export const Quarantine = Type.Object({
  id: Type.Integer(),
  person: PersonBrief,
  unit: UnitRef,
  contactId: Nullable(Type.Integer()),
  policy: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  place: Place,
  facility: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  fullyVaccinated: Type.Boolean(),
  startDate: IsoDate,
  plannedEnd: IsoDate,
  endDate: IsoDate,
  adjustReason: Nullable(Type.String()),
  testDates: Type.Array(IsoDate),
  status: QuarantineStatus,
  releasedOn: Nullable(IsoDate),
  /** day N of M on the given date (N may exceed M while the quarantine waits for its release) */
  day: Type.Integer(),
  days: Type.Integer(),
  lastCheck: Nullable(LastCheck),
});
export type Quarantine = Static<typeof Quarantine>;

export const QuarantineQuery = Type.Object({
  unitId: Type.Optional(Id),
  status: Type.Optional(QuarantineStatus),
  place: Type.Optional(Place),
  format: Type.Optional(ExportFormat),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type QuarantineQuery = Static<typeof QuarantineQuery>;
export const QuarantineList = Type.Object({ total: Type.Integer(), items: Type.Array(Quarantine) });
export type QuarantineList = Static<typeof QuarantineList>;

export const AdjustBody = Type.Object({ endDate: IsoDate, reason: Type.String({ maxLength: 1000 }) });
export const ReleaseBody = Type.Object({ date: Type.Optional(IsoDate) });

// ---- daily follow-up

export const FollowupQuery = Type.Object({
  unitId: Type.Optional(Id),
  date: Type.Optional(IsoDate),
  format: Type.Optional(ExportFormat),
});

export const FollowupItem = Type.Object({
  quarantineId: Type.Integer(),
  person: PersonBrief,
  /** in scope only */
  phone: Nullable(Type.String()),
  address: Nullable(Type.String()),
  unit: Type.Object({ id: Type.Integer(), name: Type.String() }),
  degree: Nullable(Type.Integer()),
  place: Place,
  facilityName: Nullable(Type.String()),
  startDate: IsoDate,
  endDate: IsoDate,
  day: Type.Integer(),
  days: Type.Integer(),
  testDates: Type.Array(IsoDate),
  /** today is a test day and no sample has been taken today yet */
  testDueToday: Type.Boolean(),
  /** test days passed with no sample taken that day or after */
  overdueTests: Type.Array(IsoDate),
  testTakenToday: Type.Boolean(),
  endsToday: Type.Boolean(),
  checkedToday: Type.Boolean(),
  todayCheck: Nullable(LastCheck),
  lastCheck: Nullable(LastCheck),
});
export type FollowupItem = Static<typeof FollowupItem>;

export const FollowupList = Type.Object({
  date: IsoDate,
  unit: UnitRef,
  totals: Type.Object({
    people: Type.Integer(),
    toCheck: Type.Integer(),
    checked: Type.Integer(),
    testsDue: Type.Integer(),
    endingToday: Type.Integer(),
  }),
  items: Type.Array(FollowupItem),
});
export type FollowupList = Static<typeof FollowupList>;

export const CheckBody = Type.Object({
  day: Type.Optional(IsoDate),
  outcome: Outcome,
  temperature: Type.Optional(Nullable(Type.Number({ minimum: 30, maximum: 45 }))),
  note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
});
export type CheckBody = Static<typeof CheckBody>;

export const Check = Type.Object({
  id: Type.Integer(),
  quarantineId: Type.Integer(),
  day: IsoDate,
  checkedAt: Type.String(),
  outcome: Outcome,
  temperature: Nullable(Type.Number()),
  note: Nullable(Type.String()),
});
export type Check = Static<typeof Check>;
