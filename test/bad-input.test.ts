/** Bad input is refused with a 4xx that names the field, and leaves the data as it was. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { reportValues } from './helpers/fixtures.ts';
import { TEST_TODAY } from './helpers/constants.ts';

const YESTERDAY = '2021-12-09';
const values = reportValues;

let t: TestApp;
let clerk: Session;
let hongGai: number;
let haLong: number;
let quangNinh: number;
let formStart: string;
beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  haLong = await unitId(t.db, '193');
  quangNinh = await unitId(t.db, '22');
  clerk = await t.login('xa.honggai');
  formStart = (await clerk.request({ method: 'GET', url: '/api/forms/BCTH-NGAY' })).json().startDate;
});
afterAll(() => t?.close());

const url = (period = TEST_TODAY, unit = hongGai) => `/api/reports/BCTH-NGAY/${unit}/${period}`;
const status = (res: LightMyRequestResponse, code: number) => expect(res.statusCode, `${res.statusCode} ${res.body}`).toBe(code);

/** Reports, totals and audit: what a refused write must leave alone. */
async function snapshot() {
  const [reports, rollups, audit] = await Promise.all([
    t.db.query({ text: 'select id, unit_id, period::text, status, vals, submitted_at from report order by id', values: [] }),
    t.db.query({ text: 'select unit_id, form_id, period::text, vals, n_reported, n_on_time from rollup order by unit_id, form_id, period', values: [] }),
    t.db.query({ text: `select count(*)::int as n from audit_log where action <> 'login'`, values: [] }),
  ]);
  return { reports, rollups, audit };
}

/** Sends a write that must be refused with `code`, naming `field` when given; checks nothing changed. */
async function refused(opts: InjectOptions, code: number | '4xx', field?: string | RegExp, who: Session = clerk) {
  const before = await snapshot();
  const res = await who.request(opts);
  if (code === '4xx') {
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
  } else status(res, code);
  const body = res.json() as { error: { code: string; message: string; fields?: { field: string; message: string }[] } };
  expect(body.error.message).toBeTruthy();
  if (field !== undefined) {
    const fields = (body.error.fields ?? []).map((f) => f.field);
    if (typeof field === 'string') expect(fields, res.body).toContain(field);
    else expect(fields.some((f) => field.test(f)), res.body).toBe(true);
  }
  expect(await snapshot()).toEqual(before);
  return body.error;
}

/** The field of a value: `values.x` when the schema refuses it, `x` when the form's checks do. */
const field = (code: string) => new RegExp(`^(values\\.)?${code}$`);

const put = (payload: unknown, period = TEST_TODAY, unit = hongGai): InjectOptions => ({ method: 'PUT', url: url(period, unit), payload: payload as object });

describe('malformed requests', () => {
  it('malformed JSON: 400 with a clear message, nothing changes', async () => {
    const opts = (lang?: string): InjectOptions => ({
      method: 'PUT',
      url: url(),
      headers: { 'content-type': 'application/json', ...(lang ? { 'accept-language': lang } : {}) },
      payload: '{"values": {"f0_community": 3,, "submit": true',
    });
    const vi = await refused(opts(), 400);
    expect(vi).toMatchObject({ code: 'bad_request', message: 'Dữ liệu gửi lên không phải JSON hợp lệ' });
    const en = await refused(opts('en'), 400);
    expect(en.message).toBe('The request body is not valid JSON');
    // an empty JSON body is no report either
    await refused({ method: 'PUT', url: url(), headers: { 'content-type': 'application/json' }, payload: '' }, 400);
  });

  it('a body that is not an object: 400', async () => {
    await refused(put([values()]), 400);
    await refused({ method: 'PUT', url: url(), headers: { 'content-type': 'application/json' }, payload: '"values"' }, 400);
  });
});

