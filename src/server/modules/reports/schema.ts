import { Type, type Static } from '@sinclair/typebox';
import { FieldError, IsoDate, UnitRef, Values } from '../../http/common-schema.ts';

export const ReportStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('submitted'),
  Type.Literal('approved'),
  Type.Literal('returned'),
]);
export type ReportStatus = Static<typeof ReportStatus>;

export const Timeliness = Type.Union([
  Type.Literal('on_time'),
  Type.Literal('late'),
  Type.Literal('missing'),
  Type.Literal('pending', { description: 'not submitted, deadline not passed yet' }),
]);
export type Timeliness = Static<typeof Timeliness>;

export const ReportParams = Type.Object({
  form: Type.String(),
  unitId: Type.Integer({ minimum: 1 }),
  period: IsoDate,
});

export const Report = Type.Object({
  id: Type.Union([Type.Integer(), Type.Null()]),
  form: Type.String(),
  unit: UnitRef,
  period: IsoDate,
  status: ReportStatus,
  values: Values,
  deadline: Type.String({ description: 'ISO timestamp' }),
  timeliness: Timeliness,
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
  reviewComment: Type.Union([Type.String(), Type.Null()]),
});
export type Report = Static<typeof Report>;

export const SaveBody = Type.Object({
  // checked by the form's own rules (checkValues), so that a blank is "required", not 0
  values: Type.Record(Type.String(), Type.Unknown()),
  submit: Type.Boolean(),
});

export const SaveReply = Type.Object({ report: Report, warnings: Type.Array(FieldError) });

export const ReturnBody = Type.Object({ comment: Type.String({ minLength: 1, maxLength: 2000 }) });

export const QueueQuery = Type.Object({ form: Type.String(), period: Type.Optional(IsoDate) });
export const QueueItem = Type.Object({
  id: Type.Integer(),
  unit: UnitRef,
  period: IsoDate,
  status: ReportStatus,
  values: Values,
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  onTime: Type.Union([Type.Boolean(), Type.Null()]),
  warnings: Type.Array(FieldError),
});
export type QueueItem = Static<typeof QueueItem>;
