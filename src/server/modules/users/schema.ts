import { Type, type Static } from '@sinclair/typebox';
import { UnitRef } from '../../http/common-schema.ts';
import { Role } from '../auth/schema.ts';

export const MIN_PASSWORD = 10;

/** where task reminders are emailed; an empty string removes it */
const Email = Type.String({ maxLength: 254 });

export const User = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  fullName: Type.String(),
  role: Role,
  unit: UnitRef,
  email: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
  createdAt: Type.String(),
});
export type User = Static<typeof User>;

export const NewUser = Type.Object({
  username: Type.String({ pattern: '^[a-z0-9._-]{3,50}$', description: 'lower case letters, digits, dot, dash, underscore' }),
  fullName: Type.String({ minLength: 1, maxLength: 200 }),
  role: Role,
  unitId: Type.Integer({ minimum: 1 }),
  password: Type.String({ minLength: MIN_PASSWORD, maxLength: 200 }),
  email: Type.Optional(Email),
});
export type NewUser = Static<typeof NewUser>;

export const UserChange = Type.Object({
  fullName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  role: Type.Optional(Role),
  disabled: Type.Optional(Type.Boolean()),
  password: Type.Optional(Type.String({ minLength: MIN_PASSWORD, maxLength: 200 })),
  email: Type.Optional(Email),
});
export type UserChange = Static<typeof UserChange>;
