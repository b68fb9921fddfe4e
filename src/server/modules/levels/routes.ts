import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { sendDownload } from '../../http/table-export.ts';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { createDecision, listDecisions, removeDecision } from './decisions.ts';
import { childrenTable } from './export.ts';
import {
  AssessBody, AssessReply, Decision, ExportQuery, HistoryRow, LevelOverview, NewDecision, UnitParams, WeekQuery,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['levels'];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const HistoryQuery = Type.Object({ weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 260, default: 26 })) });

export const levelRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get('/api/levels/:unitId', { schema: { tags, params: UnitParams, querystring: WeekQuery, response: { 200: LevelOverview } } }, async (req) => {
    const actor = requireActor(req);
    return service.overviewFor(db, actor, req.params.unitId, req.query.week, now(), langOf(req));
  });

  app.get('/api/levels/:unitId/history', { schema: { tags, params: UnitParams, querystring: HistoryQuery, response: { 200: Type.Array(HistoryRow) } } }, async (req) => {
    const actor = requireActor(req);
    return service.historyFor(db, actor, req.params.unitId, req.query.weeks ?? 26, now(), langOf(req));
  });

  app.get('/api/levels/:unitId/export', { schema: { tags, params: UnitParams, querystring: ExportQuery } }, async (req, res) => {
    const actor = requireActor(req);
    const lang = langOf(req);
    const overview = await service.overviewFor(db, actor, req.params.unitId, req.query.week, now(), lang);
    return sendDownload(res, req.query.format ?? 'xlsx', childrenTable(overview, lang));
  });

  app.post('/api/levels/assess', { schema: { tags, body: AssessBody, response: { 200: AssessReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return service.assessOnDemand(db, actor, req.body, now(), langOf(req));
  });

  app.get('/api/levels/:unitId/decisions', { schema: { tags, params: UnitParams, response: { 200: Type.Array(Decision) } } }, async (req) => {
    const actor = requireActor(req);
    return listDecisions(db, actor, req.params.unitId, langOf(req));
  });

  app.post('/api/levels/:unitId/decisions', { schema: { tags, params: UnitParams, body: NewDecision, response: { 201: Decision } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => createDecision(tx, actor, req.params.unitId, req.body, now(), langOf(req)));
  });

  app.delete('/api/levels/decisions/:id', { schema: { tags, params: IdParams } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    await db.transaction((tx) => removeDecision(tx, actor, req.params.id, langOf(req)));
    return res.code(204).send();
  });
};
