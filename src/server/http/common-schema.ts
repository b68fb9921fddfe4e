import { Type, type Static, type TNull, type TSchema, type TUnion } from '@sinclair/typebox';

export const IsoDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const Id = Type.Integer({ minimum: 1 });
/**
 * A value or null. For a primitive schema this is one schema of two types (`type: ['number',
 * 'null']`): requests are validated with coerceTypes, and in an `anyOf` ajv coerces into the
 * first branch that can take the value, so null would become 0 (number first) or 0 null (null
 * first). With a type list nothing is coerced that already has one of the types.
 */
export const Nullable = <T extends TSchema>(t: T): TUnion<[T, TNull]> => {
  if (typeof t.type !== 'string' || t.type === 'object' || t.type === 'array' || 'anyOf' in t) return Type.Union([t, Type.Null()]);
  return Type.Unsafe({ ...t, type: [t.type, 'null'] }) as unknown as TUnion<[T, TNull]>;
};

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
