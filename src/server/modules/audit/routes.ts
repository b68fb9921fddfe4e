import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../http/deps.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { listAudit } from './repository.ts';
import { AuditEntry, AuditQuery } from './schema.ts';

export const auditRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db }) => {
  app.get('/api/audit', { schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: Type.Array(AuditEntry) } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    const rows = await listAudit(db, actor.unitPath, req.query, req.query.limit ?? 100);
    return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
  });
};