describe('report values', () => {
  it('missing `values` or `submit`: 400 naming the field', async () => {
    await refused(put({ submit: true }), 400, 'values');
    await refused(put({ values: values() }), 400, 'submit');
  });

  it('a string for a number: 400 naming the field', async () => {
    const e = await refused(put({ values: values({ f0_community: 'ba' }), submit: true }), '4xx', field('f0_community'));
    expect(['bad_request', 'validation']).toContain(e.code);
    await refused(put({ values: values({ deaths: '1,5' }), submit: true }), '4xx', field('deaths'));
    await refused(put({ values: values({ deaths: { n: 1 } }), submit: true }), '4xx', field('deaths'));
    await refused(put({ values: 'nhiều', submit: true }), 400, 'values');
    await refused(put({ values: values(), submit: 'có' }), 400, 'submit');
  });

  it('a blank (null) or a boolean is not a count: a submission with it is refused', async () => {
    // a client sends null for an empty box; storing it as 0 would hide a missing figure
    await refused(put({ values: values({ deaths: null }), submit: true }), '4xx', field('deaths'));
    await refused(put({ values: values({ deaths: true }), submit: true }), '4xx', field('deaths'));
  });

  it('a decimal: 400 naming the field', async () => {
    await refused(put({ values: values({ f0_community: 2.5 }), submit: true }), '4xx', field('f0_community'));
    await refused(put({ values: values({ pcr_samples: 100.01 }), submit: false }), '4xx', field('pcr_samples'));
  });

  it('a huge number: 422 naming the field', async () => {
    const e = await refused(put({ values: values({ f1_traced: 1_000_000_000_000 }), submit: true }), 422, 'f1_traced');
    expect(e.fields).toContainEqual({ field: 'f1_traced', message: 'F1 truy vết được: giá trị quá lớn' });
    await refused(put({ values: values({ f1_traced: 1e21 }), submit: true }), 422, 'f1_traced');
    await refused(put({ values: values({ f1_traced: 100_000_001 }), submit: false }), 422, 'f1_traced');
  });

  it('a negative number: 422 naming the field', async () => {
    const e = await refused(put({ values: values({ deaths: -1 }), submit: false }), 422, 'deaths');
    expect(e.code).toBe('validation');
  });

  it('an unknown indicator code: 422 naming it', async () => {
    const e = await refused(put({ values: values({ f3_traced: 1 }), submit: true }), 422, 'f3_traced');
    expect(e.fields).toContainEqual({ field: 'f3_traced', message: 'f3_traced: chỉ tiêu không có trong biểu mẫu' });
    // even in a draft
    await refused(put({ values: { bogus: 1 }, submit: false }), 422, 'bogus');
  });

  it('a missing indicator in a submission: 422 naming it (a draft may leave it blank)', async () => {
    const { deaths: _, ...partial } = values();
    const e = await refused(put({ values: partial, submit: true }), 422, 'deaths');
    expect(e.fields).toContainEqual({ field: 'deaths', message: 'Tử vong: bắt buộc nhập' });
  });

  it('messages follow Accept-Language', async () => {
    const e = await refused({ ...put({ values: values({ deaths: -1 }), submit: true }), headers: { 'accept-language': 'en' } }, 422, 'deaths');
    expect(e.message).toBe('Some values are invalid; see the messages beside the fields');
    expect(e.fields).toContainEqual({ field: 'deaths', message: 'Deaths: must not be negative' });
  });
});

