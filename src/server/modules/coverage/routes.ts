import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { sendDownload } from '../../http/table-export.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { coverageTable } from './export.ts';
import {
  CoverageQuery,
  CoverageReport,
  ProgressQuery,
  ProgressReport,
  Reconciliation,
  ReportedBody,
  ReportedResult,
  UnitParams,
} from './schema.ts';
import * as service from './service.ts';

export const coverageRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/coverage/:unitId',
    { schema: { tags: ['coverage'], params: UnitParams, querystring: CoverageQuery, response: { 200: CoverageReport } } },
    async (req, res) => {
      const { format, ...options } = req.query;
      const report = await service.coverageReport(db, requireActor(req), req.params.unitId, options, langOf(req), now());
      return format ? sendDownload(res, format, coverageTable(report, langOf(req))) : report;
    },
  );

  app.get(
    '/api/coverage/:unitId/reconciliation',
    { schema: { tags: ['coverage'], params: UnitParams, querystring: ProgressQuery, response: { 200: Reconciliation } } },
    async (req) => service.reconciliation(db, requireActor(req), req.params.unitId, req.query.date, langOf(req), now()),
  );

  app.get(
    '/api/vaccination-progress/:unitId',
    { schema: { tags: ['coverage'], params: UnitParams, querystring: ProgressQuery, response: { 200: ProgressReport } } },
    async (req) => service.progressReport(db, requireActor(req), req.params.unitId, req.query.date, langOf(req), now()),
  );

  app.post(
    '/api/reported-coverage',
    { schema: { tags: ['coverage'], body: ReportedBody, response: { 200: ReportedResult } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'review');
      return { saved: await service.saveReported(db, actor, req.body.rows, langOf(req), now()) };
    },
  );
};
