import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertNationalAdmin, requireActor } from '../auth/policy.ts';
import * as repo from './repository.ts';
import { Form, NewForm } from './schema.ts';
import { createForm, requireForm } from './service.ts';

export const formRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db }) => {
  app.get('/api/forms', { schema: { tags: ['forms'], response: { 200: Type.Array(Form) } } }, async (req) => {
    requireActor(req);
    return repo.listForms(db);
  });

  app.get(
    '/api/forms/:code',
    { schema: { tags: ['forms'], params: Type.Object({ code: Type.String() }), response: { 200: Form } } },
    async (req) => {
      requireActor(req);
      return requireForm(db, req.params.code, langOf(req));
    },
  );

  app.post('/api/forms', { schema: { tags: ['forms'], body: NewForm, response: { 201: Form } } }, async (req, res) => {
    const actor = requireActor(req);
    assertNationalAdmin(req, actor);
    res.code(201);
    return createForm(db, actor, req.body, langOf(req));
  });
};
