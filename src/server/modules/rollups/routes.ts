import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { bulletinText } from '../../../domain/bulletin.ts';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { requireActor } from '../auth/policy.ts';
import { formOr404 } from '../reports/routes.ts';
import { Bulletin, Dashboard, DashboardQuery } from './schema.ts';
import { toCsv, toXlsx } from './export.ts';
import * as service from './service.ts';

const DEFAULT_FORM = 'BCTH-NGAY';
const Params = Type.Object({ unitId: Type.Integer({ minimum: 1 }) });

export const rollupRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  const load = async (req: { params: { unitId: number }; query: { form?: string; date?: string; start?: string } } & Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(req);
    const form = await formOr404(db, req, req.query.form ?? DEFAULT_FORM);
    const input = { form, unitId: req.params.unitId, date: req.query.date, start: req.query.start };
    return { form, data: await service.dashboard(db, actor, input, langOf(req), now()) };
  };

  app.get(
    '/api/dashboard/:unitId',
    { schema: { tags: ['dashboard'], params: Params, querystring: DashboardQuery, response: { 200: Dashboard } } },
    async (req) => (await load(req)).data,
  );

  app.get(
    '/api/dashboard/:unitId/bulletin',
    { schema: { tags: ['dashboard'], params: Params, querystring: DashboardQuery, response: { 200: Bulletin } } },
    async (req) => {
      const { form, data } = await load(req);
      return bulletinText({
        lang: langOf(req),
        unitName: data.unit.fullName,
        date: data.date,
        start: data.start,
        deadlineTime: form.deadlineTime,
        headline: data.headline,
        children: data.children.map((c) => ({ name: c.unit.name, cases: c.figures.casesLast24h })),
        reported: data.completeness.reported,
        expected: data.completeness.expected,
        onTime: data.completeness.onTime,
      });
    },
  );

  app.get(
    '/api/dashboard/:unitId/export',
    {
      schema: {
        tags: ['dashboard'],
        params: Params,
        querystring: Type.Composite([DashboardQuery, Type.Object({ format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')]) })]),
      },
    },
    async (req, res) => {
      const { data } = await load(req);
      const name = `epicenter-${data.unit.code}-${data.date}`;
      if (req.query.format === 'csv') {
        res.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
        return toCsv(data, langOf(req));
      }
      res
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`);
      return toXlsx(data, langOf(req));
    },
  );
};
