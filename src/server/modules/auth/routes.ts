import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import { AppError } from '../../http/errors.ts';
import { langOf, msg } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { requireActor, type Actor } from './policy.ts';
import { LoginBody, SessionReply } from './schema.ts';
import * as service from './service.ts';

export const SESSION_COOKIE = 'sid';

const reply = (a: Actor, now: Date) => ({
  user: { id: a.id, username: a.username, fullName: a.fullName, role: a.role, unit: a.unit },
  csrfToken: a.csrfToken,
  today: vietnamToday(now),
});

export const authRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, config, loginRateLimit, now }) => {
  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], body: LoginBody, response: { 200: SessionReply } },
      config: { rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } },
    },
    async (req, res) => {
      const result = await service.signIn(db, req.body.username, req.body.password, config.sessionHours);
      if (!result) throw new AppError('unauthorized', msg('badLogin', langOf(req)));
      res.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: 'auto',
        maxAge: config.sessionHours * 3600,
      });
      return reply(result.actor, now());
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['auth'] } }, async (req, res) => {
    requireActor(req);
    const token = req.cookies[SESSION_COOKIE];
    if (token) await service.signOut(db, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: SessionReply } } }, async (req) =>
    reply(requireActor(req), now()),
  );
};
