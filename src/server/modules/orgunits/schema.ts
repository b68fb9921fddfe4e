import { Type } from '@sinclair/typebox';
import { UnitRef } from '../../http/common-schema.ts';

export const Population = Type.Object({
  year: Type.Integer(),
  total: Type.Integer(),
  age18plus: Type.Integer(),
  age50plus: Type.Integer(),
  age12to17: Type.Integer(),
  age5to11: Type.Integer(),
  isDemo: Type.Boolean({ description: 'generated demo figures, not official statistics' }),
  source: Type.String(),
});

export const UnitDetail = Type.Object({
  ...UnitRef.properties,
  kind: Type.String(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
  ancestors: Type.Array(UnitRef),
  population: Type.Union([Population, Type.Null()]),
});

export const UnitSearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  level: Type.Optional(Type.Integer({ minimum: 0, maximum: 3 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});
