import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { foldVietnamese } from '../src/domain/text.ts';
import { importDoses, type ImportProgress } from '../src/server/modules/vaccines/import.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { actorOf } from './helpers/task-fixtures.ts';

let t: TestApp;
let hongGai: number;
let haLong: number;
let clerk: Session;
let admin: Session;
const product: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  haLong = await unitId(t.db, '193');
  clerk = await t.login('xa.honggai');
  admin = await t.login('trunguong');
  for (const p of await t.db.query<{ id: number; code: string }>({ text: 'select id, code from vaccine_product', values: [] })) product[p.code] = p.id;
});
afterAll(() => t.close());

async function person(name: string, birthDate: string | null = '1980-05-01') {
  const [r] = await t.db.query<{ id: number }>({
    text: `insert into person (full_name, search_name, birth_date, unit_id) values ($1, $4, $2, $3) returning id`,
    values: [name, birthDate, hongGai, foldVietnamese(name)],
  });
  return Number(r!.id);
}
const dose = (personId: number, code: string, givenOn: string, extra: object = {}) =>
  clerk.request({ method: 'POST', url: '/api/doses', payload: { personId, productId: product[code], givenOn, ...extra } });
const fields = (res: { json(): { error: { fields?: { field: string }[] } } }) => res.json().error.fields?.map((f) => f.field);
const rollup = async (unit: number, stage: string, year: number) =>
  Number((await t.db.query<{ n: number }>({ text: 'select n from coverage_rollup where unit_id = $1 and stage = $2 and birth_year = $3', values: [unit, stage, year] }))[0]?.n ?? 0);

describe('schedule checks', () => {
  it('Pfizer: 21 days, then counts as primary complete; the state and roll-ups follow', async () => {
    const id = await person('Nguyễn Tiêm Một');
    const before = await rollup(haLong, 'primary', 1980);
    const d1 = await dose(id, 'PFIZER', '2021-11-01', { lotCode: 'FK1234', expiryDate: '2022-03-01' });
    expect(d1.statusCode, d1.body).toBe(201);
    expect(d1.json().dose).toMatchObject({ doseNumber: 1, kind: 'primary', lotCode: 'FK1234', entryDelayDays: 39 });
    const early = await dose(id, 'PFIZER', '2021-11-20');
    expect(early.statusCode).toBe(422);
    expect(fields(early)).toEqual(['givenOn']);
    expect(early.json().error.message).toMatch(/2021-11-22/);
    const d2 = await dose(id, 'PFIZER', '2021-11-22');
    expect(d2.statusCode, d2.body).toBe(201);
    const mine = (await clerk.request({ method: 'GET', url: `/api/people/${id}/doses` })).json();
    expect(mine.state).toMatchObject({ doses: 2, firstDoseOn: '2021-11-01', primaryDoneOn: '2021-11-22', boosterOn: null });
    expect(await rollup(haLong, 'primary', 1980)).toBe(before + 1);
    expect(await rollup(hongGai, 'dose1', 1980)).toBeGreaterThan(0);
    const daily = await t.db.query({ text: `select 1 from vaccination_daily where unit_id = $1 and day = '2021-11-22' and stage = 'primary' and age_band = '18-49'`, values: [haLong] });
    expect(daily).toHaveLength(1);
  });

  it('AstraZeneca needs 56 days; Vero Cell may not follow it; Pfizer may', async () => {
    const id = await person('Trần Tiêm Hai');
    expect((await dose(id, 'ASTRAZENECA', '2021-09-01')).statusCode).toBe(201);
    const early = await dose(id, 'ASTRAZENECA', '2021-10-20');
    expect(fields(early)).toEqual(['givenOn']);
    const mixed = await dose(id, 'VEROCELL', '2021-11-01');
    expect(mixed.statusCode).toBe(422);
    expect(fields(mixed)).toContain('productId');
    const pfizer = await dose(id, 'PFIZER', '2021-11-01');
    expect(pfizer.statusCode, pfizer.body).toBe(201);
  });

  it('Abdala needs 3 doses for the primary series; a booster only after it', async () => {
    const id = await person('Lê Tiêm Ba');
    const booster = await person('Phạm Nhắc Lại');
    expect((await dose(booster, 'PFIZER', '2021-06-01')).statusCode).toBe(201);
    expect((await dose(booster, 'PFIZER', '2021-09-01')).statusCode).toBe(201);
    expect(fields(await dose(booster, 'MODERNA', '2021-11-25'))).toEqual(['givenOn']); // 90 days after the primary series
    const b3 = await dose(booster, 'MODERNA', '2021-12-01');
    expect(b3.statusCode, b3.body).toBe(201);
    expect(b3.json().dose.kind).toBe('booster');
    expect((await dose(id, 'ABDALA', '2021-10-01')).statusCode).toBe(201);
    expect((await dose(id, 'ABDALA', '2021-10-15')).statusCode).toBe(201);
    let state = (await clerk.request({ method: 'GET', url: `/api/people/${id}/doses` })).json().state;
    expect(state.primaryDoneOn).toBeNull();
    expect((await dose(id, 'ABDALA', '2021-10-29')).statusCode).toBe(201);
    state = (await clerk.request({ method: 'GET', url: `/api/people/${id}/doses` })).json().state;
    expect(state.primaryDoneOn).toBe('2021-10-29');
    // two Abdala doses are not a primary series: a Pfizer booster may not follow them
    const two = await person('Lý Hai Mũi');
    await dose(two, 'ABDALA', '2021-08-01');
    await dose(two, 'ABDALA', '2021-08-15');
    expect(fields(await dose(two, 'PFIZER', '2021-12-01'))).toContain('productId');
  });

  it('refuses a product outside its age range', async () => {
    const teen = await person('Vũ Thiếu Niên', '2006-03-01');
    const res = await dose(teen, 'ASTRAZENECA', '2021-12-01');
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['productId']);
    expect((await dose(teen, 'PFIZER', '2021-12-01')).statusCode).toBe(201);
  });

  it('a retried request with the same clientId makes one dose', async () => {
    const id = await person('Đỗ Thử Lại');
    const clientId = randomUUID();
    const a = await dose(id, 'MODERNA', '2021-12-01', { clientId });
    const b = await dose(id, 'MODERNA', '2021-12-01', { clientId });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(200);
    expect(b.json().dose.id).toBe(a.json().dose.id);
  });
});

