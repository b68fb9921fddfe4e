import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorReply } from '../../http/common-schema.ts';
import type { AppDeps } from '../../http/deps.ts';
import { requireForm } from '../forms/service.ts';
import { AppError } from '../../http/errors.ts';
import { langOf, msg } from '../../http/lang.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import {
  DataValueSet,
  DataValueSetBody,
  DataValueSetImportQuery,
  DataValueSetQuery,
  ImportQuery,
  ImportReply,
  ImportSummary,
  TemplateQuery,
} from './schema.ts';
import * as service from './service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel template and import, DHIS2 dataValueSets (codes as identifiers). */
export const exchangeRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/reports/template',
    { schema: { tags: ['exchange'], querystring: TemplateQuery, produces: [XLSX] } },
    async (req, res) => {
      const actor = requireActor(req);
      const form = await requireForm(db, req.query.form, langOf(req));
      const { file, filename } = await service.template(db, actor, { form, unitId: req.query.unitId, period: req.query.period }, langOf(req), now());
      res.header('content-type', XLSX).header('content-disposition', `attachment; filename="${filename}"`);
      return file;
    },
  );

  app.post(
    '/api/reports/import',
    {
      schema: {
        tags: ['exchange'],
        description: 'The body is the .xlsx file (content-type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream).',
        querystring: ImportQuery,
        consumes: [XLSX, 'application/octet-stream'],
        response: { 200: ImportReply, 400: ErrorReply, 422: ErrorReply },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      const form = await requireForm(db, req.query.form, langOf(req));
      return service.importXlsx(db, actor, form, req.body, req.query.dryRun ?? false, langOf(req), now());
    },
  );

  app.get(
    '/api/dhis2/dataValueSets',
    { schema: { tags: ['exchange'], querystring: DataValueSetQuery, response: { 200: DataValueSet } } },
    async (req) => {
      const actor = requireActor(req);
      const code = req.query.form ?? req.query.dataSet;
      if (!code) throw new AppError('bad_request', `${msg('badInput', langOf(req))}: form`);
      const form = await requireForm(db, code, langOf(req));
      const q = { form, orgUnit: req.query.orgUnit, startDate: req.query.startDate, endDate: req.query.endDate };
      return service.exportDataValueSet(db, actor, q, langOf(req), now());
    },
  );

  app.post(
    '/api/dhis2/dataValueSets',
    {
      schema: {
        tags: ['exchange'],
        querystring: DataValueSetImportQuery,
        body: DataValueSetBody,
        response: { 200: ImportSummary, 409: ImportSummary },
      },
    },
    async (req, res) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      const { status, summary } = await service.importDataValueSet(
        db,
        actor,
        req.query.form ?? req.query.dataSet,
        req.body,
        req.query.dryRun ?? false,
        langOf(req),
        now(),
      );
      return res.code(status).send(summary);
    },
  );
};
