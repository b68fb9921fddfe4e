import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorReply } from '../../http/common-schema.ts';
import type { AppDeps } from '../../http/deps.ts';
import { langOf } from '../../http/lang.ts';
import { sendTable } from '../../http/table-export.ts';
import { assertRole, requireActor } from '../auth/policy.ts';
import { DuplicateError } from './duplicates.ts';
import { mergePeople } from './merge.ts';
import {
  Candidate,
  CheckBody,
  CheckReply,
  DuplicatePair,
  DuplicatesQuery,
  IdParams,
  ListQuery,
  MergeReply,
  NewPerson,
  OtherBody,
  Person,
  PersonChange,
  PersonList,
  PersonRecord,
} from './schema.ts';
import * as service from './service.ts';

const DuplicateReply = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'duplicate_national_id or possible_duplicate' }),
    message: Type.String(),
    fields: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    candidates: Type.Array(Candidate),
  }),
});

export const peopleRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  // a duplicate carries its candidates; any other error goes on to the app's handler
  app.setErrorHandler((err, _req, res) => {
    if (!(err instanceof DuplicateError)) throw err;
    return res.code(409).send({ error: { code: err.kind, message: err.message, fields: err.fields, candidates: err.candidates } });
  });

  app.get(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        description: 'With `format=xlsx|csv` the list is downloaded as a file.',
        querystring: ListQuery,
        response: { 200: PersonList },
      },
    },
    async (req, res) => {
      const actor = requireActor(req);
      if (req.query.format) {
        // a file, not the JSON list: Fastify sends a Buffer or a string as it is
        const file = await sendTable(res, req.query.format, await service.exportPeople(db, actor, req.query, langOf(req), now()));
        return res.send(file as never);
      }
      const { total, items } = await service.listPeople(db, actor, req.query, langOf(req));
      return { total, items };
    },
  );

  app.post(
    '/api/people',
    { schema: { tags: ['people'], body: NewPerson, response: { 201: Person, 409: DuplicateReply } } },
    async (req, res) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      const person = await service.addPerson(db, actor, req.body, langOf(req), now());
      return res.code(201).send(person);
    },
  );

  app.post(
    '/api/people/check',
    {
      schema: {
        tags: ['people'],
        description: 'The duplicate candidates a create with these fields would report; writes nothing.',
        body: CheckBody,
        response: { 200: CheckReply },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      return { candidates: await service.checkCandidates(db, actor, req.body, langOf(req), now()) };
    },
  );

  app.get(
    '/api/people/duplicates',
    { schema: { tags: ['people'], querystring: DuplicatesQuery, response: { 200: Type.Array(DuplicatePair) } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      return service.duplicatePairs(db, actor, req.query.unitId, req.query.limit ?? 200, langOf(req));
    },
  );

  app.get(
    '/api/people/:id',
    { schema: { tags: ['people'], params: IdParams, response: { 200: PersonRecord } } },
    async (req) => service.viewPerson(db, requireActor(req), req.params.id, langOf(req)),
  );

  app.patch(
    '/api/people/:id',
    { schema: { tags: ['people'], params: IdParams, body: PersonChange, response: { 200: Person, 409: DuplicateReply } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      return service.changePerson(db, actor, req.params.id, req.body, langOf(req), now());
    },
  );

  app.post(
    '/api/people/:id/distinct',
    { schema: { tags: ['people'], params: IdParams, body: OtherBody, response: { 204: Type.Null(), 404: ErrorReply } } },
    async (req, res) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      await service.markNotDuplicate(db, actor, req.params.id, req.body.otherId, langOf(req));
      return res.code(204).send(null);
    },
  );

  app.post(
    '/api/people/:id/merge',
    { schema: { tags: ['people'], params: IdParams, body: OtherBody, response: { 200: MergeReply } } },
    async (req) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'review');
      return mergePeople(db, actor, req.params.id, req.body.otherId, langOf(req), now());
    },
  );
};
