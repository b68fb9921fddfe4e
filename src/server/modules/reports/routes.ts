import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { requireForm } from '../forms/service.ts';
import { QueueItem, QueueQuery, Report, ReportParams, ReturnBody, SaveBody, SaveReply } from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const reportRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/reports/:form/:unitId/:period',
    { schema: { tags: ['reports'], params: ReportParams, response: { 200: Report } } },
    async (req) => {
      const actor = requireActor(req);
      const form = await requireForm(db, req.params.form, langOf(req));
      return service.getReport(db, actor, form, req.params.unitId, req.params.period, langOf(req), now());
    },
  );

  app.put(
    '/api/reports/:form/:unitId/:period',
    { schema: { tags: ['reports'], params: ReportParams, body: SaveBody, response: { 200: SaveReply } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      const form = await requireForm(db, req.params.form, langOf(req));
      const input = { form, unitId: req.params.unitId, period: req.params.period, values: req.body.values, submit: req.body.submit };
      return service.saveReport(db, actor, input, langOf(req), now());
    },
  );

  app.post(
    '/api/reports/:id/approve',
    { schema: { tags: ['reports'], params: IdParams, response: { 200: Report } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'review');
      return service.reviewReport(db, actor, req.params.id, { approve: true }, langOf(req), now());
    },
  );

  app.post(
    '/api/reports/:id/return',
    { schema: { tags: ['reports'], params: IdParams, body: ReturnBody, response: { 200: Report } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'review');
      const decision = { approve: false as const, comment: req.body.comment };
      return service.reviewReport(db, actor, req.params.id, decision, langOf(req), now());
    },
  );

  app.get(
    '/api/approvals',
    { schema: { tags: ['reports'], querystring: QueueQuery, response: { 200: Type.Array(QueueItem) } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'review');
      const form = await requireForm(db, req.query.form, langOf(req));
      return service.reviewQueue(db, actor, form, req.query.period ?? null, langOf(req));
    },
  );
};
