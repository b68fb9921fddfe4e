import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from './db/client.ts';
import type { Config } from './env.ts';
import type { AppDeps } from './http/deps.ts';
import { errorReply } from './http/error-reply.ts';
import { AppError } from './http/errors.ts';
import { langOf, msg } from './http/lang.ts';
import { authRoutes, SESSION_COOKIE } from './modules/auth/routes.ts';
import { sessionActor } from './modules/auth/service.ts';
import { formRoutes } from './modules/forms/routes.ts';
import { orgUnitRoutes } from './modules/orgunits/routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { rollupRoutes } from './modules/rollups/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { exchangeRoutes } from './modules/exchange/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { peopleRoutes } from './modules/people/routes.ts';
import { labtestRoutes } from './modules/labtests/routes.ts';
import { caseRoutes } from './modules/cases/routes.ts';
import { contactRoutes } from './modules/contacts/routes.ts';
import { quarantineRoutes } from './modules/quarantine/routes.ts';
import { facilityRoutes } from './modules/facilities/routes.ts';
import { registerRoutes } from './modules/registers/routes.ts';
import { registerExchangeRoutes } from './modules/register-exchange/routes.ts';
import { vaccineRoutes } from './modules/vaccines/routes.ts';
import { coverageRoutes } from './modules/coverage/routes.ts';
import { campaignRoutes } from './modules/campaigns/routes.ts';
import { stockRoutes } from './modules/stock/routes.ts';
import { conferenceRoutes } from './modules/conferences/routes.ts';
import { noticeRoutes } from './modules/notices/routes.ts';
import { taskRoutes } from './modules/tasks/routes.ts';
import { dutyRoutes } from './modules/duty/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { levelRoutes } from './modules/levels/routes.ts';
import { levelRuleRoutes } from './modules/level-rules/routes.ts';
import { publicRoutes } from './modules/public/routes.ts';
import { boundaryRoutes } from './modules/boundaries/routes.ts';
import { realtimeRoutes } from './realtime/routes.ts';

const webRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const PUBLIC_ROUTES = new Set(['/api/health', '/api/auth/login', '/api/openapi.json']);
/** Everything else under /api needs a session, checked before the body is even validated. The public portal's API is open to all. */
const isPublic = (route: string) => PUBLIC_ROUTES.has(route) || route.startsWith('/api/docs') || route.startsWith('/api/public/');

export interface AppOptions {
  db: Db;
  config: Config;
  logger?: boolean;
  loginRateLimit?: number;
  now?: () => Date;
  liveSessionCheckMs?: number;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: opts.config.logLevel } : false,
    bodyLimit: 20 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const deps: AppDeps = {
    db: opts.db,
    config: opts.config,
    loginRateLimit: opts.loginRateLimit ?? 10,
    now: opts.now ?? (() => new Date()),
    liveSessionCheckMs: opts.liveSessionCheckMs ?? 5 * 60_000,
  };

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'style-src': ["'self'", "'unsafe-inline'"], // antd writes its styles at run time
        'img-src': ["'self'", 'data:', 'blob:'],
        // command centres often serve plain http on a local network
        'upgrade-insecure-requests': null,
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'EpiCenter API', version: '1.0.0', description: 'Epidemic command centre: reporting chain from commune to nation' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  // PUT/POST bodies for imports are raw files
  app.addContentTypeParser(
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'],
    { parseAs: 'buffer' },
    (_req, body, done) => done(null, body),
  );

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    req.actor = token ? await sessionActor(deps.db, token) : null;
    const route = req.routeOptions.url;
    if (!req.actor && route && !isPublic(route)) throw new AppError('unauthorized', msg('unauthorized', langOf(req)));
    const safe = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
    if (!safe && req.actor && req.headers['x-csrf-token'] !== req.actor.csrfToken) {
      throw new AppError('forbidden', msg('csrf', langOf(req)));
    }
  });

  app.setErrorHandler((err: FastifyError | AppError, req, res) => {
    const { status, body } = errorReply(err, langOf(req));
    if (status >= 500) req.log.error(err);
    return res.code(status).send(body);
  });

  app.get('/api/health', { schema: { tags: ['system'] } }, async () => {
    await deps.db.query({ text: 'select 1', values: [] });
    return { status: 'ok', db: deps.db.kind };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const registerAreas = [
    peopleRoutes, labtestRoutes, caseRoutes, contactRoutes, quarantineRoutes, facilityRoutes, registerRoutes, registerExchangeRoutes,
    vaccineRoutes, coverageRoutes, campaignRoutes, stockRoutes, conferenceRoutes, noticeRoutes, taskRoutes, dutyRoutes, notificationRoutes, realtimeRoutes,
    levelRoutes, levelRuleRoutes, publicRoutes, boundaryRoutes,
  ];
  for (const routes of [authRoutes, orgUnitRoutes, formRoutes, reportRoutes, rollupRoutes, auditRoutes, exchangeRoutes, userRoutes, ...registerAreas]) {
    await app.register(routes, deps);
  }

  app.setNotFoundHandler((req, res) => {
    // a missing asset is a 404, not the app's page (a stale tab after a new build reloads cleanly)
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || !existsSync(webRoot + 'index.html')) {
      return res.code(404).send({ error: { code: 'not_found', message: msg('notFound', langOf(req)) } });
    }
    return res.sendFile('index.html', webRoot);
  });
  if (existsSync(webRoot)) await app.register(fastifyStatic, { root: webRoot });
  return app;
}
