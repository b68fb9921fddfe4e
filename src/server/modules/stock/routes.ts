import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { sendDownload } from '../../http/table-export.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { stockTable } from './export.ts';
import * as plans from './plans.ts';
import { IdParams, ListQuery, Movement, NewMovement, NewPlan, Plan, StockQuery, StockReply, Transfer, TransferChange } from './schema.ts';
import * as service from './service.ts';

const tags = ['stock'];

export const stockRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get('/api/stock', { schema: { tags, querystring: StockQuery, response: { 200: StockReply } } }, async (req, res) => {
    const actor = requireActor(req);
    const today = vietnamToday(now());
    const stock = await service.stockOverview(db, actor, req.query.unitId, langOf(req), today);
    return req.query.format ? sendDownload(res, req.query.format, stockTable(stock, langOf(req), today)) : stock;
  });

  app.post('/api/stock/movements', { schema: { tags, body: NewMovement, response: { 201: Movement } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    res.code(201);
    return db.transaction((tx) => service.recordMovement(tx, actor, req.body, langOf(req), now()));
  });

  app.get('/api/stock/plans', { schema: { tags, querystring: ListQuery, response: { 200: Type.Array(Plan) } } }, async (req) => {
    const actor = requireActor(req);
    return plans.listPlans(db, actor, req.query.unitId, langOf(req));
  });

  app.post('/api/stock/plans', { schema: { tags, body: NewPlan, response: { 201: Plan } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => plans.createPlan(tx, actor, req.body.provinceId, langOf(req), vietnamToday(now())));
  });

  app.get('/api/stock/plans/:id', { schema: { tags, params: IdParams, response: { 200: Plan } } }, async (req) => {
    const actor = requireActor(req);
    return plans.getPlan(db, actor, req.params.id, langOf(req));
  });

  app.post('/api/stock/plans/:id/accept', { schema: { tags, params: IdParams, response: { 200: Plan } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => plans.acceptPlan(tx, actor, req.params.id, langOf(req), now()));
  });

  app.get('/api/stock/transfers', { schema: { tags, querystring: ListQuery, response: { 200: Type.Array(Transfer) } } }, async (req) => {
    const actor = requireActor(req);
    return plans.listTransfers(db, actor, req.query.unitId, langOf(req));
  });

  app.patch('/api/stock/transfers/:id', { schema: { tags, params: IdParams, body: TransferChange, response: { 200: Transfer } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => plans.changeTransfer(tx, actor, req.params.id, req.body.quantity, langOf(req)));
  });

  app.delete('/api/stock/transfers/:id', { schema: { tags, params: IdParams } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    await db.transaction((tx) => plans.removeTransfer(tx, actor, req.params.id, langOf(req)));
    return res.code(204).send();
  });

  for (const step of ['send', 'receive'] as const)
    app.post(`/api/stock/transfers/:id/${step}`, { schema: { tags, params: IdParams, response: { 200: Transfer } } }, async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      return db.transaction((tx) => plans.moveTransfer(tx, actor, req.params.id, step, langOf(req), now(), vietnamToday(now())));
    });
};
