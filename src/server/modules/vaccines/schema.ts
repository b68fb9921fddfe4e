import { Nullable } from '../../http/common-schema.ts';
import { Type, type Static } from '@sinclair/typebox';
import { FieldError, Id, IsoDate } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';

const NullableInt = Type.Union([Type.Integer(), Type.Null()]);
const NullableDate = Type.Union([IsoDate, Type.Null()]);
const Kind = Type.Union([Type.Literal('primary'), Type.Literal('additional'), Type.Literal('booster')]);

export const Product = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  manufacturer: Nullable(Type.String()),
  primaryDoses: Type.Integer(),
  minAge: Type.Integer(),
  maxAge: NullableInt,
  validFrom: IsoDate,
  validTo: NullableDate,
});

export const Interval = Type.Object({
  id: Type.Integer(),
  productId: Type.Integer(),
  doseNumber: Type.Integer(),
  kind: Kind,
  minDays: Type.Integer(),
  maxDays: NullableInt,
  previousProducts: Type.Array(Type.String()),
  validFrom: IsoDate,
  validTo: NullableDate,
});

export const ProductWithIntervals = Type.Composite([Product, Type.Object({ intervals: Type.Array(Interval) })]);

export const NewProduct = Type.Object({
  code: Type.String({ pattern: '^[A-Z0-9_-]+$', maxLength: 40 }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  manufacturer: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  primaryDoses: Type.Integer({ minimum: 1, maximum: 5 }),
  minAge: Type.Integer({ minimum: 0, maximum: 120 }),
  maxAge: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 120 }), Type.Null()])),
  validFrom: Type.Optional(IsoDate),
  validTo: Type.Optional(NullableDate),
});
export type NewProduct = Static<typeof NewProduct>;

export const ProductChange = Type.Partial(Type.Omit(NewProduct, ['code']), { minProperties: 1 });
export type ProductChange = Static<typeof ProductChange>;

export const NewInterval = Type.Object({
  doseNumber: Type.Integer({ minimum: 2, maximum: 10 }),
  kind: Kind,
  minDays: Type.Integer({ minimum: 0, maximum: 3650 }),
  maxDays: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 3650 }), Type.Null()])),
  previousProducts: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z0-9_-]+$' }), { maxItems: 20 })),
  validFrom: IsoDate,
});
export type NewInterval = Static<typeof NewInterval>;

export const Lot = Type.Object({ id: Type.Integer(), productId: Type.Integer(), lotCode: Type.String(), expiryDate: IsoDate });
export const NewLot = Type.Object({ productId: Id, lotCode: Type.String({ minLength: 1, maxLength: 60 }), expiryDate: IsoDate });
export const LotQuery = Type.Object({ productId: Type.Optional(Id) });

export const NewDoseBody = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  personId: Id,
  productId: Id,
  lotId: Type.Optional(Type.Union([Id, Type.Null()])),
  lotCode: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  expiryDate: Type.Optional(IsoDate),
  givenOn: IsoDate,
  site: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  unitId: Type.Optional(Id),
});

export const Dose = Type.Object({
  id: Type.Integer(),
  personId: Type.Integer(),
  productId: Type.Integer(),
  productCode: Type.String(),
  productName: Type.String(),
  lotId: NullableInt,
  lotCode: Nullable(Type.String()),
  expiryDate: NullableDate,
  doseNumber: Type.Integer(),
  kind: Kind,
  givenOn: IsoDate,
  site: Nullable(Type.String()),
  unitId: Type.Integer(),
  unitName: Type.String(),
  enteredAt: Type.String(),
  entryDelayDays: Type.Integer(),
});
export type Dose = Static<typeof Dose>;

export const DoseReply = Type.Object({ dose: Dose, warnings: Type.Array(FieldError) });

export const DoseQuery = Type.Object({
  unitId: Type.Optional(Id),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  format: Type.Optional(ExportFormat),
});
export const DoseList = Type.Object({ total: Type.Integer(), items: Type.Array(Dose) });

export const VaccinationStateReply = Type.Object({
  doses: Type.Integer(),
  firstDoseOn: NullableDate,
  primaryDoneOn: NullableDate,
  boosterOn: NullableDate,
});
export const PersonDoses = Type.Object({ state: VaccinationStateReply, items: Type.Array(Dose) });

export const LateEntryQuery = Type.Object({ unitId: Type.Optional(Id), from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) });
export const LateEntryRow = Type.Object({
  unitId: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  doses: Type.Integer(),
  medianDays: Type.Union([Type.Number(), Type.Null()]),
  p90Days: Type.Union([Type.Number(), Type.Null()]),
});

export const Reason = Type.Union(['contraindicated', 'postponed', 'refused', 'away', 'not_reached'].map((r) => Type.Literal(r)));
export const NotVaccinatedBody = Type.Object({
  personId: Id,
  reason: Reason,
  notedOn: Type.Optional(IsoDate),
  note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
});
export const NotVaccinatedQuery = Type.Object({
  unitId: Type.Optional(Id),
  reason: Type.Optional(Reason),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});
export const NotVaccinated = Type.Object({
  personId: Type.Integer(),
  fullName: Type.String(),
  birthDate: NullableDate,
  unitId: Type.Integer(),
  unitName: Type.String(),
  reason: Type.String(),
  notedOn: IsoDate,
  note: Nullable(Type.String()),
});
export const NotVaccinatedList = Type.Object({ total: Type.Integer(), items: Type.Array(NotVaccinated) });

export const ImportQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean({ default: false, description: 'check every row, write nothing' })) });
export const ImportReply = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  created: Type.Integer(),
  skipped: Type.Integer({ description: 'rows already in the register (a retried file)' }),
});
