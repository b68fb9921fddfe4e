import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, UnitRef } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Optional(Type.Union([t, Type.Null()]));

export const Sex = Type.Union([Type.Literal('male'), Type.Literal('female'), Type.Literal('other')]);
export type Sex = Static<typeof Sex>;

/** The editable fields; phone and national ID are normalised and checked by the service. */
const personFields = {
  nationalId: Nullable(Type.String({ maxLength: 20, description: 'CCCD (12 digits) or CMND (9 digits)' })),
  fullName: Type.String({ minLength: 1, maxLength: 200 }),
  birthDate: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  sex: Type.Optional(Type.Union([Sex, Type.Null()])),
  phone: Nullable(Type.String({ maxLength: 20 })),
  unitId: Id,
  address: Nullable(Type.String({ maxLength: 500 })),
  workplace: Nullable(Type.String({ maxLength: 300 })),
};

/** A new person; other registers embed it in their batch rows. */
export const NewPerson = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  ...personFields,
  notDuplicateOf: Type.Optional(Type.Array(Id, { maxItems: 50, description: 'candidates the user checked: not the same person' })),
});
export type NewPerson = Static<typeof NewPerson>;

export const PersonChange = Type.Partial(Type.Object(personFields));
export type PersonChange = Static<typeof PersonChange>;

export const DuplicateReason = Type.Union([Type.Literal('national_id'), Type.Literal('name_birth'), Type.Literal('name_phone')]);
export type DuplicateReason = Static<typeof DuplicateReason>;

/** A person as a list or a duplicate dialog shows it; all personal fields null outside the scope. */
export const PersonSummary = Type.Object({
  id: Type.Integer(),
  visible: Type.Boolean(),
  nationalId: Type.Union([Type.String(), Type.Null()]),
  fullName: Type.Union([Type.String(), Type.Null()]),
  birthDate: Type.Union([Type.String(), Type.Null()]),
  sex: Type.Union([Sex, Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  unit: Type.Union([UnitRef, Type.Null()]),
});
export type PersonSummary = Static<typeof PersonSummary>;

export const Candidate = Type.Object({ reason: DuplicateReason, person: PersonSummary });
export type Candidate = Static<typeof Candidate>;

export const CheckBody = Type.Composite([
  Type.Omit(NewPerson, ['clientId', 'notDuplicateOf']),
  Type.Object({ personId: Type.Optional(Type.Integer({ minimum: 1, description: 'checking this existing record: itself and its "not a duplicate" pairs are left out' })) }),
]);
export type CheckBody = Static<typeof CheckBody>;

export const CheckReply = Type.Object({ candidates: Type.Array(Candidate) });

export const Person = Type.Object({
  id: Type.Integer(),
  nationalId: Type.Union([Type.String(), Type.Null()]),
  fullName: Type.String(),
  birthDate: Type.Union([Type.String(), Type.Null()]),
  sex: Type.Union([Sex, Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  unit: UnitRef,
  address: Type.Union([Type.String(), Type.Null()]),
  workplace: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Person = Static<typeof Person>;

export const PersonList = Type.Object({ total: Type.Integer(), items: Type.Array(Person) });

export const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  unitId: Type.Optional(Id),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  format: Type.Optional(ExportFormat),
  lang: Type.Optional(Type.String()),
});
export type ListQuery = Static<typeof ListQuery>;

const Brief = Type.Object({ id: Type.Integer(), visible: Type.Boolean(), fullName: Type.Union([Type.String(), Type.Null()]) });

/** What hangs off a person, read straight from the register tables. */
export const Linked = Type.Object({
  tests: Type.Array(Type.Object({
    id: Type.Integer(), kind: Type.String(), sampledAt: Type.String(), result: Type.String(),
    resultAt: Type.Union([Type.String(), Type.Null()]), place: Type.Union([Type.String(), Type.Null()]), lab: Type.Union([Type.String(), Type.Null()]),
  })),
  cases: Type.Array(Type.Object({
    id: Type.Integer(), confirmedAt: Type.String(), origin: Type.String(), detection: Type.String(), status: Type.String(),
    statusSince: Type.String(),
  })),
  contactsListed: Type.Array(Type.Object({
    id: Type.Integer(), person: Brief, exposureType: Type.String(), exposureDate: Type.String(),
  }, { description: 'people this person exposed' })),
  exposures: Type.Array(Type.Object({
    id: Type.Integer(), source: Brief, exposureType: Type.String(), exposureDate: Type.String(),
  }, { description: 'people who exposed this person' })),
  quarantines: Type.Array(Type.Object({
    id: Type.Integer(), place: Type.String(), startDate: Type.String(), endDate: Type.String(), status: Type.String(),
  })),
  trips: Type.Array(Type.Object({
    transportId: Type.Integer(), kind: Type.String(), code: Type.String(), departedAt: Type.String(), seat: Type.Union([Type.String(), Type.Null()]),
  })),
});
export type Linked = Static<typeof Linked>;

export const PersonRecord = Type.Object({
  person: Person,
  /** the id asked for when it was merged into `person` */
  mergedFrom: Type.Union([Type.Integer(), Type.Null()]),
  linked: Linked,
});
export type PersonRecord = Static<typeof PersonRecord>;

export const IdParams = Type.Object({ id: Id });
export const OtherBody = Type.Object({ otherId: Id });

export const DuplicatesQuery = Type.Object({ unitId: Type.Optional(Id), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })) });
export const DuplicatePair = Type.Object({ reason: DuplicateReason, a: Person, b: Person });
export type DuplicatePair = Static<typeof DuplicatePair>;

export const MergeReply = Type.Object({ person: Person, moved: Type.Record(Type.String(), Type.Integer()) });
export type MergeReply = Static<typeof MergeReply>;
