/**
 * Access, endpoint by endpoint: a user of one commune or district can neither read nor
 * write another's data. Out of scope is 404 (a user does not learn what exists elsewhere),
 * a role that may not act is 403, no session is 401.
 *
 * The table `cases` has one entry per API route; the first test compares it with the
 * routes the app really registers, so a new route without a case fails here.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createUser } from '../src/server/modules/auth/service.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { reportValues } from './helpers/fixtures.ts';
import { PASSWORD, TEST_TODAY } from './helpers/constants.ts';
import type { AccessKit, RouteCase } from './access/kit.ts';
import { areaCases } from './access/areas.ts';

// Every route the app registers, as `METHOD /url`, recorded by an onRoute hook added to
// the Fastify instance that buildApp creates (hidden routes included).
const registered = vi.hoisted(() => new Set<string>());
vi.mock('fastify', async (importOriginal) => {
  const real = await importOriginal<typeof import('fastify')>();
  const factory = real.default as unknown as (opts?: unknown) => import('fastify').FastifyInstance;
  const wrapped = (opts?: unknown) => {
    const app = factory(opts);
    app.addHook('onRoute', (r) => {
      for (const m of [r.method].flat()) if (m !== 'HEAD') registered.add(`${m} ${r.url}`);
    });
    return app;
  };
  return { ...real, default: wrapped, fastify: wrapped };
});

const YESTERDAY = '2021-12-09';
const FORM = 'BCTH-NGAY';

const values = reportValues;

let t: TestApp;
const u = {} as AccessKit['u'];
const s = {} as AccessKit['s'];
/** submitted reports of YESTERDAY, by unit key */
const reportOf = {} as Record<'hongGai' | 'bachDang' | 'vangDanh' | 'phucXa', number>;
let apiRoutes: string[] = [];

const status = (res: LightMyRequestResponse, code: number) => expect(res.statusCode, `${res.statusCode} ${res.body}`).toBe(code);

async function pathOf(id: number): Promise<string> {
  const rows = await t.db.query<{ path: string }>({ text: 'select path from org_unit where id = $1', values: [id] });
  return rows[0]!.path;
}

async function submittedReport(unit: number, period: string): Promise<number> {
  const rows = await t.db.query<{ id: number; status: string }>({
    text: `select r.id, r.status from report r join report_form f on f.id = r.form_id where f.code = $1 and r.unit_id = $2 and r.period = $3`,
    values: [FORM, unit, period],
  });
  if (rows[0]?.status === 'submitted') return rows[0].id;
  const res = await s.admin.request({ method: 'PUT', url: `/api/reports/${FORM}/${unit}/${period}`, payload: { values: values(), submit: true } });
  status(res, 200);
  return res.json().report.id as number;
}

const REGISTER_TABLES = [
  'person', 'person_distinct', 'screening_campaign', 'test_pool', 'lab_test', 'case_rule', 'case_classification_setting',
  'cluster', 'facility', 'covid_case', 'case_status', 'transport', 'transport_passenger', 'contact', 'quarantine_policy',
  'quarantine', 'followup_check', 'register_unit',
  'vaccine_product', 'vaccine_interval', 'vaccine_lot', 'vaccine_dose', 'vaccination_state', 'not_vaccinated', 'coverage_rollup',
  'vaccination_daily', 'vaccination_campaign', 'campaign_target', 'stock_movement', 'transfer_plan', 'stock_transfer', 'reported_coverage',
  'conference', 'conference_site', 'conference_attendee', 'notice', 'notice_task', 'notice_task_unit', 'task', 'task_report',
  'task_attachment', 'unit_notification', 'email_outbox', 'duty_shift', 'hotline',
  'level_rule_set', 'level_assessment', 'level_decision', 'unit_boundary',
];
/** One digest per register table: any write to any row changes it. */
const REGISTERS_SNAPSHOT = `select ${REGISTER_TABLES.map((n) => `(select md5(coalesce(string_agg(x::text, ',' order by x::text), '')) from ${n} x) as ${n}`).join(', ')}`;

/** Everything a write could touch: reports and totals of the units, and the audit log size. */
async function snapshot(units: number[]) {
  const [reports, rollups, population, audit, registers] = await Promise.all([
    t.db.query({ text: 'select id, unit_id, period::text, status, vals, submitted_at, reviewed_at, review_comment from report where unit_id = any($1) order by id', values: [units] }),
    t.db.query({ text: 'select unit_id, period::text, vals, n_reported, n_on_time from rollup where unit_id = any($1) order by unit_id, period', values: [units] }),
    t.db.query({ text: 'select * from population where unit_id = any($1) order by unit_id, year', values: [units] }),
    t.db.query({ text: 'select count(*)::int as n from audit_log where action <> $1', values: ['login'] }),
    t.db.query({ text: REGISTERS_SNAPSHOT, values: [] }),
  ]);
  return { reports, rollups, population, audit, registers };
}

