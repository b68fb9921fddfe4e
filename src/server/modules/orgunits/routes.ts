import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import { UnitRef } from '../../http/common-schema.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertInScope, assertRole, inScope, requireActor } from '../auth/policy.ts';
import { langOf } from '../../http/lang.ts';
import { importPopulation, populationTemplate } from './population-import.ts';
import * as repo from './repository.ts';
import { UnitDetail, UnitSearchQuery } from './schema.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const orgUnitRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get('/api/units/:id', { schema: { tags: ['units'], params: IdParams, response: { 200: UnitDetail } } }, async (req) => {
    const actor = requireActor(req);
    const unit = await repo.findUnit(db, req.params.id);
    assertInScope(req, actor, unit);
    const [ancestors, population] = await Promise.all([repo.ancestorUnits(db, unit), repo.unitPopulation(db, unit)]);
    const { path: _, ...rest } = unit;
    return { ...rest, ancestors: ancestors.filter((a) => inScope(actor, a)).map(repo.toRef), population: population ?? null };
  });

  app.get(
    '/api/units/:id/children',
    { schema: { tags: ['units'], params: IdParams, response: { 200: Type.Array(UnitRef) } } },
    async (req) => {
      const actor = requireActor(req);
      const unit = await repo.findUnit(db, req.params.id);
      assertInScope(req, actor, unit);
      return (await repo.childUnits(db, unit.id, vietnamToday(now()))).map(repo.toRef);
    },
  );

  app.get('/api/units', { schema: { tags: ['units'], querystring: UnitSearchQuery, response: { 200: Type.Array(UnitRef) } } }, async (req) => {
    const actor = requireActor(req);
    const { q = '', level, limit = 20 } = req.query;
    return (await repo.searchUnits(db, actor.unitPath, foldVietnamese(q), level, vietnamToday(now()), limit)).map(repo.toRef);
  });

  app.get(
    '/api/units/population/template',
    {
      schema: {
        tags: ['units'],
        querystring: Type.Object({ unitId: Type.Optional(Type.Integer({ minimum: 1 })), level: Type.Integer({ minimum: 1, maximum: 3 }) }),
      },
    },
    async (req, res) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'admin');
      const file = await populationTemplate(db, actor, { unitId: req.query.unitId ?? actor.unit.id, level: req.query.level }, langOf(req), now());
      return res
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="dan-so-cap-${req.query.level}.xlsx"`)
        .send(file);
    },
  );

  app.post(
    '/api/units/population/import',
    { schema: { tags: ['units'], response: { 200: Type.Object({ imported: Type.Integer() }) } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'admin');
      return importPopulation(db, actor, req.body, langOf(req), now());
    },
  );
};
