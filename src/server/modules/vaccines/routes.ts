import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorReply } from '../../http/common-schema.ts';
import { addDays, vietnamToday } from '../../../domain/dates.ts';
import type { AppDeps } from '../../http/deps.ts';
import { langOf } from '../../http/lang.ts';
import { sendWithProgress, wantsProgress } from '../../http/progress-stream.ts';
import { sendDownload } from '../../http/table-export.ts';
import { assertNationalAdmin, assertRole, requireActor } from '../auth/policy.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { immunizationBundle } from './fhir.ts';
import { importDoses, type ImportProgress } from './import.ts';
import { recordDoseTx } from './register.ts';
import * as repo from './repository.ts';
import {
  DoseList, DoseQuery, DoseReply, ImportQuery, ImportReply, LateEntryQuery, LateEntryRow, Lot, LotQuery, NewDoseBody, NewInterval, NewLot, NewProduct,
  NotVaccinated, NotVaccinatedBody, NotVaccinatedList, NotVaccinatedQuery, PersonDoses, ProductChange, ProductWithIntervals,
} from './schema.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const tags = ['vaccines'];

export const vaccineRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { db, now }) => {
  const today = () => vietnamToday(now());
  // CSV arrives as text/csv from API clients (xlsx and octet-stream are parsed app-wide)
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  // ---- products and their dated schedules: read by everyone, changed by a national administrator
  app.get('/api/vaccine-products', { schema: { tags, response: { 200: Type.Array(ProductWithIntervals) } } }, async (req) => {
    requireActor(req);
    return service.productsWithIntervals(db);
  });
  app.post('/api/vaccine-products', { schema: { tags, body: NewProduct, response: { 201: ProductWithIntervals } } }, async (req, res) => {
    const actor = requireActor(req);
    assertNationalAdmin(req, actor);
    res.code(201);
    return db.transaction((tx) => service.createProduct(tx, actor, req.body, langOf(req)));
  });
  app.patch('/api/vaccine-products/:id', { schema: { tags, params: IdParams, body: ProductChange, response: { 200: ProductWithIntervals } } }, async (req) => {
    const actor = requireActor(req);
    assertNationalAdmin(req, actor);
    return db.transaction((tx) => service.changeProduct(tx, actor, req.params.id, req.body, langOf(req)));
  });
  app.post(
    '/api/vaccine-products/:id/intervals',
    { schema: { tags, params: IdParams, body: NewInterval, response: { 201: ProductWithIntervals } } },
    async (req, res) => {
      const actor = requireActor(req);
      assertNationalAdmin(req, actor);
      res.code(201);
      return db.transaction((tx) => service.addInterval(tx, actor, req.params.id, req.body, langOf(req)));
    },
  );

  // ---- lots (shared by every unit; stock by unit is the stock area's)
  app.get('/api/vaccine-lots', { schema: { tags, querystring: LotQuery, response: { 200: Type.Array(Lot) } } }, async (req) => {
    requireActor(req);
    return repo.listLots(db, req.query.productId);
  });
  app.post('/api/vaccine-lots', { schema: { tags, body: NewLot, response: { 201: Lot } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    res.code(201);
    return db.transaction((tx) => service.createLot(tx, actor, req.body, langOf(req)));
  });

  // ---- the dose register
  app.post('/api/doses', { schema: { tags, body: NewDoseBody, response: { 200: DoseReply, 201: DoseReply } } }, async (req, res) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    const at = now();
    const existing = req.body.clientId ? await repo.doseIdByClientId(db, req.body.clientId) : undefined;
    const { id, warnings } = await db.transaction((tx) => recordDoseTx(tx, actor, req.body, langOf(req), at));
    res.code(existing ? 200 : 201);
    return { dose: service.presentDose((await repo.findDose(db, id))!), warnings };
  });

  app.get('/api/doses', { schema: { tags, querystring: DoseQuery, response: { 200: DoseList } } }, async (req, res) => {
    const actor = requireActor(req);
    const lang = langOf(req);
    const unit = await requireUnitInScope(db, actor, req.query.unitId ?? actor.unit.id, lang);
    const { format } = req.query;
    const list = await service.listDoses(db, unit.path, {
      from: req.query.from, to: req.query.to, limit: format ? 100_000 : (req.query.limit ?? 200), offset: format ? 0 : (req.query.offset ?? 0),
    });
    if (format) {
      const en = lang === 'en';
      return sendDownload(res, format, {
        fileName: `doses-${unit.code}`,
        title: `${unit.fullName}`,
        sheetName: en ? 'Doses' : 'Mui tiem',
        header: en
          ? ['Person', 'Vaccine', 'Lot', 'Dose', 'Kind', 'Date', 'Unit', 'Entered', 'Entry delay (days)']
          : ['Người', 'Vắc xin', 'Lô', 'Mũi', 'Loại', 'Ngày tiêm', 'Đơn vị', 'Ngày nhập', 'Nhập muộn (ngày)'],
        rows: list.items.map((d) => [d.personId, d.productCode, d.lotCode, d.doseNumber, d.kind, d.givenOn, d.unitName, d.enteredAt, d.entryDelayDays]),
      });
    }
    return list;
  });

  app.post(
    '/api/doses/import',
    {
      schema: {
        tags,
        description: 'The body is the .xlsx or .csv file. Every row valid (schedule included), or nothing applied (422 with the rows). ' +
          'With `Accept: application/x-ndjson` the reply streams progress lines `{"type":"progress","done":n,"total":m}`, then ' +
          '`{"type":"result","result":…}` or `{"type":"error","status":422,"error":…}`.',
        querystring: ImportQuery,
        consumes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv', 'application/octet-stream'],
        response: { 200: ImportReply, 400: ErrorReply, 422: ErrorReply },
      },
    },
    async (req, res) => {
      const actor = requireActor(req);
      assertRole(req, actor, 'write');
      const run = (onProgress?: (p: ImportProgress) => void) => importDoses(db, actor, req.query.dryRun ?? false, req.body, langOf(req), now(), { onProgress });
      return wantsProgress(req) ? sendWithProgress(req, res, run) : run();
    },
  );

  app.get('/api/doses/late-entry', { schema: { tags, querystring: LateEntryQuery, response: { 200: Type.Array(LateEntryRow) } } }, async (req) => {
    const actor = requireActor(req);
    const unit = await requireUnitInScope(db, actor, req.query.unitId ?? actor.unit.id, langOf(req));
    const to = req.query.to ?? today();
    return service.lateEntry(db, unit.id, req.query.from ?? addDays(to, -30), to);
  });

  app.get('/api/people/:id/doses', { schema: { tags, params: IdParams, response: { 200: PersonDoses } } }, async (req) => {
    const actor = requireActor(req);
    const { state, items } = await service.personDoses(db, actor, req.params.id, langOf(req));
    return { state, items };
  });

  app.get('/api/people/:id/immunizations', { schema: { tags, params: IdParams, response: { 200: Type.Unknown() } } }, async (req, res) => {
    const actor = requireActor(req);
    const { person, items } = await service.personDoses(db, actor, req.params.id, langOf(req));
    res.type('application/fhir+json');
    return immunizationBundle(person.id, items, now());
  });

  // ---- people not (yet) vaccinated, with the reason
  app.post('/api/not-vaccinated', { schema: { tags, body: NotVaccinatedBody, response: { 200: NotVaccinated } } }, async (req) => {
    const actor = requireActor(req);
    assertRole(req, actor, 'write');
    const personId = await db.transaction((tx) => service.noteNotVaccinated(tx, actor, { ...req.body, notedOn: req.body.notedOn ?? today() }, langOf(req)));
    const { items } = await service.listNotVaccinated(db, actor.unitPath, { personId, limit: 1, offset: 0 });
    return items[0] as never;
  });
  app.get('/api/not-vaccinated', { schema: { tags, querystring: NotVaccinatedQuery, response: { 200: NotVaccinatedList } } }, async (req) => {
    const actor = requireActor(req);
    const unit = await requireUnitInScope(db, actor, req.query.unitId ?? actor.unit.id, langOf(req));
    return service.listNotVaccinated(db, unit.path, { reason: req.query.reason, limit: req.query.limit ?? 200, offset: req.query.offset ?? 0 }) as never;
  });
};
