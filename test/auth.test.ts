/** Sign-in, the session cookie, CSRF, logout, login rate limit, password storage, audit trail. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/env.ts';
import { createUser } from '../src/server/modules/auth/service.ts';
import { createTestApp, unitId, type TestApp } from './helpers/app.ts';
import { reportValues } from './helpers/fixtures.ts';
import { PASSWORD, TEST_TODAY } from './helpers/constants.ts';

const YESTERDAY = '2021-12-09';
const values = reportValues;

let t: TestApp;
let hongGai: number;
let haLong: number;
beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  haLong = await unitId(t.db, '193');
});
afterAll(() => t?.close());

const status = (res: LightMyRequestResponse, code: number) => expect(res.statusCode, `${res.statusCode} ${res.body}`).toBe(code);
const login = (username: string, password: string, lang?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: lang ? { 'accept-language': lang } : {},
  });
const reportUrl = (unit: number, period: string) => `/api/reports/BCTH-NGAY/${unit}/${period}`;

async function reportState(unit: number) {
  return t.db.query({
    text: 'select id, period::text, status, vals, submitted_at from report where unit_id = $1 order by id',
    values: [unit],
  });
}

describe('login', () => {
  it('signs in with the right password and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const res = await login('xa.honggai', PASSWORD);
    status(res, 200);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'xa.honggai', role: 'clerk', unit: { code: '06691', level: 3 } });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const sid = res.cookies.find((c) => c.name === 'sid');
    expect(sid).toBeTruthy();
    expect(sid!.value.length).toBeGreaterThanOrEqual(32);
    expect(sid!.httpOnly).toBe(true);
    expect(sid!.sameSite).toBe('Strict');
    expect(sid!.path).toBe('/');
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Strict/);
    // the cookie gives a session, the csrf token is not the cookie
    expect(body.csrfToken).not.toBe(sid!.value);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `sid=${sid!.value}` } });
    status(me, 200);
    expect(me.json().user.username).toBe('xa.honggai');
    expect(me.json().csrfToken).toBe(body.csrfToken);
    // only a hash of the token is stored
    const stored = await t.db.query<{ n: number }>({ text: 'select count(*)::int as n from user_session where token_hash = $1', values: [sid!.value] });
    expect(stored[0]!.n).toBe(0);
  });

  it('refuses a wrong password or an unknown user with the same message, Vietnamese by default', async () => {
    for (const [user, pw] of [['xa.honggai', 'wrong-password'], ['no.such.user', PASSWORD], ['xa.honggai', PASSWORD.toLowerCase()]]) {
      const res = await login(user!, pw!);
      status(res, 401);
      expect(res.json().error).toMatchObject({ code: 'unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng' });
      expect(res.cookies).toEqual([]);
    }
  });

  it('answers in English with Accept-Language: en', async () => {
    const res = await login('xa.honggai', 'wrong-password', 'en-GB,en;q=0.9');
    status(res, 401);
    expect(res.json().error.message).toBe('Wrong username or password');
    const vi = await login('xa.honggai', 'wrong-password', 'vi-VN,vi;q=0.9,en;q=0.8');
    expect(vi.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  it('refuses an empty body with a 400, not a session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'xa.honggai' } });
    status(res, 400);
    expect(res.json().error.fields.map((f: { field: string }) => f.field)).toContain('password');
    expect(res.cookies).toEqual([]);
  });

  it('a disabled user can no longer sign in, and their open session ends', async () => {
    await createUser(t.db, null, { username: 'tam.nghi', password: PASSWORD, fullName: 'Tạm nghỉ', role: 'clerk', unitId: hongGai });
    const session = await t.login('tam.nghi');
    status(await session.request({ method: 'GET', url: '/api/auth/me' }), 200);
    await t.db.execute({ text: 'update app_user set disabled = true where username = $1', values: ['tam.nghi'] });
    status(await login('tam.nghi', PASSWORD), 401);
    status(await session.request({ method: 'GET', url: '/api/auth/me' }), 401);
  });
});

describe('CSRF', () => {
  it('refuses a write without the x-csrf-token header, or with a wrong one, and changes nothing', async () => {
    const clerk = await t.login('xa.honggai');
    const other = await t.login('xa.honggai'); // a second session of the same user has another token
    expect(other.csrf).not.toBe(clerk.csrf);
    const before = await reportState(hongGai);
    const attempts = [undefined, '', 'wrong-token', other.csrf];
    for (const token of attempts) {
      const headers: Record<string, string> = { cookie: clerk.cookie };
      if (token !== undefined) headers['x-csrf-token'] = token;
      const res = await t.app.inject({ method: 'PUT', url: reportUrl(hongGai, TEST_TODAY), headers, payload: { values: values({ f0_community: 42 }), submit: true } });
      status(res, 403);
      expect(res.json().error).toMatchObject({ code: 'forbidden', message: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang' });
    }
    const en = await t.app.inject({
      method: 'PUT',
      url: reportUrl(hongGai, TEST_TODAY),
      headers: { cookie: clerk.cookie, 'accept-language': 'en' },
      payload: { values: values(), submit: true },
    });
    status(en, 403);
    expect(en.json().error.message).toBe('Invalid session token; reload the page');
    expect(await reportState(hongGai)).toEqual(before);
    // approving and logging out need the token too
    const officer = await t.login('tp.halong');
    const [row] = await t.db.query<{ id: number }>({
      text: `select id from report where unit_id = $1 and period = $2 and status = 'submitted'`,
      values: [hongGai, YESTERDAY],
    });
    expect(row).toBeTruthy();
    status(await t.app.inject({ method: 'POST', url: `/api/reports/${row!.id}/approve`, headers: { cookie: officer.cookie } }), 403);
    expect(await reportState(hongGai)).toEqual(before);
    status(await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: officer.cookie } }), 403);
    status(await officer.request({ method: 'GET', url: '/api/auth/me' }), 200);
    // with the right token the same write goes through: the refusals above were the token
    status(await clerk.request({ method: 'PUT', url: reportUrl(hongGai, TEST_TODAY), payload: { values: values({ f0_community: 42 }), submit: true } }), 200);
    expect(await reportState(hongGai)).not.toEqual(before);
  });

  it('reads do not need the token', async () => {
    const clerk = await t.login('xa.honggai');
    status(await t.app.inject({ method: 'GET', url: reportUrl(hongGai, YESTERDAY), headers: { cookie: clerk.cookie } }), 200);
  });
});

describe('logout', () => {
  it('ends the session: the cookie no longer reads or writes', async () => {
    const clerk = await t.login('xa.honggai');
    const res = await clerk.request({ method: 'POST', url: '/api/auth/logout' });
    status(res, 200);
    const cleared = res.cookies.find((c) => c.name === 'sid');
    expect(cleared?.value).toBe('');
    const me = await clerk.request({ method: 'GET', url: '/api/auth/me' });
    status(me, 401);
    expect(me.json().error).toMatchObject({ code: 'unauthorized', message: 'Vui lòng đăng nhập' });
    const before = await reportState(hongGai);
    status(await clerk.request({ method: 'PUT', url: reportUrl(hongGai, TEST_TODAY), payload: { values: values({ f0_community: 7 }), submit: true } }), 401);
    expect(await reportState(hongGai)).toEqual(before);
    status(await clerk.request({ method: 'POST', url: '/api/auth/logout' }), 401);
  });
});

describe('login rate limit', () => {
  it('refuses the 4th attempt in a minute with 429 and a Vietnamese message', async () => {
    const app = await buildApp({ db: t.db, config: loadConfig({ LOG_LEVEL: 'silent' }), loginRateLimit: 3, now: () => t.clock.now });
    await app.ready();
    try {
      const attempt = (password: string, lang?: string) =>
        app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'xa.honggai', password }, headers: lang ? { 'accept-language': lang } : {} });
      for (let i = 0; i < 3; i++) status(await attempt(`wrong-${i}`), 401);
      // even the right password is refused now
      const fourth = await attempt(PASSWORD);
      status(fourth, 429);
      expect(fourth.json().error).toMatchObject({ code: 'rate_limited', message: 'Quá nhiều lần thử, vui lòng thử lại sau' });
      expect(fourth.cookies).toEqual([]);
      const en = await attempt(PASSWORD, 'en');
      status(en, 429);
      expect(en.json().error.message).toBe('Too many attempts; try again later');
      // other routes are not limited
      status(await app.inject({ method: 'GET', url: '/api/health' }), 200);
    } finally {
      await app.close();
    }
  });
});

describe('password storage', () => {
  it('stores every password as argon2id, never in clear', async () => {
    await createUser(t.db, null, { username: 'moi.tao', password: 'Mat-khau-moi-2021', fullName: 'Mới tạo', role: 'viewer', unitId: haLong });
    const rows = await t.db.query<{ username: string; hash: string }>({ text: 'select username, password_hash as hash from app_user', values: [] });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) {
      expect(r.hash, r.username).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
      expect(r.hash).not.toContain(PASSWORD);
    }
    const created = rows.find((r) => r.username === 'moi.tao')!;
    expect(created.hash).not.toContain('Mat-khau-moi-2021');
    status(await login('moi.tao', 'Mat-khau-moi-2021'), 200);
  });
});

describe('audit log', () => {
  type Entry = { id: number; at: string; username: string | null; unitId: number; action: string; entity: string; entityId: string; before: unknown; after: unknown };
  const auditOf = async (entity: string, entityId: string, who = 'tp.halong') => {
    const s = await t.login(who);
    const res = await s.request({ method: 'GET', url: `/api/audit?entity=${entity}&entityId=${entityId}` });
    status(res, 200);
    return res.json() as Entry[];
  };

  it('records a submission with the user, the entity, before and after', async () => {
    const clerk = await t.login('xa.honggai');
    const old = (await clerk.request({ method: 'GET', url: reportUrl(hongGai, YESTERDAY) })).json();
    const res = await clerk.request({ method: 'PUT', url: reportUrl(hongGai, YESTERDAY), payload: { values: values({ f0_community: 6 }), submit: true } });
    status(res, 200);
    const id = res.json().report.id as number;
    const [entry] = await auditOf('report', String(id));
    expect(entry).toMatchObject({
      username: 'xa.honggai',
      unitId: hongGai,
      action: 'submit',
      entity: 'report',
      entityId: String(id),
      before: old.id === null ? null : { status: old.status, values: old.values },
      after: { form: 'BCTH-NGAY', period: YESTERDAY, status: 'submitted', values: values({ f0_community: 6 }) },
    });
    expect(Date.parse(entry!.at)).not.toBeNaN();
  });

  it('records a return, a resubmission and an approval by the district', async () => {
    const clerk = await t.login('xa.honggai');
    const sent = await clerk.request({ method: 'PUT', url: reportUrl(hongGai, YESTERDAY), payload: { values: values({ f0_community: 8 }), submit: true } });
    status(sent, 200);
    const id = sent.json().report.id as number;
    const officer = await t.login('tp.halong');
    status(await officer.request({ method: 'POST', url: `/api/reports/${id}/return`, payload: { comment: 'Sai số F0' } }), 200);
    status(await clerk.request({ method: 'PUT', url: reportUrl(hongGai, YESTERDAY), payload: { values: values({ f0_community: 9 }), submit: true } }), 200);
    status(await officer.request({ method: 'POST', url: `/api/reports/${id}/approve` }), 200);

    const entries = await auditOf('report', String(id));
    const [approved, resubmitted, returned, submitted] = entries;
    expect(approved).toMatchObject({ username: 'tp.halong', action: 'approve', before: { status: 'submitted' }, after: { status: 'approved', comment: null } });
    expect(resubmitted).toMatchObject({
      username: 'xa.honggai',
      action: 'submit',
      before: { status: 'returned', values: values({ f0_community: 8 }) },
      after: { status: 'submitted', values: values({ f0_community: 9 }) },
    });
    expect(returned).toMatchObject({ username: 'tp.halong', action: 'return', before: { status: 'submitted' }, after: { status: 'returned', comment: 'Sai số F0' } });
    expect(submitted).toMatchObject({ username: 'xa.honggai', action: 'submit', after: { values: values({ f0_community: 8 }) } });
    // the province above sees the same entries; the commune clerk may not read the log
    expect((await auditOf('report', String(id), 'tinh.quangninh')).map((e) => e.id)).toEqual(entries.map((e) => e.id));
    status(await clerk.request({ method: 'GET', url: '/api/audit' }), 403);
  });

  it('records the creation of a form, a first draft (before: null) and a sign-in', async () => {
    const admin = await t.login('trunguong');
    const form = {
      code: 'AUDIT-TEST', nameVi: 'Thử', nameEn: 'Test', periodType: 'day', deadlineTime: '17:00', deadlineOffsetDays: 0,
      submitLevel: 3, approveLevel: 2, startDate: '2021-12-01', caseIndicators: ['a'],
      indicators: [{ code: 'a', position: 1, sectionVi: 'A', sectionEn: 'A', nameVi: 'A', nameEn: 'A', kind: 'flow' }],
      rules: [],
    };
    const res = await admin.request({ method: 'POST', url: '/api/forms', payload: form });
    status(res, 201);
    const [entry] = await auditOf('report_form', String(res.json().id), 'trunguong');
    expect(entry).toMatchObject({ username: 'trunguong', action: 'create', before: null, after: { code: 'AUDIT-TEST' } });
    const clerk = await t.login('xa.honggai');
    const draft = await clerk.request({ method: 'PUT', url: `/api/reports/AUDIT-TEST/${hongGai}/${TEST_TODAY}`, payload: { values: { a: 1 }, submit: false } });
    status(draft, 200);
    expect(draft.json().report.status).toBe('draft');
    const [d] = await auditOf('report', String(draft.json().report.id));
    expect(d).toMatchObject({
      username: 'xa.honggai', unitId: hongGai, action: 'save_draft', entity: 'report', before: null,
      after: { form: 'AUDIT-TEST', period: TEST_TODAY, status: 'draft', values: { a: 1 } },
    });
    const userId = (await t.login('xa.honggai')) && (await t.db.query<{ id: number }>({ text: 'select id from app_user where username = $1', values: ['xa.honggai'] }))[0]!.id;
    const logins = await auditOf('session', String(userId));
    expect(logins.length).toBeGreaterThan(0);
    expect(logins[0]).toMatchObject({ username: 'xa.honggai', action: 'login', entity: 'session' });
  });
});
