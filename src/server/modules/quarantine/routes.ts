import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertNationalAdmin, assertRole, requireActor } from '../auth/policy.ts';
import { sendDownload } from '../../http/table-export.ts';
import { toRef } from '../orgunits/repository.ts';
import { followupTable, quarantineTable } from './export.ts';
import * as followup from './followup-service.ts';
import * as policies from './policy-service.ts';
import { listPolicies } from './policy-repository.ts';
import { listQuarantines } from './repository.ts';
import {
  AdjustBody, Check, CheckBody, FollowupList, FollowupQuery, NewPolicy, NewQuarantine, Policy, PolicyChange, Quarantine,
  QuarantineList, QuarantineQuery, ReleaseBody,
} from './schema.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const QuarantineIdParams = Type.Object({ quarantineId: Type.Integer({ minimum: 1 }) });
const tags = ['quarantine'];

export const quarantineRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  const today = () => vietnamToday(now());

  // ---- dated policies: read by everyone, changed by a national administrator
  app.get('/api/quarantine-policies', { schema: { tags, response: { 200: Type.Array(Policy) } } }, async (req) => {
    requireActor(req);
    return listPolicies(db);
  });

  app.post('/api/quarantine-policies', { schema: { tags, body: NewPolicy, response: { 201: Policy } } }, async (req, res) => {
    const actor = requireActor(req);
    assertNationalAdmin(req, actor);
    res.code(201);
    return db.transaction((tx) => policies.createPolicy(tx, actor, req.body, langOf(req)));
  });

  app.patch('/api/quarantine-policies/:id', { schema: { tags, params: IdParams, body: PolicyChange, response: { 200: Policy } } }, async (req) => {
    const actor = requireActor(req);
    assertNationalAdmin(req, actor);
    return db.transaction((tx) => policies.changePolicy(tx, actor, req.params.id, req.body, langOf(req)));
  });

  // ---- quarantines
  app.post('/api/quarantines', { schema: { tags, body: NewQuarantine, response: { 200: Quarantine, 201: Quarantine } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    const { id, created } = await service.newQuarantine(db, actor, req.body, langOf(req), today());
    res.code(created ? 201 : 200);
    return service.getQuarantine(db, actor, id, langOf(req), today());
  });

  app.get('/api/quarantines', { schema: { tags, querystring: QuarantineQuery, response: { 200: QuarantineList } } }, async (req, res) => {
    const actor = requireActor(req);
    const lang = langOf(req);
    const unit = await requireUnitInScope(db, actor, req.query.unitId ?? actor.unit.id, lang);
    const { format } = req.query;
    const filter = {
      scopePath: unit.path,
      status: req.query.status,
      place: req.query.place,
      limit: format ? 100_000 : (req.query.limit ?? 500),
      offset: format ? 0 : (req.query.offset ?? 0),
    };
    const { total, rows } = await listQuarantines(db, filter);
    const items = await service.presentQuarantines(db, actor, rows, today());
    if (format) return sendDownload(res, format, quarantineTable(toRef(unit), items, lang, today()));
    return { total, items };
  });

  app.get('/api/quarantines/:id', { schema: { tags, params: IdParams, response: { 200: Quarantine } } }, async (req) => {
    const actor = requireActor(req);
    return service.getQuarantine(db, actor, req.params.id, langOf(req), today());
  });

  app.post('/api/quarantines/:id/adjust', { schema: { tags, params: IdParams, body: AdjustBody, response: { 200: Quarantine } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    await db.transaction((tx) => service.adjustQuarantine(tx, actor, req.params.id, req.body, langOf(req)));
    return service.getQuarantine(db, actor, req.params.id, langOf(req), today());
  });

  app.post('/api/quarantines/:id/release', { schema: { tags, params: IdParams, body: ReleaseBody, response: { 200: Quarantine } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    const date = req.body.date ?? today();
    await db.transaction((tx) => service.releaseQuarantine(tx, actor, req.params.id, date, langOf(req), today()));
    return service.getQuarantine(db, actor, req.params.id, langOf(req), today());
  });

  // ---- the daily follow-up (community teams, on a phone)
  app.get('/api/followup', { schema: { tags, querystring: FollowupQuery, response: { 200: FollowupList } } }, async (req, res) => {
    const actor = requireActor(req);
    const lang = langOf(req);
    const list = await followup.followupList(db, actor, req.query.unitId ?? actor.unit.id, req.query.date ?? today(), lang);
    if (req.query.format) return sendDownload(res, req.query.format, followupTable(list, lang));
    return list;
  });

  app.post(
    '/api/followup/:quarantineId/checks',
    { schema: { tags, params: QuarantineIdParams, body: CheckBody, response: { 200: Check, 201: Check } } },
    async (req, res) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      const at = now();
      const { check, created } = await db.transaction((tx) =>
        followup.recordCheck(tx, actor, req.params.quarantineId, req.body, langOf(req), at, vietnamToday(at)),
      );
      res.code(created ? 201 : 200);
      return check;
    },
  );
};