describe('exchange and merge', () => {
  it('exports FHIR R4 Immunization resources', async () => {
    const id = await person('Hoàng FHIR');
    await dose(id, 'PFIZER', '2021-11-01', { lotCode: 'FH1', expiryDate: '2022-01-31', site: 'Trạm y tế' });
    const res = await clerk.request({ method: 'GET', url: `/api/people/${id}/immunizations` });
    expect(res.statusCode).toBe(200);
    const b = res.json();
    expect(b.resourceType).toBe('Bundle');
    expect(b.entry).toHaveLength(1);
    expect(b.entry[0].resource).toMatchObject({
      resourceType: 'Immunization', status: 'completed', patient: { reference: `Patient/${id}` }, occurrenceDateTime: '2021-11-01',
      lotNumber: 'FH1', expirationDate: '2022-01-31', vaccineCode: { coding: [{ code: 'PFIZER' }] },
      protocolApplied: [{ doseNumberPositiveInt: 1, seriesDosesPositiveInt: 2 }],
    });
  });

  it('a merge recomputes the survivor state and moves the counts', async () => {
    const a = await person('Ngô Gộp', '1990-01-01');
    const b = await person('Ngô Gộp', '1990-01-01');
    await dose(a, 'PFIZER', '2021-10-01');
    await dose(b, 'PFIZER', '2021-11-01');
    const before = await rollup(haLong, 'dose1', 1990);
    const m = await admin.request({ method: 'POST', url: `/api/people/${a}/merge`, payload: { otherId: b } });
    expect(m.statusCode, m.body).toBe(200);
    expect(await rollup(haLong, 'dose1', 1990)).toBe(before - 1);
    const states = await t.db.query({ text: 'select person_id from vaccination_state where person_id = any($1)', values: [[a, b]] });
    expect(states).toHaveLength(1);
  });

  it('lists late entry per child unit and notes why someone is not vaccinated', async () => {
    const late = await clerk.request({ method: 'GET', url: `/api/doses/late-entry?from=2021-09-01` });
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json()[0].doses).toBeGreaterThan(0);
    const id = await person('Bùi Hoãn Tiêm');
    const nv = await clerk.request({ method: 'POST', url: '/api/not-vaccinated', payload: { personId: id, reason: 'postponed' } });
    expect(nv.statusCode, nv.body).toBe(200);
    expect(nv.json()).toMatchObject({ reason: 'postponed', notedOn: '2021-12-10' });
  });
});

