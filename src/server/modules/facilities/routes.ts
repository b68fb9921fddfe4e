import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { Facility, FacilityChange, FacilityQuery, NewFacility, ReadinessQuery, ReadinessReply } from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const tags = ['facilities'];

export const facilityRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get('/api/facilities', { schema: { tags, querystring: FacilityQuery, response: { 200: Type.Array(Facility) } } }, async (req) => {
    const actor = requireActor(req);
    return service.listFacilities(db, actor, req.query, langOf(req));
  });

  app.post('/api/facilities', { schema: { tags, body: NewFacility, response: { 201: Facility } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => service.createFacility(tx, actor, req.body, langOf(req)));
  });

  app.patch('/api/facilities/:id', { schema: { tags, params: IdParams, body: FacilityChange, response: { 200: Facility } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.changeFacility(tx, actor, req.params.id, req.body, langOf(req)));
  });

  app.get('/api/facilities/readiness', { schema: { tags, querystring: ReadinessQuery, response: { 200: ReadinessReply } } }, async (req) => {
    const actor = requireActor(req);
    return service.treatmentReadiness(db, actor, req.query.unitId, langOf(req), vietnamToday(now()));
  });
};