describe('report dates and units', () => {
  it.each(['2021-13-45', '2021-11-31', '2021-02-29', '2021-12-00'])('a date that is no date (%s): 4xx naming the period, nothing changes', async (period) => {
    const put4xx = await clerk.request(put({ values: values(), submit: true }, period));
    expect(put4xx.statusCode, put4xx.body).toBeGreaterThanOrEqual(400);
    expect(put4xx.statusCode, put4xx.body).toBeLessThan(500);
    expect(put4xx.json().error.fields.map((f: { field: string }) => f.field)).toContain('period');
    expect(put4xx.json().error.fields[0].message).toBe('period: ngày không hợp lệ (định dạng YYYY-MM-DD)');
    const get = await clerk.request({ method: 'GET', url: url(period) });
    expect(get.statusCode, get.body).toBeGreaterThanOrEqual(400);
    expect(get.statusCode, get.body).toBeLessThan(500);
    expect(get.json().error.fields.map((f: { field: string }) => f.field)).toContain('period');
  });

  it('a period that is not YYYY-MM-DD: 400 naming it, nothing changes', async () => {
    await refused(put({ values: values(), submit: true }, '10-12-2021'), 400, 'period');
    await refused(put({ values: values(), submit: true }, 'hom-nay'), 400, 'period');
  });

  it('a date in the future: 422 naming the period', async () => {
    const e = await refused(put({ values: values(), submit: true }, '2021-12-11'), 422, 'period');
    expect(e.fields).toContainEqual({ field: 'period', message: 'Không thể báo cáo cho ngày trong tương lai' });
    await refused(put({ values: values(), submit: false }, '2022-01-01'), 422, 'period');
  });

  it('a date before the form starts: 422 naming the period', async () => {
    const before = new Date(Date.parse(`${formStart}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const e = await refused(put({ values: values(), submit: true }, before), 422, 'period');
    expect(e.fields).toContainEqual({ field: 'period', message: 'Ngày báo cáo trước ngày bắt đầu của biểu mẫu' });
    await refused(put({ values: values(), submit: true }, '2019-12-31'), 422, 'period');
  });

  it('a unit id that is no number: 400 naming it', async () => {
    await refused(put({ values: values(), submit: true }, TEST_TODAY, 'abc' as unknown as number), 400, 'unitId');
    const res = await clerk.request({ method: 'GET', url: '/api/units/abc' });
    status(res, 400);
    expect(res.json().error.fields.map((f: { field: string }) => f.field)).toContain('id');
    status(await clerk.request({ method: 'GET', url: '/api/units/0' }), 400);
  });

  it('an unknown form: 404', async () => {
    await refused({ method: 'PUT', url: `/api/reports/NO-FORM/${hongGai}/${YESTERDAY}`, payload: { values: values(), submit: true } }, 404);
  });

  it('a unit at the wrong level for the form (a district on the commune form): 403', async () => {
    const district = await t.login('tp.halong');
    const e = await refused(put({ values: values(), submit: true }, YESTERDAY, haLong), 403, undefined, district);
    expect(e).toMatchObject({ code: 'forbidden', message: 'Biểu mẫu này do cấp khác báo cáo' });
    const province = await t.login('tinh.quangninh');
    await refused(put({ values: values(), submit: true }, YESTERDAY, quangNinh), 403, undefined, province);
    await refused(put({ values: values(), submit: false }, YESTERDAY, haLong), 403, undefined, province);
    // the same officer may write for a commune under it: the refusal is the level
    const ok = await district.request(put({ values: values(), submit: true }, TEST_TODAY, await unitId(t.db, '06694')));
    status(ok, 200);
  });

  it('the dashboard and the approval queue refuse a date that is no date: 400 naming it', async () => {
    const district = await t.login('tp.halong');
    const cases: [string, string][] = [
      ...['date=2021-13-45', 'date=2021-11-31', 'start=2021-02-30', 'date=yesterday'].map((q): [string, string] => [`/api/dashboard/${haLong}?${q}`, q.split('=')[0]!]),
      [`/api/dashboard/${haLong}/bulletin?date=2021-11-31`, 'date'],
      [`/api/dashboard/${haLong}/export?format=csv&date=2021-11-31`, 'date'],
      ['/api/approvals?form=BCTH-NGAY&period=2021-11-31', 'period'],
      ['/api/approvals?form=BCTH-NGAY&period=2021-13-45', 'period'],
    ];
    const wrong: string[] = [];
    for (const [u, field] of cases) {
      const res = await district.request({ method: 'GET', url: u });
      const named = res.statusCode === 400 && (res.json().error.fields ?? []).some((f: { field: string }) => f.field === field);
      if (!named) wrong.push(`${u} → ${res.statusCode} ${res.body}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the return of a report needs a comment', async () => {
    const district = await t.login('tp.halong');
    const [row] = await t.db.query<{ id: number }>({ text: `select id from report where unit_id = $1 and status = 'submitted' limit 1`, values: [hongGai] });
    expect(row).toBeTruthy();
    await refused({ method: 'POST', url: `/api/reports/${row!.id}/return`, payload: {} }, 400, 'comment', district);
    await refused({ method: 'POST', url: `/api/reports/${row!.id}/return`, payload: { comment: '' } }, 400, 'comment', district);
  });
});

describe('system endpoints', () => {
  it('GET /api/openapi.json is valid JSON describing the report paths', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    status(res, 200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const spec = JSON.parse(res.body) as { openapi: string; info: { title: string }; paths: Record<string, Record<string, unknown>> };
    expect(spec.openapi).toMatch(/^3\./);
    expect(spec.info.title).toBe('EpiCenter API');
    const report = spec.paths['/api/reports/{form}/{unitId}/{period}'];
    expect(report).toBeTruthy();
    expect(Object.keys(report!)).toEqual(expect.arrayContaining(['get', 'put']));
    for (const p of ['/api/reports/{id}/approve', '/api/reports/{id}/return', '/api/approvals', '/api/dashboard/{unitId}', '/api/auth/login']) {
      expect(spec.paths[p], p).toBeTruthy();
    }
  });

  it('GET /api/health is ok', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    status(res, 200);
    expect(res.json()).toEqual({ status: 'ok', db: t.db.kind });
  });

  it('an unknown API path is a JSON 404', async () => {
    const res = await clerk.request({ method: 'GET', url: '/api/no-such-thing' });
    status(res, 404);
    expect(res.json().error).toMatchObject({ code: 'not_found', message: 'Không tìm thấy' });
  });
});
