import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { sendDownload } from '../../http/table-export.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { campaignProgress, createCampaign, listCampaigns } from './campaigns.ts';
import { testsTable } from './export.ts';
import { createPool, enterPoolResult, listPools, poolDetail } from './pools.ts';
import {
  Campaign, CampaignProgress, CampaignQuery, NewCampaign, NewPool, NewTest, PoolDetail, PoolQuery, PoolResultBody, PoolSummary,
  ResultBody, TestList, TestQuery, TestReply,
} from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const labtestRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.post('/api/tests', { schema: { tags: ['tests'], body: NewTest, response: { 201: TestReply } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    res.code(201);
    return service.recordTest(db, actor, req.body, langOf(req), now());
  });

  app.patch('/api/tests/:id/result', { schema: { tags: ['tests'], params: IdParams, body: ResultBody, response: { 200: TestReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return service.enterResult(db, actor, req.params.id, req.body, langOf(req), now());
  });

  // the list as JSON, or as an Excel/CSV download with `format`
  app.get('/api/tests', { schema: { tags: ['tests'], querystring: TestQuery, response: { 200: TestList } } }, async (req, res) => {
    const actor = requireActor(req);
    const { unit, total, items } = await service.listTests(db, actor, req.query, langOf(req));
    if (req.query.format) return sendDownload(res, req.query.format, testsTable(unit, items, langOf(req)));
    return { total, items };
  });

  app.post('/api/test-pools', { schema: { tags: ['tests'], body: NewPool, response: { 201: PoolDetail } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    res.code(201);
    return createPool(db, actor, req.body, langOf(req), now());
  });

  app.patch('/api/test-pools/:id/result', { schema: { tags: ['tests'], params: IdParams, body: PoolResultBody, response: { 200: PoolDetail } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return enterPoolResult(db, actor, req.params.id, req.body, langOf(req), now());
  });

  app.get('/api/test-pools/:id', { schema: { tags: ['tests'], params: IdParams, response: { 200: PoolDetail } } }, async (req) =>
    poolDetail(db, requireActor(req), req.params.id, langOf(req)),
  );

  app.get('/api/test-pools', { schema: { tags: ['tests'], querystring: PoolQuery, response: { 200: Type.Array(PoolSummary) } } }, async (req) =>
    listPools(db, requireActor(req), req.query, langOf(req)),
  );

  app.post('/api/screening-campaigns', { schema: { tags: ['tests'], body: NewCampaign, response: { 201: Campaign } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    res.code(201);
    return createCampaign(db, actor, req.body, langOf(req));
  });

  app.get('/api/screening-campaigns', { schema: { tags: ['tests'], querystring: CampaignQuery, response: { 200: Type.Array(Campaign) } } }, async (req) => {
    const actor = requireActor(req);
    return listCampaigns(db, actor, req.query.unitId ?? actor.unit.id, langOf(req));
  });

  app.get('/api/screening-campaigns/:id/progress', { schema: { tags: ['tests'], params: IdParams, response: { 200: CampaignProgress } } }, async (req) =>
    campaignProgress(db, requireActor(req), req.params.id, langOf(req), now()),
  );
};
