import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError } from 'fastify';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { boundaryMessage } from './messages.ts';
import { BOUNDARY_BODY_LIMIT, BoundaryImportReply, BoundaryStatus, DeleteQuery, DeleteReply } from './schema.ts';
import * as service from './service.ts';

const tags = ['boundaries'];

export const boundaryRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  // a .geojson file sent as it is
  app.addContentTypeParser('application/geo+json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  // the limit, said in the user's language; anything else goes to the app's error handler
  app.setErrorHandler((err: FastifyError, req, res) => {
    if (err.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw err;
    const message = boundaryMessage('tooLarge', langOf(req), { mb: BOUNDARY_BODY_LIMIT / 1024 / 1024 });
    return res.code(413).send({ error: { code: 'bad_request', message } });
  });

  app.put(
    '/api/boundaries',
    { bodyLimit: BOUNDARY_BODY_LIMIT, schema: { tags, response: { 200: BoundaryImportReply } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'admin');
      return service.importBoundaries(db, actor, req.body, langOf(req), now());
    },
  );

  app.get('/api/boundaries/status', { schema: { tags, response: { 200: BoundaryStatus } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'admin');
    return service.boundaryStatus(db, actor, now());
  });

  app.delete('/api/boundaries', { schema: { tags, querystring: DeleteQuery, response: { 200: DeleteReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'admin');
    return { deleted: await service.clearLevel(db, actor, req.query.level) };
  });
};
