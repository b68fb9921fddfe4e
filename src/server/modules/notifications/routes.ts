import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../http/deps.ts';
import { langOf } from '../../http/lang.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { EmailStatus, NotificationList, ReadReply } from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, config, now }) => {
  app.get('/api/notifications', { schema: { tags, response: { 200: NotificationList } } }, async (req) => {
    const actor = requireActor(req);
    return service.listNotifications(db, actor, langOf(req));
  });

  app.post('/api/notifications/:id/read', { schema: { tags, params: IdParams, response: { 200: ReadReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return db.transaction((tx) => service.markRead(tx, actor, req.params.id, langOf(req), now()));
  });

  app.post('/api/notifications/read-all', { schema: { tags, response: { 200: ReadReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return db.transaction((tx) => service.markAllRead(tx, actor, now()));
  });

  app.get('/api/notifications/email-status', { schema: { tags, response: { 200: EmailStatus } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'admin');
    return service.emailStatus(db, actor, config, now());
  });
};
