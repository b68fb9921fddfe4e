import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { sendDownload } from '../../http/table-export.ts';
import { renderPdf } from '../../pdf/render.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { noticeTable } from './export.ts';
import { noticeDocument } from './pdf.ts';
import { NewNotice, Notice, NoticeChange, NoticeListItem, NoticeQuery, NoticeTemplate, TemplateQuery } from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const tags = ['notices'];

export const noticeRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.get('/api/notices', { schema: { tags, querystring: NoticeQuery, response: { 200: Type.Array(NoticeListItem) } } }, async (req, res) => {
    const actor = requireActor(req);
    const rows = await service.listNotices(db, actor, req.query, langOf(req));
    return req.query.format ? sendDownload(res, req.query.format, noticeTable(rows, langOf(req))) : rows;
  });

  app.get('/api/notices/template', { schema: { tags, querystring: TemplateQuery, response: { 200: NoticeTemplate } } }, async (req) => {
    const actor = requireActor(req);
    return service.noticeTemplate(db, actor, req.query, langOf(req));
  });

  app.post('/api/notices', { schema: { tags, body: NewNotice, response: { 201: Notice } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => service.createNotice(tx, actor, req.body, langOf(req), now()));
  });

  app.get('/api/notices/:id', { schema: { tags, params: IdParams, response: { 200: Notice } } }, async (req) => {
    const actor = requireActor(req);
    return service.getNotice(db, actor, req.params.id, langOf(req), now());
  });

  app.put('/api/notices/:id', { schema: { tags, params: IdParams, body: NoticeChange, response: { 200: Notice } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.changeNotice(tx, actor, req.params.id, req.body, langOf(req), now()));
  });

  app.delete('/api/notices/:id', { schema: { tags, params: IdParams } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    await db.transaction((tx) => service.deleteDraft(tx, actor, req.params.id, langOf(req)));
    return res.code(204).send();
  });

  app.post('/api/notices/:id/issue', { schema: { tags, params: IdParams, response: { 200: Notice } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.issueNotice(tx, actor, req.params.id, langOf(req), now()));
  });

  app.post('/api/notices/:id/correct', { schema: { tags, params: IdParams, response: { 201: Notice } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => service.correctNotice(tx, actor, req.params.id, langOf(req), now()));
  });

  app.get('/api/notices/:id/pdf', { schema: { tags, params: IdParams } }, async (req, res) => {
    const actor = requireActor(req);
    const notice = await service.getNotice(db, actor, req.params.id, langOf(req), now());
    const pdf = await renderPdf(noticeDocument(notice));
    const name = `thong-bao-${notice.id}${notice.status === 'draft' ? '-du-thao' : ''}.pdf`;
    return res.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${name}"`).send(pdf);
  });
};
