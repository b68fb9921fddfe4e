import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { requireActor } from '../auth/policy.ts';
import { requireForm } from '../forms/service.ts';
import { Bulletin, Dashboard, DashboardQuery } from './schema.ts';
import { dashboardTable } from './export.ts';
import { ExportFormat, sendTable } from '../../http/table-export.ts';
import * as service from './service.ts';

const DEFAULT_FORM = 'BCTH-NGAY';
const Params = Type.Object({ unitId: Type.Integer({ minimum: 1 }) });
const ExportQuery = Type.Composite([DashboardQuery, Type.Object({ format: ExportFormat })]);

export const rollupRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  const dashboardOf = async (req: FastifyRequest, params: Static<typeof Params>, query: Static<typeof DashboardQuery>) => {
    const actor = requireActor(req);
    const form = await requireForm(db, query.form ?? DEFAULT_FORM, langOf(req));
    const input = { form, unitId: params.unitId, date: query.date, start: query.start };
    return { form, data: await service.dashboard(db, actor, input, langOf(req), now()) };
  };

  app.get(
    '/api/dashboard/:unitId',
    { schema: { tags: ['dashboard'], params: Params, querystring: DashboardQuery, response: { 200: Dashboard } } },
    async (req) => (await dashboardOf(req, req.params, req.query)).data,
  );

  app.get(
    '/api/dashboard/:unitId/bulletin',
    { schema: { tags: ['dashboard'], params: Params, querystring: DashboardQuery, response: { 200: Bulletin } } },
    async (req) => {
      const { form, data } = await dashboardOf(req, req.params, req.query);
      return service.bulletin(form, data, langOf(req));
    },
  );

  app.get(
    '/api/dashboard/:unitId/export',
    { schema: { tags: ['dashboard'], params: Params, querystring: ExportQuery } },
    async (req, res) => {
      const { data } = await dashboardOf(req, req.params, req.query);
      return sendTable(res, req.query.format, dashboardTable(data, langOf(req)));
    },
  );
};
