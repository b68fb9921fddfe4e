import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { ReplyCache, type CachedReply } from './cache.ts';
import { catalogue, download } from './open-data.ts';
import {
  BoundaryCollection,
  LevelsQuery,
  OpenDataCatalogue,
  OpenDataParams,
  OpenDataQuery,
  OverviewQuery,
  PublicCoverage,
  PublicLevels,
  PublicOverview,
  UnitParams,
} from './schema.ts';
import * as service from './service.ts';

const MAX_ENTRIES = 2000;
const tags = ['public'];

/** Open to everyone (app.ts lets /api/public/* through without a session), cached and rate-limited per IP. */
export const publicRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, config, now }) => {
  const ttl = config.publicCacheSeconds;
  const cache = new ReplyCache({ ttlMs: ttl * 1000, maxEntries: MAX_ENTRIES, now });
  const rule = { below: config.publicSmallCount, fromLevel: config.publicSmallCountLevel };
  const limited = { rateLimit: { max: config.publicRateLimit, timeWindow: '1 minute' } };
  const ctx = (req: FastifyRequest): service.PublicContext => ({ db, rule, lang: langOf(req), now: now() });

  /**
   * The route, its parameters and the query fields it knows, and the language: query fields it
   * ignores do not make a new entry (a reader could otherwise defeat the cache with ?x=1, ?x=2 …).
   */
  const keyOf = (req: FastifyRequest) => {
    const known = Object.keys((req.routeOptions.schema?.querystring as { properties?: object } | undefined)?.properties ?? {});
    const query = req.query as Record<string, unknown>;
    const picked = known.filter((q) => q !== 'lang' && query[q] !== undefined).map((q) => [q, query[q]]);
    return `${req.method} ${req.routeOptions.url} ${JSON.stringify(req.params)} ${JSON.stringify(picked)} ${langOf(req)}`;
  };

  /** The reply from the cache (computed on a miss), with its ETag; 304 when the client has it. */
  async function cached(req: FastifyRequest, res: FastifyReply, compute: () => Promise<Omit<CachedReply, 'etag'>>) {
    const r = await cache.get(keyOf(req), compute);
    res.header('cache-control', `public, max-age=${ttl}`).header('etag', r.etag).header('vary', 'Accept-Language');
    for (const [k, v] of Object.entries(r.headers)) res.header(k, v);
    const known = req.headers['if-none-match']?.split(',').map((t) => t.trim());
    if (known?.includes(r.etag)) return res.code(304).send();
    return res.header('content-type', r.contentType).send(r.body);
  }
  // serialized by the route's response schema: a field the schema does not name never goes out
  const json = (req: FastifyRequest, res: FastifyReply, produce: () => Promise<unknown>) =>
    cached(req, res, async () => ({ body: res.serialize(await produce()) as string, contentType: 'application/json; charset=utf-8', headers: {} }));

  app.get(
    '/api/public/overview',
    { config: limited, schema: { tags, querystring: OverviewQuery, response: { 200: PublicOverview } } },
    async (req, res) => json(req, res, () => service.overview(ctx(req), undefined, req.query.date)),
  );

  app.get(
    '/api/public/overview/:unitId',
    { config: limited, schema: { tags, params: UnitParams, querystring: OverviewQuery, response: { 200: PublicOverview } } },
    async (req, res) => json(req, res, () => service.overview(ctx(req), req.params.unitId, req.query.date)),
  );

  app.get(
    '/api/public/levels/:unitId',
    { config: limited, schema: { tags, params: UnitParams, querystring: LevelsQuery, response: { 200: PublicLevels } } },
    async (req, res) => json(req, res, () => service.levels(ctx(req), req.params.unitId, req.query.week)),
  );

  app.get(
    '/api/public/boundaries/:unitId',
    { config: limited, schema: { tags, params: UnitParams, response: { 200: BoundaryCollection } } },
    async (req, res) => json(req, res, () => service.boundaries(ctx(req), req.params.unitId)),
  );

  app.get(
    '/api/public/coverage/:unitId',
    { config: limited, schema: { tags, params: UnitParams, response: { 200: PublicCoverage } } },
    async (req, res) => json(req, res, () => service.coverage(ctx(req), req.params.unitId)),
  );

  app.get(
    '/api/public/open-data',
    { config: limited, schema: { tags, response: { 200: OpenDataCatalogue } } },
    async (req, res) => json(req, res, async () => catalogue(rule, langOf(req))),
  );

  app.get(
    '/api/public/open-data/:dataset.:format',
    { config: limited, schema: { tags, params: OpenDataParams, querystring: OpenDataQuery } },
    async (req, res) =>
      cached(req, res, async () => {
        const d = await download(ctx(req), req.params.dataset, req.params.format, req.query.unitId);
        return { body: d.body, contentType: d.contentType, headers: { 'content-disposition': `attachment; filename="${d.fileName}"` } };
      }),
  );
};
