import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { clockText } from '../../../domain/conference.ts';
import { langOf } from '../../http/lang.ts';
import type { AppDeps } from '../../http/deps.ts';
import { sendTable } from '../../http/table-export.ts';
import { renderPdf } from '../../pdf/render.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { briefingDocument } from './briefing-pdf.ts';
import { sitesTable } from './export.ts';
import {
  AddSites, Attendee, AttendeesInput, Briefing, CascadeInput, Conference, ConferenceChange, ConferenceSummary, ListQuery, NewConference,
  QuestionedInput, RollCallInput, Room, Site, SiteExportQuery, Situation,
} from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const SiteParams = Type.Object({ id: Type.Integer({ minimum: 1 }), unitId: Type.Integer({ minimum: 1 }) });
const tags = ['conferences'];

export const conferenceRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, config, now }) => {
  app.get('/api/conferences', { schema: { tags, querystring: ListQuery, response: { 200: Type.Array(ConferenceSummary) } } }, async (req) => {
    const actor = requireActor(req);
    return service.listConferences(db, actor, req.query, now());
  });

  app.post('/api/conferences', { schema: { tags, body: NewConference, response: { 201: Conference } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => service.createConference(tx, actor, req.body, langOf(req), now(), config));
  });

  app.get('/api/conferences/:id', { schema: { tags, params: IdParams, response: { 200: Room } } }, async (req) => {
    const actor = requireActor(req);
    return service.conferenceRoom(db, actor, req.params.id, langOf(req));
  });

  app.patch('/api/conferences/:id', { schema: { tags, params: IdParams, body: ConferenceChange, response: { 200: Conference } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.changeConference(tx, actor, req.params.id, req.body, langOf(req)));
  });

  app.post('/api/conferences/:id/sites', { schema: { tags, params: IdParams, body: AddSites, response: { 200: Conference } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.addSites(tx, actor, req.params.id, req.body, langOf(req), now()));
  });

  app.delete('/api/conferences/:id/sites/:unitId', { schema: { tags, params: SiteParams } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    await db.transaction((tx) => service.removeSite(tx, actor, req.params.id, req.params.unitId, langOf(req)));
    return res.code(204).send();
  });

  app.get('/api/conferences/:id/sites/export', { schema: { tags, params: IdParams, querystring: SiteExportQuery } }, async (req, res) => {
    const actor = requireActor(req);
    const { conference, sites } = await service.siteList(db, actor, req.params.id, langOf(req));
    return sendTable(res, req.query.format, sitesTable(conference, sites, langOf(req), (at) => (at ? clockText(new Date(at)) : '')));
  });

  app.put('/api/conferences/:id/sites/:unitId/roll-call', { schema: { tags, params: SiteParams, body: RollCallInput, response: { 200: Site } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return db.transaction((tx) => service.setRollCall(tx, actor, req.params.id, req.params.unitId, req.body.rollCall, langOf(req), now()));
  });

  app.put(
    '/api/conferences/:id/sites/:unitId/attendees',
    { schema: { tags, params: SiteParams, body: AttendeesInput, response: { 200: Type.Array(Attendee) } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      return db.transaction((tx) => service.setAttendees(tx, actor, req.params.id, req.params.unitId, req.body, langOf(req)));
    },
  );

  app.get('/api/conferences/:id/sites/:unitId/situation', { schema: { tags, params: SiteParams, response: { 200: Situation } } }, async (req) => {
    const actor = requireActor(req);
    return service.situation(db, actor, req.params.id, req.params.unitId, langOf(req), now());
  });

  app.post('/api/conferences/:id/cascade', { schema: { tags, params: IdParams, body: CascadeInput, response: { 201: Conference } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    res.code(201);
    return db.transaction((tx) => service.cascadeConference(tx, actor, req.params.id, req.body, langOf(req), now(), config));
  });

  app.post('/api/conferences/:id/open', { schema: { tags, params: IdParams, response: { 200: Conference } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return service.openConference(db, actor, req.params.id, langOf(req), now());
  });

  app.post('/api/conferences/:id/close', { schema: { tags, params: IdParams, response: { 200: Conference } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.closeConference(tx, actor, req.params.id, langOf(req), now()));
  });

  app.put('/api/conferences/:id/questioned', { schema: { tags, params: IdParams, body: QuestionedInput, response: { 200: Conference } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'review');
    return db.transaction((tx) => service.setQuestioned(tx, actor, req.params.id, req.body.unitId, langOf(req)));
  });

  app.get('/api/conferences/:id/briefing', { schema: { tags, params: IdParams, response: { 200: Briefing } } }, async (req) => {
    const actor = requireActor(req);
    return (await service.briefing(db, actor, req.params.id, langOf(req), now())).briefing;
  });

  app.get('/api/conferences/:id/briefing.pdf', { schema: { tags, params: IdParams } }, async (req, res) => {
    const actor = requireActor(req);
    const { conference, briefing } = await service.briefing(db, actor, req.params.id, langOf(req), now());
    const pdf = await renderPdf(briefingDocument(conference, briefing, langOf(req)));
    return res.header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="briefing-${conference.id}.pdf"`).send(pdf);
  });
};
