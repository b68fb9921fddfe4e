import { Nullable } from '../../http/common-schema.ts';
import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, UnitRef } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';
import { AgeGroup, Stage } from '../campaigns/schema.ts';

const NamedUnit = Type.Object({ id: Type.Integer(), name: Type.String() });
export const Product = Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() });
export type Product = Static<typeof Product>;

export const Lot = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  product: Product,
  expiryDate: IsoDate,
});
export type Lot = Static<typeof Lot>;

export const MovementKind = Type.Union([Type.Literal('received'), Type.Literal('wasted'), Type.Literal('adjust')]);
export const NewMovement = Type.Object({
  clientId: Type.Optional(Type.String({ format: 'uuid' })),
  unitId: Id,
  lotId: Type.Optional(Id),
  /** a new lot (or an existing one found by product and code) */
  lot: Type.Optional(Type.Object({ productId: Id, lotCode: Type.String({ minLength: 1, maxLength: 60 }), expiryDate: IsoDate })),
  kind: MovementKind,
  /** doses; for `adjust` signed, otherwise positive */
  quantity: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 }),
  at: Type.Optional(Type.String({ format: 'date-time' })),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export type NewMovement = Static<typeof NewMovement>;

export const Movement = Type.Object({
  id: Type.Integer(),
  unit: NamedUnit,
  lot: Lot,
  kind: Type.String(),
  quantity: Type.Integer(),
  at: Type.String(),
  note: Nullable(Type.String()),
});
export type Movement = Static<typeof Movement>;

export const ExpiryState = Type.Union([Type.Literal('ok'), Type.Literal('soon'), Type.Literal('expired')]);
export const Balance = Type.Object({
  unit: NamedUnit,
  lot: Lot,
  received: Type.Integer(),
  transferIn: Type.Integer(),
  transferOut: Type.Integer(),
  wasted: Type.Integer(),
  adjust: Type.Integer(),
  given: Type.Integer(),
  balance: Type.Integer(),
  expiry: ExpiryState,
});
export type Balance = Static<typeof Balance>;

/** What doses are for: an age group at a stage of a campaign target. */
export const Purpose = Type.Object({ ageGroup: AgeGroup, stage: Stage });
export type Purpose = Static<typeof Purpose>;

/** Doses a unit needs and its stock cannot serve, what they are for and the products that can serve them. */
export const Shortage = Type.Object({
  ...Purpose.properties,
  /** doses finishing series begun on this product (null: any) */
  after: Nullable(Product),
  doses: Type.Integer(),
  products: Type.Array(Product),
});
export type Shortage = Static<typeof Shortage>;

export const Gap = Type.Object({
  unit: NamedUnit,
  usable: Type.Integer(),
  need: Type.Integer(),
  /** usable doses the unit's own needs do not use, and doses of its needs its own stock cannot serve */
  surplus: Type.Integer(),
  shortage: Type.Integer(),
  surpluses: Type.Array(Type.Object({ product: Product, doses: Type.Integer() })),
  shortages: Type.Array(Shortage),
});
export type Gap = Static<typeof Gap>;

export const StockQuery = Type.Object({ unitId: Type.Optional(Id), format: Type.Optional(ExportFormat) });
export const StockReply = Type.Object({
  unit: UnitRef,
  balances: Type.Array(Balance),
  /** lots with a balance expiring within 30 days, or already expired */
  alerts: Type.Array(Balance),
  gaps: Type.Array(Gap),
});
export type StockReply = Static<typeof StockReply>;

export const TransferStatus = Type.Union([Type.Literal('planned'), Type.Literal('sent'), Type.Literal('received'), Type.Literal('cancelled')]);
export const Transfer = Type.Object({
  id: Type.Integer(),
  planId: Nullable(Type.Integer()),
  planStatus: Nullable(Type.String()),
  from: NamedUnit,
  to: NamedUnit,
  lot: Lot,
  quantity: Type.Integer(),
  /** the receiving unit's need a suggested transfer serves */
  purpose: Nullable(Purpose),
  status: TransferStatus,
  sentAt: Nullable(Type.String()),
  receivedAt: Nullable(Type.String()),
  /** the step the user may take now: send (their unit sends), receive (their unit receives) */
  nextStep: Nullable(Type.Union([Type.Literal('send'), Type.Literal('receive')])),
});
export type Transfer = Static<typeof Transfer>;

export const Plan = Type.Object({
  id: Type.Integer(),
  province: NamedUnit,
  status: Type.String(),
  createdAt: Type.String(),
  acceptedAt: Nullable(Type.String()),
  transfers: Type.Array(Transfer),
  /** the shortages the area's stock could not serve when the plan was suggested */
  unserved: Type.Array(Type.Object({ unit: NamedUnit, ...Shortage.properties })),
});
export type Plan = Static<typeof Plan>;

export const NewPlan = Type.Object({ provinceId: Id });
export const TransferChange = Type.Object({ quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) });
export const ListQuery = Type.Object({ unitId: Type.Optional(Id) });
export const IdParams = Type.Object({ id: Id });
