import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const IsoDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const Id = Type.Integer({ minimum: 1 });
/** A value or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const UnitRef = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  fullName: Type.String(),
  level: Type.Integer({ description: '0 nation, 1 province, 2 district, 3 commune' }),
});
export type UnitRef = Static<typeof UnitRef>;

export const FieldError = Type.Object({ field: Type.String(), message: Type.String() });
export type FieldError = Static<typeof FieldError>;

export const ErrorReply = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    fields: Type.Optional(Type.Array(FieldError)),
    rows: Type.Optional(Type.Array(Type.Object({ row: Type.Integer(), errors: Type.Array(FieldError) }))),
  }),
});

export const Values = Type.Record(Type.String(), Type.Number());
export type Values = Static<typeof Values>;
