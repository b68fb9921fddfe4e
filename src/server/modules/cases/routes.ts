import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { assertNationalAdmin, assertRole, requireActor } from '../auth/policy.ts';
import { addCasesBatch } from './batch.ts';
import { changeCluster, clusterDetail, createCluster, listClusters } from './clusters.ts';
import { sendDownload } from '../../http/table-export.ts';
import { caseList, caseSummary, exportCases, viewCase } from './record.ts';
import { addRule, classification, listRules, setClassification } from './rules.ts';
import {
  BatchBody, BatchReply, CaseChange, CaseList, CaseQuery, CaseRecord, CaseRuleVersion, CaseSummary, Classification, ClassificationBody,
  Cluster, ClusterChange, ClusterDetail, ClusterQuery, NewCase, NewCaseRule, NewCluster, StatusBody,
} from './schema.ts';
import { addCase, changeCase, changeStatus } from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const CaseReply = Type.Object({ case: CaseSummary, created: Type.Boolean() });

export const caseRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  const summaryOf = async (req: Parameters<typeof requireActor>[0], id: number) => (await caseSummary(db, requireActor(req), id))!;

  // the list as JSON, or as an Excel/CSV download with `format`
  app.get('/api/cases', { schema: { tags: ['cases'], querystring: CaseQuery, response: { 200: CaseList } } }, async (req, res) => {
    const actor = requireActor(req);
    if (req.query.format) return sendDownload(res, req.query.format, await exportCases(db, actor, req.query, langOf(req)));
    const { total, items } = await caseList(db, actor, req.query, langOf(req));
    return { total, items };
  });

  app.get('/api/cases/:id', { schema: { tags: ['cases'], params: IdParams, response: { 200: CaseRecord } } }, async (req) =>
    viewCase(db, requireActor(req), req.params.id, langOf(req)),
  );

  app.post('/api/cases', { schema: { tags: ['cases'], body: NewCase, response: { 200: CaseReply, 201: CaseReply } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    const { id, created } = await addCase(db, actor, req.body, langOf(req), now());
    res.code(created ? 201 : 200);
    return { case: await summaryOf(req, id), created };
  });

  app.post('/api/cases/batch', { schema: { tags: ['cases'], body: BatchBody, response: { 200: BatchReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return addCasesBatch(db, actor, req.body, langOf(req), now());
  });

  app.patch('/api/cases/:id', { schema: { tags: ['cases'], params: IdParams, body: CaseChange, response: { 200: CaseSummary } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    await changeCase(db, actor, req.params.id, req.body, langOf(req));
    return summaryOf(req, req.params.id);
  });

  app.post('/api/cases/:id/status', { schema: { tags: ['cases'], params: IdParams, body: StatusBody, response: { 200: CaseSummary } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    await changeStatus(db, actor, req.params.id, req.body, langOf(req), now());
    return summaryOf(req, req.params.id);
  });

  app.get('/api/case-rules', { schema: { tags: ['cases'], response: { 200: Type.Array(CaseRuleVersion) } } }, async (req) => {
    requireActor(req);
    return listRules(db);
  });

  app.post('/api/case-rules', { schema: { tags: ['cases'], body: NewCaseRule, response: { 201: CaseRuleVersion } } }, async (req, res) => {
    const actor = requireActor(req);
    assertNationalAdmin(req, actor);
    res.code(201);
    return addRule(db, actor, req.body, langOf(req));
  });

  const ProvinceParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
  app.get('/api/provinces/:id/case-classification', { schema: { tags: ['cases'], params: ProvinceParams, response: { 200: Classification } } }, async (req) =>
    classification(db, requireActor(req), req.params.id, langOf(req), now()),
  );

  app.put(
    '/api/provinces/:id/case-classification',
    { schema: { tags: ['cases'], params: ProvinceParams, body: ClassificationBody, response: { 200: Classification } } },
    async (req) => setClassification(db, requireActor(req), req.params.id, req.body, langOf(req), now()),
  );

  app.get('/api/clusters', { schema: { tags: ['cases'], querystring: ClusterQuery, response: { 200: Type.Array(Cluster) } } }, async (req) =>
    listClusters(db, requireActor(req), req.query, langOf(req)),
  );

  app.post('/api/clusters', { schema: { tags: ['cases'], body: NewCluster, response: { 201: Cluster } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    res.code(201);
    return createCluster(db, actor, req.body, langOf(req), vietnamToday(now()));
  });

  app.get('/api/clusters/:id', { schema: { tags: ['cases'], params: IdParams, response: { 200: ClusterDetail } } }, async (req) =>
    clusterDetail(db, requireActor(req), req.params.id, langOf(req)),
  );

  app.patch('/api/clusters/:id', { schema: { tags: ['cases'], params: IdParams, body: ClusterChange, response: { 200: Cluster } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return changeCluster(db, actor, req.params.id, req.body, langOf(req), vietnamToday(now()));
  });
};
