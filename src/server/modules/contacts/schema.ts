import { Nullable } from '../../http/common-schema.ts';
import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, UnitRef } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';
import { NewPerson } from '../people/schema.ts';
import { PersonBrief } from '../people/scope.ts';

const DateTime = Type.String({ format: 'date-time', description: 'ISO timestamp' });
const ClientId = Type.Optional(Type.String({ format: 'uuid', description: 'a retried request with the same id returns the same row' }));

export const ExposureType = Type.Union([
  Type.Literal('household'), Type.Literal('workplace'), Type.Literal('school'), Type.Literal('vehicle'),
  Type.Literal('flight'), Type.Literal('venue'), Type.Literal('healthcare'), Type.Literal('other'),
]);
export type ExposureType = Static<typeof ExposureType>;
export const EXPOSURE_TYPES: readonly ExposureType[] = ExposureType.anyOf.map((l) => l.const);

const Place = Type.Optional(Nullable(Type.String({ maxLength: 300 })));

export const ContactBody = Type.Object({
  clientId: ClientId,
  sourcePersonId: Id,
  personId: Id,
  exposureType: ExposureType,
  exposureDate: IsoDate,
  place: Place,
});
export type ContactBody = Static<typeof ContactBody>;

export const Contact = Type.Object({
  id: Type.Integer(),
  source: PersonBrief,
  person: PersonBrief,
  unitId: Type.Integer(),
  exposureType: ExposureType,
  exposureDate: IsoDate,
  place: Nullable(Type.String()),
  transportId: Nullable(Type.Integer()),
  listedAt: DateTime,
  reachedAt: Nullable(DateTime),
  /** the contact person's current degree: 0 case, 1 F1 … */
  degree: Nullable(Type.Integer()),
});
export type Contact = Static<typeof Contact>;

export const CreateReply = Type.Object({ contact: Contact, created: Type.Boolean() });

export const QuarantineRequest = Type.Object({
  fullyVaccinated: Type.Boolean(),
  place: Type.Optional(Type.Union([Type.Literal('centralised'), Type.Literal('home')])),
  facilityId: Type.Optional(Nullable(Id)),
  startDate: Type.Optional(IsoDate),
});

export const BatchRow = Type.Object({
  clientId: ClientId,
  personId: Type.Optional(Id),
  person: Type.Optional(NewPerson),
  exposureType: ExposureType,
  exposureDate: IsoDate,
  place: Place,
  quarantine: Type.Optional(QuarantineRequest),
});
export type BatchRow = Static<typeof BatchRow>;

export const BatchBody = Type.Object({
  sourcePersonId: Id,
  rows: Type.Array(BatchRow, { minItems: 1, maxItems: 1000 }),
});
export type BatchBody = Static<typeof BatchBody>;

export const BatchReply = Type.Object({
  contacts: Type.Array(
    Type.Object({ row: Type.Integer(), contactId: Type.Integer(), personId: Type.Integer(), quarantineId: Nullable(Type.Integer()) }),
  ),
});

export const IdParams = Type.Object({ id: Id });
export const PersonIdParams = Type.Object({ personId: Id });

export const ReachedBody = Type.Object({ reachedAt: DateTime });

export const ListQuery = Type.Object({
  unitId: Type.Optional(Id),
  degree: Type.Optional(Type.Integer({ minimum: 0, maximum: 3 })),
  reached: Type.Optional(Type.Boolean()),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  format: Type.Optional(ExportFormat),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type ListQuery = Static<typeof ListQuery>;

export const ContactList = Type.Object({
  total: Type.Integer(),
  /** more contacts matched than one list reads: narrow the dates */
  truncated: Type.Boolean(),
  items: Type.Array(Contact),
});

export const PersonContactsQuery = Type.Object({ depth: Type.Optional(Type.Integer({ minimum: 1, maximum: 2, default: 1 })) });

export const PersonContacts = Type.Object({
  personId: Type.Integer(),
  person: PersonBrief,
  degree: Nullable(Type.Integer()),
  /** who this person was exposed to */
  up: Type.Array(Contact),
  /** whom this person exposed (level 1), and whom they exposed (level 2, with ?depth=2) */
  down: Type.Array(Type.Composite([Contact, Type.Object({ level: Type.Integer() })])),
});
export type PersonContacts = Static<typeof PersonContacts>;

export const ChainQuery = Type.Object({
  maxCases: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 10_000 })),
});

