import { Type, type Static } from '@sinclair/typebox';
import { UnitRef } from '../../http/common-schema.ts';

export const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('officer'),
  Type.Literal('clerk'),
  Type.Literal('viewer'),
]);
export type Role = Static<typeof Role>;

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});

export const SessionUser = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  fullName: Type.String(),
  role: Role,
  unit: UnitRef,
});
export type SessionUser = Static<typeof SessionUser>;

export const SessionReply = Type.Object({
  user: SessionUser,
  csrfToken: Type.String(),
  /** today's date in Vietnam by the server's clock: the default report date */
  today: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
});
export type SessionReply = Static<typeof SessionReply>;
