import { Type, type Static } from '@sinclair/typebox';

export const AuditQuery = Type.Object({
  entity: Type.Optional(Type.String()),
  entityId: Type.Optional(Type.String()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ description: 'ISO timestamp' }),
  username: Type.Union([Type.String(), Type.Null()]),
  unitId: Type.Union([Type.Integer(), Type.Null()]),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
});
export type AuditEntry = Static<typeof AuditEntry>;