describe('dose import', () => {
  const upload = (csv: string, dryRun = false) =>
    clerk.request({ method: 'POST', url: `/api/doses/import?dryRun=${dryRun}`, headers: { 'content-type': 'text/csv' }, payload: csv });

  it('checks every row (schedule too), applies nothing unless all valid, and a retry creates nothing', async () => {
    await person('Đặng Nhập Tệp', '1975-03-04');
    await t.db.execute({ text: `update person set national_id = '001075000123' where full_name = 'Đặng Nhập Tệp'`, values: [] });
    const head = 'national_id,full_name,birth_date,product,lot,expiry_date,given_on,unit_code\n';
    const bad = `${head}001075000123,,,PFIZER,IMP1,2022-05-01,2021-10-01,06691\n,Đặng Nhập Tệp,1975-03-04,PFIZER,IMP1,2022-05-01,2021-10-10,06691\n,Không Có Ai,1970-01-01,PFIZER,,,2021-10-01,06691\n`;
    const res = await upload(bad);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.rows.map((r: { row: number; errors: { field: string }[] }) => [r.row, r.errors.map((e) => e.field)])).toEqual([
      [3, ['given_on']], [4, ['full_name']],
    ]);
    expect(await t.db.query({ text: `select 1 from vaccine_dose d join person p on p.id = d.person_id where p.national_id = '001075000123'`, values: [] })).toHaveLength(0);

    const good = `${head}001075000123,,,PFIZER,IMP1,2022-05-01,2021-10-01,06691\n,Đặng Nhập Tệp,1975-03-04,PFIZER,IMP1,2022-05-01,2021-10-25,06691\n`;
    const dry = await upload(good, true);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 2, created: 2 });
    const before = await rollup(haLong, 'primary', 1975);
    const done = await upload(good);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ created: 2, skipped: 0 });
    expect(await rollup(haLong, 'primary', 1975)).toBe(before + 1);
    const again = await upload(good);
    expect(again.json()).toMatchObject({ created: 0, skipped: 2 });
    expect(await rollup(haLong, 'primary', 1975)).toBe(before + 1);
  });

  it('continues the schedule of people vaccinated before the import, found by name or by national ID, counting each once', async () => {
    const byName = await person('Lý Đã Tiêm Trước', '1966-02-03');
    const byId = await person('Hà Có Căn Cước', '1966-07-08');
    await t.db.execute({ text: `update person set national_id = '001066000777' where id = $1`, values: [byId] });
    for (const id of [byName, byId]) expect((await dose(id, 'PFIZER', '2021-10-01')).statusCode).toBe(201);
    const [dose1, primary] = [await rollup(haLong, 'dose1', 1966), await rollup(haLong, 'primary', 1966)];
    const head = 'national_id,full_name,birth_date,product,lot,expiry_date,given_on,unit_code\n';
    const res = await upload(`${head},Lý Đã Tiêm Trước,1966-02-03,PFIZER,IMP2,2022-05-01,2021-10-29,06691\n001066000777,,,PFIZER,IMP2,2022-05-01,2021-10-29,06691\n`);
    expect(res.statusCode, res.body).toBe(200);
    const numbers = await t.db.query<{ n: number }>({ text: `select dose_number as n from vaccine_dose where person_id = any($1::bigint[]) order by person_id, dose_number`, values: [[byName, byId]] });
    expect(numbers.map((r) => r.n)).toEqual([1, 2, 1, 2]);
    expect(await rollup(haLong, 'dose1', 1966)).toBe(dose1);
    expect(await rollup(haLong, 'primary', 1966)).toBe(primary + 2);
  });

  it('reads an Excel file like the CSV: the first tab, dates typed in cells or as text', async () => {
    await person('Kiều Tệp Excel', '1968-08-08');
    // laid out as Excel saves a workbook whose data tab was dragged in front of the instructions:
    // the instructions' sheet1.xml comes first in the zip, workbook.xml lists the data tab first
    const file = await readFile(new URL('./fixtures/doses-tabs-moved.xlsx', import.meta.url));
    const res = await clerk.request({
      method: 'POST', url: '/api/doses/import', headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: file,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 2, created: 2, skipped: 0 });
    const given = await t.db.query<{ n: number; on: string }>({
      text: `select d.dose_number as n, d.given_on as on from vaccine_dose d join person p on p.id = d.person_id where p.full_name = 'Kiều Tệp Excel' order by 1`, values: [],
    });
    expect(given).toEqual([{ n: 1, on: '2021-10-01' }, { n: 2, on: '2021-10-22' }]);
  });
});