export const ChainNode = Type.Object({
  id: Type.Integer(),
  degree: Nullable(Type.Integer()),
  isCase: Type.Boolean(),
  caseId: Nullable(Type.Integer()),
  caseStatus: Nullable(Type.String()),
  confirmedAt: Nullable(DateTime),
  generation: Nullable(Type.Integer()),
  unitId: Nullable(Type.Integer()),
  visible: Type.Boolean(),
  /** the name, only inside the user's scope */
  label: Nullable(Type.String()),
  clusterId: Nullable(Type.Integer()),
  clusterName: Nullable(Type.String()),
  activeQuarantine: Type.Boolean(),
});
export type ChainNode = Static<typeof ChainNode>;

export const ChainEdge = Type.Object({
  from: Type.Integer(),
  to: Type.Integer(),
  exposureType: ExposureType,
  date: IsoDate,
  reached: Type.Boolean(),
});
export type ChainEdge = Static<typeof ChainEdge>;

export const ChainStats = Type.Object({
  people: Type.Integer(),
  cases: Type.Integer(),
  contacts: Type.Integer(),
  generations: Type.Integer(),
  activeContacts: Type.Integer(),
  notReached: Type.Integer(),
});

export const Chain = Type.Object({
  personId: Type.Integer(),
  nodes: Type.Array(ChainNode),
  edges: Type.Array(ChainEdge),
  stats: ChainStats,
  /** the walk stopped at the node or case cap: the chain is larger than shown */
  truncated: Type.Boolean(),
});
export type Chain = Static<typeof Chain>;

export const TransportKind = Type.Union([Type.Literal('flight'), Type.Literal('bus'), Type.Literal('train'), Type.Literal('ship')]);

export const TransportBody = Type.Object({
  kind: TransportKind,
  code: Type.String({ minLength: 1, maxLength: 40 }),
  departedAt: DateTime,
  origin: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  destination: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  unitId: Id,
});
export type TransportBody = Static<typeof TransportBody>;

export const Passenger = Type.Object({
  person: PersonBrief,
  seat: Nullable(Type.String()),
  isCase: Type.Boolean(),
});

export const Transport = Type.Object({
  id: Type.Integer(),
  kind: TransportKind,
  code: Type.String(),
  departedAt: DateTime,
  origin: Nullable(Type.String()),
  destination: Nullable(Type.String()),
  unit: UnitRef,
  passengers: Type.Array(Passenger),
  /** contacts made from this trip */
  contacts: Type.Integer(),
});
export type Transport = Static<typeof Transport>;

export const PassengerRow = Type.Object({
  personId: Type.Optional(Id),
  person: Type.Optional(NewPerson),
  seat: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
});
export const PassengersBody = Type.Object({ rows: Type.Array(PassengerRow, { minItems: 1, maxItems: 1000 }) });
export type PassengersBody = Static<typeof PassengersBody>;

export const TraceReply = Type.Object({
  /** passengers who are cases */
  cases: Type.Integer(),
  /** contacts made by this run (a re-run makes none twice) */
  created: Type.Integer(),
});

export const TracingQuery = Type.Object({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) });
export const UnitIdParams = Type.Object({ unitId: Id });

const Hours = Nullable(Type.Number());
export const StepStats = Type.Object({ n: Type.Integer(), pending: Type.Integer(), median: Hours, p90: Hours });
export const SpeedSummary = Type.Object({
  cases: Type.Integer(),
  listed: StepStats,
  quarantined: StepStats,
  tested: StepStats,
});

export const TracingSpeed = Type.Object({
  unit: UnitRef,
  from: IsoDate,
  to: IsoDate,
  overall: SpeedSummary,
  children: Type.Array(Type.Object({ unit: UnitRef, summary: SpeedSummary })),
  slowest: Type.Array(
    Type.Object({
      caseId: Type.Integer(),
      person: PersonBrief,
      unitId: Type.Integer(),
      positiveAt: DateTime,
      listed: Hours,
      quarantined: Hours,
      tested: Hours,
      /** hours since the positive result when no F1 is listed yet */
      waiting: Hours,
    }),
  ),
});
export type TracingSpeed = Static<typeof TracingSpeed>;
