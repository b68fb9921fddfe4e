import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, Nullable, UnitRef } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';

const Timestamp = Type.String({ format: 'date-time', description: 'ISO timestamp; kept to the minute' });
const Phone = Type.String({ minLength: 1, maxLength: 30, description: 'a Vietnamese number: 10 digits starting 0, 11-digit landline 02…, 1800/1900 hotline or 11x' });
const ClientId = Type.Optional(Type.String({ format: 'uuid', description: 'makes a retried create return the row already made' }));

export const IdParams = Type.Object({ id: Id });

export const Shift = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  leaderName: Type.String(),
  leaderTitle: Type.String(),
  phone: Type.String(),
});
export type Shift = Static<typeof Shift>;

const ShiftFields = {
  startsAt: Timestamp,
  endsAt: Timestamp,
  leaderName: Type.String({ minLength: 1, maxLength: 200 }),
  leaderTitle: Type.String({ maxLength: 200 }),
  phone: Phone,
};
export const NewShift = Type.Object({ unitId: Id, ...ShiftFields, leaderTitle: Type.Optional(ShiftFields.leaderTitle), clientId: ClientId });
export type NewShift = Static<typeof NewShift>;
export const ShiftChange = Type.Partial(Type.Object(ShiftFields));
export type ShiftChange = Static<typeof ShiftChange>;

export const Hotline = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  label: Type.String(),
  phone: Type.String(),
  sortOrder: Type.Integer(),
});
export type Hotline = Static<typeof Hotline>;

const HotlineFields = {
  label: Type.String({ minLength: 1, maxLength: 200 }),
  phone: Phone,
  sortOrder: Type.Integer({ minimum: 0, maximum: 1000 }),
};
export const NewHotline = Type.Object({ unitId: Id, ...HotlineFields, sortOrder: Type.Optional(HotlineFields.sortOrder), clientId: ClientId });
export type NewHotline = Static<typeof NewHotline>;
export const HotlineChange = Type.Partial(Type.Object(HotlineFields));
export type HotlineChange = Static<typeof HotlineChange>;

export const Gap = Type.Object({ from: Timestamp, to: Timestamp, message: Type.String({ description: '"Chưa có người trực 00:00–08:00 12/12"' }) });

export const DutyQuery = Type.Object({
  unitId: Type.Optional(Id),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  format: Type.Optional(ExportFormat),
});
export type DutyQuery = Static<typeof DutyQuery>;

export const DutyReply = Type.Object({
  unit: UnitRef,
  /** the reader may change this roster and its hotlines */
  canEdit: Type.Boolean(),
  onDuty: Nullable(Shift),
  next: Nullable(Shift),
  /** the roster's days [from, to], Vietnam calendar; a Monday to Sunday week unless asked */
  from: IsoDate,
  to: IsoDate,
  shifts: Type.Array(Shift),
  hotlines: Type.Array(Hotline),
  /** uncovered hours in the next 7 days */
  gaps: Type.Array(Gap),
});
export type DutyReply = Static<typeof DutyReply>;

export const BoardQuery = Type.Object({ unitId: Type.Optional(Id) });
export const Relation = Type.Union([Type.Literal('ancestor'), Type.Literal('self'), Type.Literal('sibling'), Type.Literal('child')]);
export type Relation = Static<typeof Relation>;
export const BoardRow = Type.Object({
  unit: UnitRef,
  relation: Relation,
  onDuty: Nullable(Type.Object({ leaderName: Type.String(), leaderTitle: Type.String(), phone: Type.String(), endsAt: Timestamp })),
  hotlines: Type.Array(Type.Object({ label: Type.String(), phone: Type.String() })),
});
export type BoardRow = Static<typeof BoardRow>;
export const BoardReply = Type.Object({ unit: UnitRef, at: Timestamp, rows: Type.Array(BoardRow) });
export type BoardReply = Static<typeof BoardReply>;

export const CopyWeek = Type.Object({
  unitId: Id,
  weekStart: Type.Optional(IsoDate),
});
export type CopyWeek = Static<typeof CopyWeek>;
export const CopyWeekReply = Type.Object({
  /** the week filled: [weekStart, weekStart + 6] */
  weekStart: IsoDate,
  created: Type.Integer(),
  /** shifts of the week before whose copy would overlap one already there */
  skipped: Type.Integer(),
});
export type CopyWeekReply = Static<typeof CopyWeekReply>;