/** Runs a write that must be refused with `code` and must change nothing. */
async function refusedWrite(code: number, units: number[], write: () => Promise<LightMyRequestResponse>) {
  const before = await snapshot(units);
  const res = await write();
  status(res, code);
  expect(await snapshot(units)).toEqual(before);
  return res;
}

const allUnits = () => Object.values(u);

beforeAll(async () => {
  t = await createTestApp();
  const codes = {
    hongGai: '06691', bachDang: '06694', haLong: '193', uongBi: '196', vangDanh: '06808',
    quangNinh: '22', nation: 'VN', phucXa: '00001', baDinh: '001', haNoi: '01',
  } as const;
  for (const [k, code] of Object.entries(codes)) u[k as keyof typeof codes] = await unitId(t.db, code);
  await createUser(t.db, null, { username: 'xem.halong', password: PASSWORD, fullName: 'Người xem Hạ Long', role: 'viewer', unitId: u.haLong });
  s.clerk = await t.login('xa.honggai');
  s.district = await t.login('tp.halong');
  s.province = await t.login('tinh.quangninh');
  s.admin = await t.login('trunguong');
  s.viewer = await t.login('xem.halong');
  // an admin of a province is not a national admin
  await createUser(t.db, null, { username: 'qt.quangninh', password: PASSWORD, fullName: 'Quản trị tỉnh', role: 'admin', unitId: u.quangNinh });
  s.provinceAdmin = await t.login('qt.quangninh');
  for (const k of ['hongGai', 'bachDang', 'vangDanh', 'phucXa'] as const) reportOf[k] = await submittedReport(u[k], YESTERDAY);
  const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  const fromSpec = Object.entries(spec.paths).flatMap(([p, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
  );
  apiRoutes = [...new Set([...registered, ...fromSpec])].filter((r) => r.split(' ')[1]!.startsWith('/api/')).sort();
});
afterAll(() => t?.close());

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const reportUrl = (unit: number, period = YESTERDAY) => `/api/reports/${FORM}/${unit}/${period}`;

const coreCases: Record<string, RouteCase> = {
  'GET /api/health': {
    anon: () => get('/api/health'),
    anonStatus: 200,
    scope: async () => status(await s.clerk.request(get('/api/health')), 200),
  },
  'GET /api/openapi.json': {
    anon: () => get('/api/openapi.json'),
    anonStatus: 200,
    scope: async () => status(await s.clerk.request(get('/api/openapi.json')), 200),
  },
  'POST /api/auth/login': {
    anon: () => ({ method: 'POST', url: '/api/auth/login', payload: { username: 'xa.honggai', password: PASSWORD } }),
    anonStatus: 200,
    scope: async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'xa.honggai', password: 'wrong' } });
      status(res, 401);
      expect(res.cookies).toEqual([]);
    },
  },
  'POST /api/auth/logout': {
    anon: () => ({ method: 'POST', url: '/api/auth/logout' }),
    scope: async () => {
      // a logout ends only the caller's own session
      const other = await t.login('tp.halong');
      status(await other.request({ method: 'POST', url: '/api/auth/logout' }), 200);
      status(await s.district.request(get('/api/auth/me')), 200);
      status(await other.request(get('/api/auth/me')), 401);
    },
  },
  'GET /api/auth/me': {
    anon: () => get('/api/auth/me'),
    scope: async () => {
      const me = (await s.clerk.request(get('/api/auth/me'))).json();
      expect(me.user.username).toBe('xa.honggai');
      expect(me.user.unit.id).toBe(u.hongGai);
    },
  },
  'GET /api/units/:id': {
    anon: () => get(`/api/units/${u.hongGai}`),
    scope: async () => {
      const own = await s.clerk.request(get(`/api/units/${u.hongGai}`));
      status(own, 200);
      // the breadcrumb holds only units in scope: none above the commune
      expect(own.json().ancestors).toEqual([]);
      for (const id of [u.bachDang, u.haLong, u.quangNinh, u.nation, u.phucXa, u.baDinh, u.haNoi, u.uongBi]) {
        status(await s.clerk.request(get(`/api/units/${id}`)), 404);
      }
      status(await s.district.request(get(`/api/units/${u.bachDang}`)), 200);
      expect((await s.district.request(get(`/api/units/${u.hongGai}`))).json().ancestors.map((a: { id: number }) => a.id)).toEqual([u.haLong]);
      for (const id of [u.uongBi, u.vangDanh, u.quangNinh, u.nation, u.phucXa, u.baDinh, u.haNoi]) {
        status(await s.district.request(get(`/api/units/${id}`)), 404);
      }
      status(await s.province.request(get(`/api/units/${u.vangDanh}`)), 200);
      for (const id of [u.haNoi, u.baDinh, u.phucXa, u.nation]) status(await s.province.request(get(`/api/units/${id}`)), 404);
      status(await s.viewer.request(get(`/api/units/${u.hongGai}`)), 200);
      status(await s.viewer.request(get(`/api/units/${u.vangDanh}`)), 404);
      // a unit that does not exist looks the same as one out of scope
      status(await s.clerk.request(get('/api/units/99999999')), 404);
      status(await s.admin.request(get(`/api/units/${u.phucXa}`)), 200);
    },
  },
  'GET /api/units/:id/children': {
    anon: () => get(`/api/units/${u.haLong}/children`),
    scope: async () => {
      status(await s.clerk.request(get(`/api/units/${u.hongGai}/children`)), 200);
      for (const id of [u.haLong, u.quangNinh, u.nation, u.baDinh, u.haNoi, u.bachDang]) {
        status(await s.clerk.request(get(`/api/units/${id}/children`)), 404);
      }
      const mine = await s.district.request(get(`/api/units/${u.haLong}/children`));
      status(mine, 200);
      expect(mine.json().map((c: { id: number }) => c.id)).toContain(u.hongGai);
      for (const id of [u.quangNinh, u.nation, u.uongBi, u.baDinh]) status(await s.district.request(get(`/api/units/${id}/children`)), 404);
      for (const id of [u.nation, u.haNoi, u.baDinh]) status(await s.province.request(get(`/api/units/${id}/children`)), 404);
    },
  },
  'GET /api/units': {
    anon: () => get('/api/units?q=ha'),
    scope: async () => {
      const search = async (who: Session, q: string, extra = '') => {
        const res = await who.request(get(`/api/units?q=${encodeURIComponent(q)}${extra}`));
        status(res, 200);
        return (res.json() as { id: number; code: string }[]);
      };
      expect((await search(s.clerk, '')).map((x) => x.id)).toEqual([u.hongGai]);
      for (const q of ['Bạch Đằng', '06694', 'Hạ Long', 'Quảng Ninh', 'Phúc Xá', '00001', 'Hà Nội', 'VN']) {
        expect(await search(s.clerk, q), q).toEqual([]);
      }
      const districtAll = await search(s.district, '', '&limit=200');
      expect(districtAll.length).toBeGreaterThan(20);
      const haLongPath = await pathOf(u.haLong);
      for (const x of districtAll) expect((await pathOf(x.id)).startsWith(haLongPath), x.code).toBe(true);
      for (const q of ['Uông Bí', 'Vàng Danh', '06808', 'Phúc Xá', 'Quảng Ninh']) expect(await search(s.district, q), q).toEqual([]);
      expect((await search(s.district, 'Bach Dang')).map((x) => x.id)).toEqual([u.bachDang]);
      for (const q of ['Hà Nội', 'Ba Đình', '001', 'Phúc Xá', '00001']) expect(await search(s.province, q), q).toEqual([]);
      const qnPath = await pathOf(u.quangNinh);
      for (const x of await search(s.province, 'Phường', '&limit=200')) expect((await pathOf(x.id)).startsWith(qnPath), x.code).toBe(true);
      // the same search by the nation finds Hà Nội: the empty answers above are the scope at work
      expect((await search(s.admin, 'Phúc Xá')).map((x) => x.id)).toContain(u.phucXa);
    },
  },
  'GET /api/forms': {
    anon: () => get('/api/forms'),
    scope: async () => {
      for (const who of Object.values(s)) status(await who.request(get('/api/forms')), 200);
    },
  },
  'GET /api/forms/:code': {
    anon: () => get(`/api/forms/${FORM}`),
    scope: async () => {
      status(await s.viewer.request(get(`/api/forms/${FORM}`)), 200);
      status(await s.clerk.request(get('/api/forms/NO-SUCH-FORM')), 404);
    },
  },
  'POST /api/forms': {
    anon: () => ({ method: 'POST', url: '/api/forms', payload: newForm('ANON') }),
    scope: async () => {
      const count = async () => (await t.db.query<{ n: number }>({ text: 'select count(*)::int as n from report_form', values: [] }))[0]!.n;
      const n = await count();
      for (const who of [s.clerk, s.district, s.province, s.viewer]) {
        await refusedWrite(403, allUnits(), () => who.request({ method: 'POST', url: '/api/forms', payload: newForm(`X-${who.username.toUpperCase().replace(/\W/g, '')}`) }));
      }
      // a province admin is not a national admin
      await refusedWrite(403, allUnits(), () => s.provinceAdmin.request({ method: 'POST', url: '/api/forms', payload: newForm('X-QT') }));
      expect(await count()).toBe(n);
      status(await s.admin.request({ method: 'POST', url: '/api/forms', payload: newForm('X-TW') }), 201);
      expect(await count()).toBe(n + 1);
    },
  },
  'GET /api/reports/:form/:unitId/:period': {
    anon: () => get(reportUrl(u.hongGai)),
    scope: async () => {
      status(await s.clerk.request(get(reportUrl(u.hongGai))), 200);
      for (const id of [u.bachDang, u.haLong, u.quangNinh, u.nation, u.phucXa, u.vangDanh]) {
        status(await s.clerk.request(get(reportUrl(id))), 404);
      }
      status(await s.district.request(get(reportUrl(u.bachDang))), 200);
      for (const id of [u.phucXa, u.vangDanh, u.uongBi, u.quangNinh]) status(await s.district.request(get(reportUrl(id))), 404);
      status(await s.province.request(get(reportUrl(u.vangDanh))), 200);
      for (const id of [u.phucXa, u.baDinh, u.haNoi]) status(await s.province.request(get(reportUrl(id))), 404);
      // a viewer reads
      const seen = await s.viewer.request(get(reportUrl(u.hongGai)));
      status(seen, 200);
      expect(seen.json().status).toBe('submitted');
      status(await s.viewer.request(get(reportUrl(u.vangDanh))), 404);
    },
  },
  'PUT /api/reports/:form/:unitId/:period': {
    anon: () => ({ method: 'PUT', url: reportUrl(u.hongGai, TEST_TODAY), payload: { values: values(), submit: true } }),
    scope: async () => {
      const put = (who: Session, unit: number, submit = true) => () =>
        who.request({ method: 'PUT', url: reportUrl(unit, TEST_TODAY), payload: { values: values({ f0_community: 99 }), submit } });
      // the clerk: another commune, the district, the province, the nation, another province's commune
      for (const id of [u.bachDang, u.vangDanh, u.phucXa]) {
        await refusedWrite(404, allUnits(), put(s.clerk, id));
        await refusedWrite(404, allUnits(), put(s.clerk, id, false));
      }
      for (const id of [u.haLong, u.quangNinh, u.nation]) await refusedWrite(404, allUnits(), put(s.clerk, id));
      // the district officer cannot write for another district's commune, the province not for Hà Nội
      for (const id of [u.vangDanh, u.phucXa]) await refusedWrite(404, allUnits(), put(s.district, id));
      await refusedWrite(404, allUnits(), put(s.province, u.phucXa));
      // a viewer reads but does not write, even in scope
      await refusedWrite(403, allUnits(), put(s.viewer, u.hongGai));
      await refusedWrite(403, allUnits(), put(s.viewer, u.hongGai, false));
      // and the report of yesterday stays as it was for everyone
      expect((await s.admin.request(get(reportUrl(u.phucXa)))).json().values.f0_community).toBe(3);
    },
  },
  'POST /api/reports/:id/approve': {
    anon: () => ({ method: 'POST', url: `/api/reports/${reportOf.bachDang}/approve` }),
    scope: async () => {
      const approve = (who: Session, id: number) => () => who.request({ method: 'POST', url: `/api/reports/${id}/approve` });
      // a clerk approves nothing, not even the own commune's report
      await refusedWrite(403, allUnits(), approve(s.clerk, reportOf.hongGai));
      await refusedWrite(403, allUnits(), approve(s.clerk, reportOf.bachDang));
      await refusedWrite(403, allUnits(), approve(s.viewer, reportOf.hongGai));
      // the district officer of Hạ Long cannot approve Phúc Xá (Ba Đình) nor Vàng Danh (Uông Bí)
      await refusedWrite(404, allUnits(), approve(s.district, reportOf.phucXa));
      await refusedWrite(404, allUnits(), approve(s.district, reportOf.vangDanh));
      await refusedWrite(404, allUnits(), approve(s.province, reportOf.phucXa));
      // an id that does not exist looks the same
      await refusedWrite(404, allUnits(), approve(s.district, 999_999_999));
      expect((await s.admin.request(get(reportUrl(u.phucXa)))).json().status).toBe('submitted');
    },
  },
  'POST /api/reports/:id/return': {
    anon: () => ({ method: 'POST', url: `/api/reports/${reportOf.bachDang}/return`, payload: { comment: 'x' } }),
    scope: async () => {
      const ret = (who: Session, id: number) => () =>
        who.request({ method: 'POST', url: `/api/reports/${id}/return`, payload: { comment: 'Kiểm tra lại' } });
      await refusedWrite(403, allUnits(), ret(s.clerk, reportOf.hongGai));
      await refusedWrite(403, allUnits(), ret(s.clerk, reportOf.bachDang));
      await refusedWrite(403, allUnits(), ret(s.viewer, reportOf.hongGai));
      await refusedWrite(404, allUnits(), ret(s.district, reportOf.phucXa));
      await refusedWrite(404, allUnits(), ret(s.district, reportOf.vangDanh));
      await refusedWrite(404, allUnits(), ret(s.province, reportOf.phucXa));
      expect((await s.admin.request(get(reportUrl(u.phucXa)))).json().status).toBe('submitted');
    },
  },
  'GET /api/approvals': {
    anon: () => get(`/api/approvals?form=${FORM}`),
    scope: async () => {
      status(await s.clerk.request(get(`/api/approvals?form=${FORM}`)), 403);
      status(await s.viewer.request(get(`/api/approvals?form=${FORM}`)), 403);
      const queue = async (who: Session) => {
        const res = await who.request(get(`/api/approvals?form=${FORM}&period=${YESTERDAY}`));
        status(res, 200);
        return (res.json() as { id: number; unit: { id: number } }[]);
      };
      const district = await queue(s.district);
      const ids = district.map((q) => q.id);
      expect(ids).toContain(reportOf.hongGai);
      expect(ids).toContain(reportOf.bachDang);
      expect(ids).not.toContain(reportOf.phucXa);
      expect(ids).not.toContain(reportOf.vangDanh);
      const haLongPath = await pathOf(u.haLong);
      for (const q of district) expect((await pathOf(q.unit.id)).startsWith(haLongPath)).toBe(true);
      // the province is above the approval level (district): its queue is empty, Hà Nội's above all
      expect((await queue(s.province)).map((q) => q.id)).not.toContain(reportOf.phucXa);
      expect((await queue(s.admin)).map((q) => q.id)).toContain(reportOf.phucXa);
    },
  },
  'GET /api/dashboard/:unitId': {
    anon: () => get(`/api/dashboard/${u.hongGai}?date=${TEST_TODAY}`),
    scope: async () => dashboardScope(''),
  },
  'GET /api/dashboard/:unitId/bulletin': {
    anon: () => get(`/api/dashboard/${u.hongGai}/bulletin?date=${TEST_TODAY}`),
    scope: async () => dashboardScope('/bulletin'),
  },
  'GET /api/dashboard/:unitId/export': {
    anon: () => get(`/api/dashboard/${u.hongGai}/export?format=csv&date=${TEST_TODAY}`),
    scope: async () => {
      await dashboardScope('/export', '&format=csv');
      await dashboardScope('/export', '&format=xlsx');
    },
  },
  'GET /api/users': {
    anon: () => get('/api/users'),
    scope: async () => {
      for (const who of [s.clerk, s.district, s.province, s.viewer]) status(await who.request(get('/api/users')), 403);
      const names = (await s.provinceAdmin.request(get('/api/users'))).json().map((x: { username: string }) => x.username);
      expect(names).toContain('xa.honggai');
      expect(names).not.toContain('trunguong');
      expect((await s.admin.request(get('/api/users'))).json().map((x: { username: string }) => x.username)).toContain('trunguong');
    },
  },
  'POST /api/users': {
    anon: () => ({ method: 'POST', url: '/api/users', payload: { username: 'anon.user', fullName: 'X', role: 'clerk', unitId: 1, password: 'mat-khau-dai-1' } }),
    scope: async () => {
      const body = (username: string, unitId: number) => ({ username, fullName: 'Người thử', role: 'admin', unitId, password: 'mat-khau-dai-1' });
      const post = (who: Session, username: string, unitId: number) => () => who.request({ method: 'POST', url: '/api/users', payload: body(username, unitId) });
      for (const who of [s.clerk, s.district, s.province, s.viewer]) await refusedWrite(403, allUnits(), post(who, `x.${who.username}`, u.hongGai));
      // a province administrator cannot make accounts in Hà Nội, nor a national one
      await refusedWrite(404, allUnits(), post(s.provinceAdmin, 'qt.hanoi', u.haNoi));
      await refusedWrite(404, allUnits(), post(s.provinceAdmin, 'qt.tw', u.nation));
      status(await post(s.provinceAdmin, 'qt.halong', u.haLong)(), 201);
    },
  },
  'PATCH /api/users/:id': {
    anon: () => ({ method: 'PATCH', url: '/api/users/1', payload: { disabled: true } }),
    scope: async () => {
      const idOf = async (username: string) =>
        (await t.db.query<{ id: number }>({ text: 'select id from app_user where username = $1', values: [username] }))[0]!.id;
      const patch = (who: Session, id: number) => () => who.request({ method: 'PATCH', url: `/api/users/${id}`, payload: { fullName: 'Đổi tên' } });
      for (const who of [s.clerk, s.district, s.province, s.viewer]) await refusedWrite(403, allUnits(), patch(who, await idOf('xa.honggai')));
      await refusedWrite(404, allUnits(), patch(s.provinceAdmin, await idOf('trunguong')));
      status(await patch(s.provinceAdmin, await idOf('xa.honggai'))(), 200);
    },
  },
  'GET /api/audit': {
    anon: () => get('/api/audit'),
    scope: async () => {
      status(await s.clerk.request(get('/api/audit')), 403);
      status(await s.viewer.request(get('/api/audit')), 403);
      const entries = async (who: Session, q = '') => {
        const res = await who.request(get(`/api/audit?limit=500${q}`));
        status(res, 200);
        return res.json() as { unitId: number; entity: string; entityId: string }[];
      };
      for (const [who, scope] of [[s.district, u.haLong], [s.province, u.quangNinh]] as const) {
        const list = await entries(who);
        expect(list.length).toBeGreaterThan(0);
        const root = await pathOf(scope);
        for (const e of list) expect((await pathOf(e.unitId)).startsWith(root), JSON.stringify(e)).toBe(true);
        // the submission of Phúc Xá is in the log, but not for them
        expect(await entries(who, `&entity=report&entityId=${reportOf.phucXa}`)).toEqual([]);
      }
      expect((await entries(s.admin, `&entity=report&entityId=${reportOf.phucXa}`)).length).toBeGreaterThan(0);
      // the district officer's log does not hold the province's or Uông Bí's entries
      const ids = (await entries(s.district, '&entity=report')).map((e) => e.entityId);
      expect(ids).not.toContain(String(reportOf.vangDanh));
    },
  },

  // Swagger UI: public by design, like the API description it shows
  'GET /api/docs': publicCase('/api/docs'),
  'GET /api/docs/json': publicCase('/api/docs/json'),
  'GET /api/docs/yaml': publicCase('/api/docs/yaml'),
  'GET /api/docs/static/*': publicCase('/api/docs/static/swagger-ui.css'),
  'GET /api/docs/static/index.html': publicCase('/api/docs/static/index.html', 302),
  'GET /api/docs/static/swagger-initializer.js': publicCase('/api/docs/static/swagger-initializer.js'),
  'GET /api/units/population/template': {
    anon: () => get(`/api/units/population/template?level=3&unitId=${u.hongGai}`),
    scope: async () => {
      const tpl = (who: Session, id: number) => who.request(get(`/api/units/population/template?level=3&unitId=${id}`));
      for (const who of [s.clerk, s.district, s.province, s.viewer]) status(await tpl(who, u.hongGai), 403);
      for (const id of [u.haNoi, u.phucXa, u.nation]) status(await tpl(s.provinceAdmin, id), 404);
      status(await tpl(s.provinceAdmin, u.haLong), 200);
    },
  },
  'POST /api/units/population/import': {
    anon: () => xlsxPost('/api/units/population/import', Buffer.from('PK')),
    scope: async () => {
      const file = await populationXlsx([['01', 2021, 9000, 6000, 2000, 1000, 1000]]);
      const post = (who: Session) => () => who.request(xlsxPost('/api/units/population/import', file));
      for (const who of [s.clerk, s.district, s.province, s.viewer]) await refusedWrite(403, allUnits(), post(who));
      // the province admin cannot write Hà Nội's population, nor a Hà Nội commune's
      const res = await refusedWrite(422, allUnits(), post(s.provinceAdmin));
      expect(res.json().error.rows[0].row).toBe(2);
      const commune = await populationXlsx([['00001', 2021, 900, 600, 200, 100, 100]]);
      await refusedWrite(422, allUnits(), () => s.provinceAdmin.request(xlsxPost('/api/units/population/import', commune)));
      // but its own province's commune, yes
      const own = await populationXlsx([['06808', 2021, 900, 600, 200, 100, 100]]);
      status(await s.provinceAdmin.request(xlsxPost('/api/units/population/import', own)), 200);
    },
  },

  // ---- exchange module (Excel template/import, DHIS2): added concurrently ----
  'GET /api/reports/template': {
    optional: true,
    anon: () => get(`/api/reports/template?form=${FORM}&unitId=${u.hongGai}&period=${TEST_TODAY}`),
    scope: async () => {
      const tpl = (who: Session, id: number) => who.request(get(`/api/reports/template?form=${FORM}&unitId=${id}&period=${TEST_TODAY}`));
      status(await tpl(s.clerk, u.hongGai), 200);
      for (const id of [u.bachDang, u.haLong, u.phucXa, u.nation]) status(await tpl(s.clerk, id), 404);
      for (const id of [u.uongBi, u.quangNinh, u.baDinh]) status(await tpl(s.district, id), 404);
      for (const id of [u.haNoi, u.nation]) status(await tpl(s.province, id), 404);
    },
  },
  'POST /api/reports/import': {
    optional: true,
    anon: () => ({
      method: 'POST',
      url: `/api/reports/import?form=${FORM}`,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: Buffer.from('PK'),
    }),
    scope: async () => {
      // the template of Ba Đình, filled in by the nation, posted by others
      const tpl = await s.admin.request(get(`/api/reports/template?form=${FORM}&unitId=${u.baDinh}&period=${TEST_TODAY}`));
      status(tpl, 200);
      const file = await fillTemplate(tpl.rawPayload);
      const post = (who: Session, dryRun = false) => () =>
        who.request({
          method: 'POST',
          url: `/api/reports/import?form=${FORM}&dryRun=${dryRun}`,
          headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
          payload: file,
        });
      await refusedWrite(403, allUnits(), post(s.viewer));
      for (const who of [s.clerk, s.district, s.province]) {
        for (const dryRun of [true, false]) {
          // every row is a Ba Đình commune: each one is refused, nothing is written
          const res = await refusedWrite(422, allUnits(), post(who, dryRun));
          expect(res.json().error.rows.length).toBeGreaterThan(0);
        }
      }
      // the same file is valid for the nation: the refusals above are the scope
      const ok = await s.admin.request({
        method: 'POST',
        url: `/api/reports/import?form=${FORM}&dryRun=true`,
        headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        payload: file,
      });
      status(ok, 200);
      expect(ok.json().created + ok.json().updated).toBeGreaterThan(0);
    },
  },
  'GET /api/dhis2/dataValueSets': {
    optional: true,
    anon: () => get(`/api/dhis2/dataValueSets?form=${FORM}&orgUnit=06691&startDate=${YESTERDAY}&endDate=${TEST_TODAY}`),
    scope: async () => {
      const dvs = (who: Session, code: string) =>
        who.request(get(`/api/dhis2/dataValueSets?form=${FORM}&orgUnit=${code}&startDate=${YESTERDAY}&endDate=${TEST_TODAY}`));
      status(await dvs(s.clerk, '06691'), 200);
      for (const code of ['06694', '193', '22', 'VN', '00001']) status(await dvs(s.clerk, code), 404);
      for (const code of ['196', '06808', '00001', '22']) status(await dvs(s.district, code), 404);
      for (const code of ['01', '001', '00001', 'VN']) status(await dvs(s.province, code), 404);
    },
  },
  'POST /api/dhis2/dataValueSets': {
    optional: true,
    anon: () => ({ method: 'POST', url: '/api/dhis2/dataValueSets', payload: dataValueSet('06691') }),
    scope: async () => {
      const post = (who: Session, code: string, dryRun: boolean) => () =>
        who.request({ method: 'POST', url: `/api/dhis2/dataValueSets${dryRun ? '?dryRun=true' : ''}`, payload: dataValueSet(code) });
      await refusedWrite(403, allUnits(), post(s.viewer, '06691', false));
      // the clerk's own commune would be imported: the refusals below are the scope
      const own = await post(s.clerk, '06691', true)();
      status(own, 200);
      const count = own.json().importCount as { imported: number; updated: number };
      expect(count.imported + count.updated).toBeGreaterThan(0);
      for (const [who, code] of [[s.clerk, '06694'], [s.clerk, '00001'], [s.district, '06808'], [s.province, '00001']] as const) {
        for (const dryRun of [true, false]) {
          const before = await snapshot(allUnits());
          const res = await post(who, code, dryRun)();
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode < 400) {
            // a DHIS2 import summary: nothing imported or updated, the value ignored
            const summary = res.json() as { importCount?: { imported: number; updated: number } };
            expect(summary.importCount?.imported ?? 0).toBe(0);
            expect(summary.importCount?.updated ?? 0).toBe(0);
          }
          expect(await snapshot(allUnits())).toEqual(before);
        }
      }
    },
  },
};

