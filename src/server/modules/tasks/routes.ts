import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { sendDownload } from '../../http/table-export.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { OverdueQuery, OverdueReply, ReportBody, SplitBody, TaskDetail, TaskList, TaskQuery } from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const AttachmentParams = Type.Object({ id: Type.Integer({ minimum: 1 }), attachmentId: Type.Integer({ minimum: 1 }) });
const tags = ['tasks'];
// five files of 5 MB, base64 (4/3) and the JSON around them
const REPORT_BODY_LIMIT = 36 * 1024 * 1024;

export const taskRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  // the board as JSON, or as an Excel/CSV download with `format`
  app.get('/api/tasks', { schema: { tags, querystring: TaskQuery, response: { 200: TaskList } } }, async (req, res) => {
    const actor = requireActor(req);
    if (req.query.format) return sendDownload(res, req.query.format, await service.exportBoard(db, actor, req.query, langOf(req), now()));
    return service.listBoard(db, actor, req.query, langOf(req), now());
  });

  app.get('/api/tasks/overdue', { schema: { tags, querystring: OverdueQuery, response: { 200: OverdueReply } } }, async (req, res) => {
    const actor = requireActor(req);
    if (req.query.format) return sendDownload(res, req.query.format, await service.exportOverdue(db, actor, req.query, langOf(req), now()));
    return service.overdueView(db, actor, req.query, langOf(req), now());
  });

  app.get('/api/tasks/:id', { schema: { tags, params: IdParams, response: { 200: TaskDetail } } }, async (req) =>
    service.viewTask(db, requireActor(req), req.params.id, langOf(req), now()),
  );

  app.post('/api/tasks/:id/acknowledge', { schema: { tags, params: IdParams, response: { 200: TaskDetail } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return db.transaction((tx) => service.acknowledgeTask(tx, actor, req.params.id, langOf(req), now()));
  });

  app.post('/api/tasks/:id/split', { schema: { tags, params: IdParams, body: SplitBody, response: { 200: TaskDetail, 201: TaskDetail } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    const { created, detail } = await db.transaction((tx) => service.splitTask(tx, actor, req.params.id, req.body, langOf(req), now()));
    res.code(created ? 201 : 200);
    return detail;
  });

  app.post(
    '/api/tasks/:id/reports',
    { bodyLimit: REPORT_BODY_LIMIT, schema: { tags, params: IdParams, body: ReportBody, response: { 200: TaskDetail, 201: TaskDetail } } },
    async (req, res) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      const { created, detail } = await db.transaction((tx) => service.addReport(tx, actor, req.params.id, req.body, langOf(req), now()));
      res.code(created ? 201 : 200);
      return detail;
    },
  );

  app.get('/api/tasks/:id/attachments/:attachmentId', { schema: { tags, params: AttachmentParams } }, async (req, res) => {
    const actor = requireActor(req);
    const file = await db.transaction((tx) => service.downloadAttachment(tx, actor, req.params.id, req.params.attachmentId, langOf(req)));
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    res
      .header('content-type', file.mimeType)
      .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    return res.send(file.content);
  });
};
