import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { vietnamToday } from '../../../domain/dates.ts';
import type { AppDeps } from '../../http/deps.ts';
import { langOf } from '../../http/lang.ts';
import { sendTable } from '../../http/table-export.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { buildChain } from './chain.ts';
import { contactsTable } from './export.ts';
import {
  BatchBody, BatchReply, Chain, ChainQuery, Contact, ContactBody, ContactList, CreateReply, IdParams, ListQuery, PassengersBody,
  PersonContacts, PersonContactsQuery, PersonIdParams, ReachedBody, TraceReply, TracingQuery, TracingSpeed, Transport, TransportBody,
  UnitIdParams,
} from './schema.ts';
import * as service from './service.ts';
import { tracingSpeed } from './tracing.ts';
import { addPassengers, createTransport, getTransport, traceTransport } from './transport.ts';

const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  app.post('/api/contacts', { schema: { tags, body: ContactBody, response: { 200: CreateReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return service.createContact(db, actor, req.body, langOf(req), now());
  });

  app.post('/api/contacts/batch', { schema: { tags, body: BatchBody, response: { 200: BatchReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return service.addContactsBatch(db, actor, req.body, langOf(req), now());
  });

  app.patch('/api/contacts/:id/reached', { schema: { tags, params: IdParams, body: ReachedBody, response: { 200: Contact } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return service.markReached(db, actor, req.params.id, req.body.reachedAt, langOf(req), now());
  });

  app.get('/api/contacts', { schema: { tags, description: 'With `format=xlsx|csv` the list is downloaded as a file.', querystring: ListQuery, response: { 200: ContactList } } }, async (req, res) => {
    const actor = requireActor(req);
    const lang = langOf(req);
    const { format } = req.query;
    const list = await service.listContacts(db, actor, req.query, lang, format !== undefined);
    // a file, not the JSON list: Fastify sends a Buffer or a string as it is
    if (format) return res.send((await sendTable(res, format, contactsTable(list.unit, list.items, lang))) as never);
    return { total: list.total, truncated: list.truncated, items: list.items };
  });

  app.get(
    '/api/people/:id/contacts',
    { schema: { tags, params: IdParams, querystring: PersonContactsQuery, response: { 200: PersonContacts } } },
    async (req) => service.personContacts(db, requireActor(req), req.params.id, req.query.depth ?? 1, langOf(req)),
  );

  app.get('/api/chains/:personId', { schema: { tags, params: PersonIdParams, querystring: ChainQuery, response: { 200: Chain } } }, async (req) =>
    buildChain(db, requireActor(req), req.params.personId, req.query.maxCases ?? 10_000, langOf(req), vietnamToday(now())),
  );

  app.post('/api/transports', { schema: { tags, body: TransportBody, response: { 200: Transport } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return createTransport(db, actor, req.body, langOf(req));
  });

  app.get('/api/transports/:id', { schema: { tags, params: IdParams, response: { 200: Transport } } }, async (req) =>
    getTransport(db, requireActor(req), req.params.id, langOf(req)),
  );

  app.post(
    '/api/transports/:id/passengers',
    { schema: { tags, params: IdParams, body: PassengersBody, response: { 200: Transport } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      return addPassengers(db, actor, req.params.id, req.body, langOf(req), now());
    },
  );

  app.post('/api/transports/:id/trace', { schema: { tags, params: IdParams, body: Type.Optional(Type.Object({})), response: { 200: TraceReply } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    return traceTransport(db, actor, req.params.id, langOf(req), now());
  });

  app.get(
    '/api/tracing-speed/:unitId',
    { schema: { tags, params: UnitIdParams, querystring: TracingQuery, response: { 200: TracingSpeed } } },
    async (req) => tracingSpeed(db, requireActor(req), req.params.unitId, req.query, langOf(req), now()),
  );
};
