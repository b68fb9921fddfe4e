import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import type { AppDeps } from '../../http/deps.ts';
import { langOf } from '../../http/lang.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { IdParams, InForceQuery, NewRuleSet, RuleSet, RuleSetChange, RuleSetSummary } from './schema.ts';
import * as service from './service.ts';

const tags = ['levels'];

export const levelRuleRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get('/api/level-rule-sets', { schema: { tags, response: { 200: Type.Array(RuleSetSummary) } } }, async (req) =>
    service.listRuleSets(db, requireActor(req)),
  );

  app.get('/api/level-rule-sets/in-force', { schema: { tags, querystring: InForceQuery, response: { 200: RuleSet } } }, async (req) =>
    service.ruleSetInForce(db, requireActor(req), req.query, vietnamToday(now()), langOf(req)),
  );

  app.get('/api/level-rule-sets/:id', { schema: { tags, params: IdParams, response: { 200: RuleSet } } }, async (req) =>
    service.getRuleSet(db, requireActor(req), req.params.id, langOf(req)),
  );

  app.post('/api/level-rule-sets', { schema: { tags, body: NewRuleSet, response: { 201: RuleSet } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => service.createRuleSet(tx, actor, req.body, langOf(req), now()));
  });

  app.patch('/api/level-rule-sets/:id', { schema: { tags, params: IdParams, body: RuleSetChange, response: { 200: RuleSet } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.changeRuleSet(tx, actor, req.params.id, req.body, langOf(req), now()));
  });
};
