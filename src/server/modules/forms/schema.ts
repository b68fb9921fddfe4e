import { Type, type Static } from '@sinclair/typebox';

export const Term = Type.Object({
  indicator: Type.String(),
  coef: Type.Optional(Type.Number()),
  /** use the running total since the form's start (this report included) instead of the value */
  cumulative: Type.Optional(Type.Boolean()),
});

/** left op right, where each side is a sum of terms (plus a constant). */
export const Rule = Type.Object({
  code: Type.String(),
  field: Type.String({ description: 'indicator the message is shown beside' }),
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  left: Type.Array(Term),
  op: Type.Union([Type.Literal('<='), Type.Literal('>='), Type.Literal('=')]),
  right: Type.Array(Term),
  constant: Type.Optional(Type.Number()),
  messageVi: Type.String(),
  messageEn: Type.String(),
});
export type Rule = Static<typeof Rule>;

export const Indicator = Type.Object({
  code: Type.String({ pattern: '^[a-z][a-z0-9_]*$' }),
  position: Type.Integer(),
  sectionVi: Type.String(),
  sectionEn: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  kind: Type.Union([Type.Literal('flow'), Type.Literal('stock')]),
});
export type Indicator = Static<typeof Indicator>;

export const Form = Type.Object({
  id: Type.Integer(),
  code: Type.String({ pattern: '^[A-Z0-9_-]+$' }),
  nameVi: Type.String(),
  nameEn: Type.String(),
  periodType: Type.Union([Type.Literal('day'), Type.Literal('week'), Type.Literal('month')]),
  deadlineTime: Type.String({ pattern: '^\\d{2}:\\d{2}$' }),
  deadlineOffsetDays: Type.Integer({ minimum: 0, maximum: 31 }),
  submitLevel: Type.Integer({ minimum: 1, maximum: 3 }),
  approveLevel: Type.Integer({ minimum: 0, maximum: 2 }),
  startDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  caseIndicators: Type.Array(Type.String()),
  indicators: Type.Array(Indicator),
  rules: Type.Array(Rule),
});
export type Form = Static<typeof Form>;

export const NewForm = Type.Omit(Form, ['id']);
export type NewForm = Static<typeof NewForm>;
