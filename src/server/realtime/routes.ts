/**
 * GET /api/events: a server-sent event stream of live signals for one open screen: its
 * conference (if it names one it may see) and the tasks in the reader's scope.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { ServerResponse } from 'node:http';
import type { AppDeps } from '../http/deps.ts';
import { langOf } from '../http/lang.ts';
import { requireActor } from '../modules/auth/policy.ts';
import { SESSION_COOKIE } from '../modules/auth/routes.ts';
import { sessionActor } from '../modules/auth/service.ts';
import { requireConferenceVisible } from '../modules/conferences/scope.ts';
import { wants } from './events.ts';
import { LiveHub } from './hub.ts';

const EventsQuery = Type.Object({ conference: Type.Optional(Type.Integer({ minimum: 1 })) });
/** proxies and browsers drop a silent connection; a comment line keeps it open */
const KEEPALIVE_MS = 25_000;

export const realtimeRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, liveSessionCheckMs }) => {
  const hub = new LiveHub(db, (err) => app.log.warn({ err }, 'bad live event'));
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
    await hub.close();
  });

  app.get('/api/events', { schema: { tags: ['realtime'], querystring: EventsQuery } }, async (req, reply) => {
    const actor = requireActor(req);
    const conferenceId = req.query.conference;
    if (conferenceId) await requireConferenceVisible(db, actor, conferenceId, langOf(req));
    const interest = { conferenceId, unitPath: actor.unitPath };

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    open.add(res);
    const unsubscribe = await hub.subscribe((e) => {
      if (wants(interest, e)) res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
    });
    // the browser reconnects after 3 s; 'ready' tells a test or a screen that it is listening
    res.write('retry: 3000\nevent: ready\ndata: {}\n\n');
    const ping = setInterval(() => res.write(': ping\n\n'), KEEPALIVE_MS);
    // the stream ends once its session has (signed out, expired, user locked)
    const token = req.cookies[SESSION_COOKIE] ?? '';
    const check = setInterval(() => {
      sessionActor(db, token).then((still) => {
        if (!still) res.end();
      }, () => undefined);
    }, liveSessionCheckMs);
    res.on('close', () => {
      clearInterval(ping);
      clearInterval(check);
      unsubscribe();
      open.delete(res);
    });
  });
};
