import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { BehindReply, Campaign, CampaignChange, CampaignProgress, CloseCampaign, NewCampaign, UnitQuery } from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const tags = ['campaigns'];

export const campaignRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get('/api/campaigns', { schema: { tags, querystring: UnitQuery, response: { 200: Type.Array(Campaign) } } }, async (req) => {
    const actor = requireActor(req);
    return service.listCampaigns(db, actor, req.query.unitId, langOf(req));
  });

  app.post('/api/campaigns', { schema: { tags, body: NewCampaign, response: { 201: Campaign } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => service.createCampaign(tx, actor, req.body, langOf(req)));
  });

  app.get('/api/campaigns/behind', { schema: { tags, querystring: UnitQuery, response: { 200: BehindReply } } }, async (req) => {
    const actor = requireActor(req);
    return service.unitsBehind(db, actor, req.query.unitId, langOf(req), vietnamToday(now()));
  });

  app.get('/api/campaigns/:id', { schema: { tags, params: IdParams, querystring: UnitQuery, response: { 200: CampaignProgress } } }, async (req) => {
    const actor = requireActor(req);
    return service.campaignProgress(db, actor, req.params.id, req.query.unitId, langOf(req), vietnamToday(now()));
  });

  app.put('/api/campaigns/:id', { schema: { tags, params: IdParams, body: CampaignChange, response: { 200: Campaign } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.changeCampaign(tx, actor, req.params.id, req.body, langOf(req), now()));
  });

  app.post('/api/campaigns/:id/close', { schema: { tags, params: IdParams, body: CloseCampaign, response: { 200: Campaign } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.closeCampaign(tx, actor, req.params.id, req.body, langOf(req), now()));
  });

  app.post('/api/campaigns/:id/reopen', { schema: { tags, params: IdParams, response: { 200: Campaign } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.reopenCampaign(tx, actor, req.params.id, langOf(req), now()));
  });

  app.delete('/api/campaigns/:id', { schema: { tags, params: IdParams } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    await db.transaction((tx) => service.deleteCampaign(tx, actor, req.params.id, langOf(req)));
    return res.code(204).send();
  });
};
