import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { formDefinitionErrors } from '../../../domain/form-definition.ts';
import { AppError } from '../../http/errors.ts';
import { langOf, msg } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { writeAudit } from '../audit/repository.ts';
import { assertNationalAdmin, requireActor } from '../auth/policy.ts';
import * as repo from './repository.ts';
import { Form, NewForm } from './schema.ts';

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
      const form = await repo.findForm(db, req.params.code);
      if (!form) throw new AppError('not_found', msg('notFound', langOf(req)));
      return form;
    },
  );

  app.post('/api/forms', { schema: { tags: ['forms'], body: NewForm, response: { 201: Form } } }, async (req, res) => {
    const actor = requireActor(req);
    assertNationalAdmin(req, actor);
    const errors = formDefinitionErrors(req.body);
    if (errors.length) throw new AppError('validation', msg('badInput', langOf(req)), errors);
    if (await repo.findForm(db, req.body.code)) throw new AppError('conflict', `${req.body.code}: ${msg('badInput', langOf(req))}`);
    await db.transaction(async (tx) => {
      const id = await repo.insertForm(tx, req.body);
      await writeAudit(tx, {
        userId: actor.id,
        unitId: actor.unit.id,
        action: 'create',
        entity: 'report_form',
        entityId: String(id),
        before: null,
        after: req.body,
      });
    });
    res.code(201);
    return (await repo.findForm(db, req.body.code))!;
  });
};
