import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorReply } from '../../http/common-schema.ts';
import type { AppDeps } from '../../http/deps.ts';
import { langOf } from '../../http/lang.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { ImportQuery, ImportReply, TemplateQuery } from './schema.ts';
import { importRegister } from './service.ts';
import { registerTemplate } from './template.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Templates and imports of the person-level registers (people, tests, cases, contacts). */
export const registerExchangeRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  // CSV arrives as text/csv from API clients; the web upload sends every file as a raw body
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.get(
    '/api/register-exchange/template',
    { schema: { tags: ['register-exchange'], querystring: TemplateQuery, produces: [XLSX] } },
    async (req, res) => {
      requireActor(req);
      const file = await registerTemplate(req.query.kind, langOf(req));
      res.header('content-type', XLSX).header('content-disposition', `attachment; filename="mau-nhap-${req.query.kind}.xlsx"`);
      return file;
    },
  );

  app.post(
    '/api/register-exchange/import',
    {
      schema: {
        tags: ['register-exchange'],
        description: 'The body is the .xlsx or .csv file (UTF-8, comma or semicolon). Every row valid, or nothing applied (422 with the rows).',
        querystring: ImportQuery,
        consumes: [XLSX, 'text/csv', 'application/octet-stream'],
        response: { 200: ImportReply, 400: ErrorReply, 422: ErrorReply },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      return importRegister(db, actor, { kind: req.query.kind, dryRun: req.query.dryRun ?? false }, req.body, langOf(req), now());
    },
  );
};
