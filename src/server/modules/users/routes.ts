import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { NewUser, User, UserChange } from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const userRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db }) => {
  app.get('/api/users', { schema: { tags: ['users'], response: { 200: Type.Array(User) } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'admin');
    return service.listUsers(db, actor);
  });

  app.post('/api/users', { schema: { tags: ['users'], body: NewUser, response: { 201: User } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'admin');
    res.code(201);
    return service.addUser(db, actor, req.body, langOf(req));
  });

  app.patch('/api/users/:id', { schema: { tags: ['users'], params: IdParams, body: UserChange, response: { 200: User } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'admin');
    return service.changeUser(db, actor, req.params.id, req.body, langOf(req));
  });
};