async function dashboardScope(suffix: string, extra = '') {
  const dash = (who: Session, id: number) => who.request(get(`/api/dashboard/${id}${suffix}?date=${TEST_TODAY}${extra}`));
  status(await dash(s.clerk, u.hongGai), 200);
  for (const id of [u.bachDang, u.haLong, u.quangNinh, u.nation, u.phucXa, u.baDinh, u.haNoi]) status(await dash(s.clerk, id), 404);
  status(await dash(s.district, u.haLong), 200);
  for (const id of [u.uongBi, u.vangDanh, u.quangNinh, u.nation, u.baDinh, u.phucXa]) status(await dash(s.district, id), 404);
  status(await dash(s.province, u.quangNinh), 200);
  for (const id of [u.nation, u.haNoi, u.baDinh, u.phucXa]) status(await dash(s.province, id), 404);
  status(await dash(s.viewer, u.haLong), 200);
  status(await dash(s.viewer, u.quangNinh), 404);
  if (suffix === '') {
    // the breadcrumb of a dashboard holds only units in scope
    const d = (await dash(s.district, u.hongGai)).json();
    expect(d.ancestors.map((a: { id: number }) => a.id)).toEqual([u.haLong]);
  }
}

function publicCase(url: string, code = 200): RouteCase {
  return {
    anon: () => get(url),
    anonStatus: code,
    scope: async () => status(await s.clerk.request(get(url)), code),
  };
}

