import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { requireForm } from '../forms/service.ts';
import { FiguresQuery, RegisterFigures, RegisterUnit, RegisterUnitBody } from './schema.ts';
import * as service from './service.ts';

const UnitParams = Type.Object({ unitId: Type.Integer({ minimum: 1 }) });
const SITUATION_FORM = 'BCTH-NGAY';
const Ok = Type.Object({ ok: Type.Boolean() });

export const registerRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/registers/:unitId/figures',
    { schema: { tags: ['registers'], params: UnitParams, querystring: FiguresQuery, response: { 200: RegisterFigures } } },
    async (req) => {
      const actor = requireActor(req);
      const form = await requireForm(db, req.query.form ?? SITUATION_FORM, langOf(req));
      return service.registerFigures(db, actor, form, req.params.unitId, req.query.date, langOf(req), now());
    },
  );

  app.get(
    '/api/registers/:unitId/units',
    { schema: { tags: ['registers'], params: UnitParams, response: { 200: Type.Array(RegisterUnit) } } },
    async (req) => service.listRegisterUnits(db, requireActor(req), req.params.unitId, langOf(req)),
  );

  app.put(
    '/api/registers/:unitId',
    { schema: { tags: ['registers'], params: UnitParams, body: RegisterUnitBody, response: { 200: Ok } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'review');
      await service.setRegisterUnit(db, actor, req.params.unitId, req.body.since, langOf(req));
      return { ok: true };
    },
  );

  app.delete(
    '/api/registers/:unitId',
    { schema: { tags: ['registers'], params: UnitParams, response: { 200: Ok } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'review');
      await service.setRegisterUnit(db, actor, req.params.unitId, null, langOf(req));
      return { ok: true };
    },
  );
};