describe('dose import in chunks, with progress', () => {
  const head = 'national_id,full_name,birth_date,product,lot,expiry_date,given_on,unit_code\n';
  const NOW = new Date('2021-12-10T09:00:00Z');

  it('checks the whole file first, reports every bad row, then writes the doses and the states in chunks', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push(await person(`Phan Nhiều Khối ${i}`, '1971-01-0' + (i + 1)));
    await t.db.execute({ text: `update person set national_id = '0010710000' || lpad(id::text, 2, '0') where id = any($1::bigint[])`, values: [ids] });
    const nid = (i: number) => `0010710000${String(ids[i]).padStart(2, '0')}`;
    // person 0 is named by national ID in row 2 and by name in row 8: dose numbers 1 then 2
    const rows = [
      `${nid(0)},,,PFIZER,CH1,2022-06-01,2021-10-01,06691`,
      ...[1, 2, 3, 4, 5].map((i) => `${nid(i)},,,PFIZER,CH1,2022-06-01,2021-10-02,06691`),
      `,Phan Nhiều Khối 0,1971-01-01,PFIZER,CH1,2022-06-01,2021-10-22,06691`,
    ];
    const actor = await actorOf(t.db, 'xa.honggai');
    const progress: ImportProgress[] = [];
    const onProgress = (p: ImportProgress) => progress.push(p);
    const bad = `${head}${rows.join('\n')}\n${nid(1)},,,PFIZER,CH1,2022-06-01,2021-10-05,06691\n,Không Có Ai,1971-01-01,PFIZER,CH1,2022-06-01,2021-10-05,06691\n`;
    const failed = await importDoses(t.db, actor, false, Buffer.from(bad), 'vi', NOW, { chunkRows: 2, onProgress }).catch((e: unknown) => e);
    expect((failed as { rows?: { row: number; errors: { field: string }[] }[] }).rows?.map((r) => [r.row, r.errors.map((e) => e.field)])).toEqual([[9, ['given_on']], [10, ['full_name']]]);
    expect(await t.db.query({ text: `select 1 from vaccine_dose where person_id = any($1::bigint[])`, values: [ids] })).toHaveLength(0);
    expect(await t.db.query({ text: `select 1 from vaccine_lot where lot_code = 'CH1'`, values: [] })).toHaveLength(0);
    expect(progress).toEqual([{ phase: 'check', done: 0, total: 9 }, { phase: 'check', done: 9, total: 9 }]);

    progress.length = 0;
    const before = await rollup(haLong, 'primary', 1971);
    const reply = await importDoses(t.db, actor, false, Buffer.from(`${head}${rows.join('\n')}\n`), 'vi', NOW, { chunkRows: 2, onProgress });
    expect(reply).toMatchObject({ rows: 7, created: 7, skipped: 0 });
    // 7 doses, then 6 people's states, 2 at a time
    expect(progress.filter((p) => p.phase === 'write').map((p) => `${p.done}/${p.total}`)).toEqual(['2/13', '4/13', '6/13', '7/13', '9/13', '11/13', '13/13']);
    const numbers = await t.db.query<{ n: number; lot: string }>({
      text: `select d.dose_number as n, l.lot_code as lot from vaccine_dose d join vaccine_lot l on l.id = d.lot_id where person_id = $1 order by dose_number`, values: [ids[0]],
    });
    expect(numbers).toEqual([{ n: 1, lot: 'CH1' }, { n: 2, lot: 'CH1' }]);
    expect(await rollup(haLong, 'primary', 1971)).toBe(before + 1);
    const state = await t.db.query({
      text: `select doses, primary_done_on as "primaryDoneOn", last_dose_number as "lastNumber", last_dose_on as "lastOn" from vaccination_state where person_id = $1`, values: [ids[0]],
    });
    expect(state).toEqual([{ doses: 2, primaryDoneOn: '2021-10-22', lastNumber: 2, lastOn: '2021-10-22' }]);
  });

  it('reads all of a person\'s doses only for a row dated before their last: an old dose is skipped, a new one out of order refused', async () => {
    const id = await person('Tạ Tiêm Lại Tệp', '1974-04-04');
    for (const [code, day] of [['ASTRAZENECA', '2021-05-01'], ['ASTRAZENECA', '2021-07-01']]) expect((await dose(id, code!, day!)).statusCode).toBe(201);
    const actor = await actorOf(t.db, 'xa.honggai');
    const file = (...lines: string[]) => Buffer.from(`${head}${lines.map((l) => `,Tạ Tiêm Lại Tệp,1974-04-04,${l},06691`).join('\n')}\n`);
    // the first dose again (an earlier file sent twice) is skipped; a Pfizer booster after the series is new
    expect(await importDoses(t.db, actor, true, file('ASTRAZENECA,,,2021-05-01', 'PFIZER,RB1,2022-06-01,2021-12-05'), 'vi', NOW)).toMatchObject({ created: 1, skipped: 1 });
    // a dose dated between the two recorded ones is not theirs: refused, named by its date
    const refused = await importDoses(t.db, actor, true, file('ASTRAZENECA,,,2021-06-01'), 'vi', NOW).catch((e: unknown) => e);
    expect((refused as { rows?: { errors: { field: string; message: string }[] }[] }).rows?.[0]?.errors[0]).toEqual({ field: 'given_on', message: 'Ngày tiêm phải sau mũi trước (2021-07-01)' });
  });

  it('moves the counts of a person who moved since they were counted', async () => {
    const id = await person('Đinh Đã Chuyển Nhà', '1977-07-07');
    expect((await dose(id, 'PFIZER', '2021-10-01')).statusCode).toBe(201);
    const bachDang = await unitId(t.db, '06694');
    await t.db.execute({ text: 'update person set unit_id = $2 where id = $1', values: [id, bachDang] });
    const [hgDose1, bdDose1, bdPrimary] = [await rollup(hongGai, 'dose1', 1977), await rollup(bachDang, 'dose1', 1977), await rollup(bachDang, 'primary', 1977)];
    // the district's officer: the person now lives outside Hồng Gai
    const district = await t.login('tp.halong');
    const res = await district.request({
      method: 'POST', url: '/api/doses/import', headers: { 'content-type': 'text/csv' },
      payload: `${head},Đinh Đã Chuyển Nhà,1977-07-07,PFIZER,MV1,2022-06-01,2021-10-25,06694\n`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect([await rollup(hongGai, 'dose1', 1977), await rollup(bachDang, 'dose1', 1977), await rollup(bachDang, 'primary', 1977)])
      .toEqual([hgDose1 - 1, bdDose1 + 1, bdPrimary + 1]);
  });

  it('refuses a new lot given two expiry dates in one file', async () => {
    const id = await person('Vũ Hai Hạn Dùng', '1972-02-02');
    const csv = `${head},Vũ Hai Hạn Dùng,1972-02-02,PFIZER,NEWLOT9,2022-06-01,2021-10-01,06691\n,Vũ Hai Hạn Dùng,1972-02-02,PFIZER,NEWLOT9,2022-07-01,2021-10-25,06691\n`;
    const res = await clerk.request({ method: 'POST', url: '/api/doses/import', headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.rows).toEqual([{ row: 3, errors: [{ field: 'expiry_date', message: 'Lô NEWLOT9 đã có hạn dùng 2022-06-01' }] }]);
    expect(await t.db.query({ text: `select 1 from vaccine_dose where person_id = $1`, values: [id] })).toHaveLength(0);
  });

  it('streams progress lines, then the result or the error with every bad row, when the client asks for them', async () => {
    const id = await person('Lâm Theo Dõi Tiến Độ', '1973-03-03');
    const lines = (body: string) => body.trim().split('\n').map((l) => JSON.parse(l) as { type: string; [k: string]: unknown });
    const send = (csv: string) => clerk.request({
      method: 'POST', url: '/api/doses/import', headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson' }, payload: csv,
    });
    const badRes = await send(`${head},Lâm Theo Dõi Tiến Độ,1973-03-03,PFIZER,ST1,2022-06-01,2021-10-01,06691\n,Không Ai Cả,1973-03-03,PFIZER,ST1,2022-06-01,2021-10-01,06691\n`);
    expect(badRes.headers['content-type']).toMatch(/application\/x-ndjson/);
    const bad = lines(badRes.body);
    expect(bad.at(-1)).toMatchObject({ type: 'error', status: 422, error: { code: 'validation', rows: [{ row: 3, errors: [{ field: 'full_name' }] }] } });
    expect(await t.db.query({ text: `select 1 from vaccine_dose where person_id = $1`, values: [id] })).toHaveLength(0);

    const good = lines((await send(`${head},Lâm Theo Dõi Tiến Độ,1973-03-03,PFIZER,ST1,2022-06-01,2021-10-01,06691\n`)).body);
    expect(good.slice(0, -1)).toEqual([
      { type: 'progress', phase: 'check', done: 0, total: 1 }, { type: 'progress', phase: 'check', done: 1, total: 1 }, { type: 'progress', phase: 'write', done: 2, total: 2 },
    ]);
    expect(good.at(-1)).toEqual({ type: 'result', result: { dryRun: false, rows: 1, created: 1, skipped: 0 } });
    expect(await t.db.query({ text: `select 1 from vaccine_dose where person_id = $1`, values: [id] })).toHaveLength(1);
  });
});

describe('products and schedules as dated data', () => {
  it('a national administrator adds a rule from a date; doses after it follow the new rule, in English too', async () => {
    const id = await person('Cao Quy Định Mới');
    expect((await dose(id, 'MODERNA', '2021-11-01')).statusCode).toBe(201);
    const res = await admin.request({
      method: 'POST', url: `/api/vaccine-products/${product.MODERNA}/intervals`,
      payload: { doseNumber: 2, kind: 'primary', minDays: 35, previousProducts: ['MODERNA'], validFrom: '2021-12-01' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const rules = res.json().intervals.filter((i: { doseNumber: number }) => i.doseNumber === 2);
    expect(rules.map((i: { validFrom: string; validTo: string | null }) => [i.validFrom, i.validTo])).toEqual([['2021-01-01', '2021-12-01'], ['2021-12-01', null]]);
    const early = await clerk.request({
      method: 'POST', url: '/api/doses', headers: { 'accept-language': 'en' },
      payload: { personId: id, productId: product.MODERNA, givenOn: '2021-12-02' },
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.fields).toEqual([{ field: 'givenOn', message: 'Too early: not before 2021-12-06 (35 days after the previous dose)' }]);
    expect((await clerk.request({ method: 'POST', url: `/api/vaccine-products/${product.MODERNA}/intervals`, payload: {} })).statusCode).toBe(400);
  });
});
