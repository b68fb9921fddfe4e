import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { sendDownload } from '../../http/table-export.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { copyWeek } from './copy-week.ts';
import { rosterTable } from './export.ts';
import {
  BoardQuery, BoardReply, CopyWeek, CopyWeekReply, DutyQuery, DutyReply, Hotline, HotlineChange, IdParams, NewHotline, NewShift, Shift, ShiftChange,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['duty'];

export const dutyRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get('/api/duty', { schema: { tags, querystring: DutyQuery, response: { 200: DutyReply } } }, async (req, res) => {
    const actor = requireActor(req);
    const duty = await service.dutyOf(db, actor, req.query, langOf(req), now());
    return req.query.format ? sendDownload(res, req.query.format, rosterTable(duty, langOf(req))) : duty;
  });

  app.get('/api/duty/board', { schema: { tags, querystring: BoardQuery, response: { 200: BoardReply } } }, async (req) => {
    const actor = requireActor(req);
    return service.dutyBoard(db, actor, req.query.unitId, langOf(req), now(), vietnamToday(now()));
  });

  app.post('/api/duty/shifts', { schema: { tags, body: NewShift, response: { 201: Shift } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => service.createShift(tx, actor, req.body, langOf(req)));
  });

  app.patch('/api/duty/shifts/:id', { schema: { tags, params: IdParams, body: ShiftChange, response: { 200: Shift } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.changeShift(tx, actor, req.params.id, req.body, langOf(req)));
  });

  app.delete('/api/duty/shifts/:id', { schema: { tags, params: IdParams } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    await db.transaction((tx) => service.removeShift(tx, actor, req.params.id, langOf(req)));
    return res.code(204).send();
  });

  app.post('/api/duty/hotlines', { schema: { tags, body: NewHotline, response: { 201: Hotline } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => service.createHotline(tx, actor, req.body, langOf(req)));
  });

  app.patch('/api/duty/hotlines/:id', { schema: { tags, params: IdParams, body: HotlineChange, response: { 200: Hotline } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.changeHotline(tx, actor, req.params.id, req.body, langOf(req)));
  });

  app.delete('/api/duty/hotlines/:id', { schema: { tags, params: IdParams } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    await db.transaction((tx) => service.removeHotline(tx, actor, req.params.id, langOf(req)));
    return res.code(204).send();
  });

  app.post('/api/duty/copy-week', { schema: { tags, body: CopyWeek, response: { 200: CopyWeekReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => copyWeek(tx, actor, req.body, langOf(req), now()));
  });
};