function xlsxPost(url: string, payload: Buffer): InjectOptions {
  return { method: 'POST', url, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, payload };
}

async function populationXlsx(rows: (string | number)[][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dân số');
  ws.addRow(['Mã đơn vị', 'Năm', 'Tổng dân số', 'Từ 18 tuổi', 'Từ 50 tuổi', '12–17 tuổi', '5–11 tuổi']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function newForm(code: string) {
  return {
    code,
    nameVi: 'Biểu thử',
    nameEn: 'Test form',
    periodType: 'day',
    deadlineTime: '17:00',
    deadlineOffsetDays: 0,
    submitLevel: 3,
    approveLevel: 2,
    startDate: '2021-12-01',
    caseIndicators: ['a'],
    indicators: [{ code: 'a', position: 1, sectionVi: 'A', sectionEn: 'A', nameVi: 'A', nameEn: 'A', kind: 'flow' }],
    rules: [],
  };
}

const kit: AccessKit = {
  get t() {
    return t;
  },
  u,
  s,
  status,
  get,
  refusedWrite,
};
const cases: Record<string, RouteCase> = Object.assign({}, coreCases, ...areaCases.map((area) => area(kit)));

function dataValueSet(orgUnit: string) {
  return {
    dataSet: FORM,
    period: '20211209',
    orgUnit,
    completeDate: YESTERDAY,
    dataValues: Object.entries(values({ f0_community: 77 })).map(([dataElement, value]) => ({
      dataElement,
      period: '20211209',
      orgUnit,
      value: String(value),
    })),
  };
}

/** Puts a number in every empty cell under a header that is an indicator code. */
async function fillTemplate(xlsx: Buffer): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const codes = new Set(Object.keys(values()));
  const v = values();
  for (const ws of wb.worksheets) {
    let header: Map<number, string> | null = null;
    ws.eachRow((row) => {
      if (!header) {
        const found = new Map<number, string>();
        row.eachCell((cell, col) => {
          if (typeof cell.value === 'string' && codes.has(cell.value.trim())) found.set(col, cell.value.trim());
        });
        if (found.size) header = found;
        return;
      }
      for (const [col, code] of header) {
        const cell = row.getCell(col);
        if (cell.value === null || cell.value === '') cell.value = v[code as keyof typeof v];
      }
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the table covers every API route', () => {
  it('has a case for each registered route and no case for a route that is gone', () => {
    expect(apiRoutes.length).toBeGreaterThan(15);
    expect(apiRoutes.filter((r) => !(r in cases))).toEqual([]);
    const gone = Object.entries(cases).filter(([r, c]) => !c.optional && !apiRoutes.includes(r)).map(([r]) => r);
    expect(gone).toEqual([]);
  });
});

describe.each(Object.keys(cases))('%s', (route) => {
  const c = cases[route]!;
  it('without a session: 401 unless public', async (ctx) => {
    if (!apiRoutes.includes(route)) ctx.skip();
    const before = await snapshot(allUnits());
    const res = await t.app.inject(c.anon());
    status(res, c.anonStatus ?? 401);
    if ((c.anonStatus ?? 401) === 401) {
      expect(res.json().error.code).toBe('unauthorized');
      expect(await snapshot(allUnits())).toEqual(before);
    }
  });
  it('in scope only, by role', async (ctx) => {
    if (!apiRoutes.includes(route)) ctx.skip();
    await c.scope();
  });
});
