import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unitId, type TestApp } from './helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('user accounts', () => {
  it('an administrator creates a clerk for a commune; the clerk signs in and is bound to it', async () => {
    const admin = await t.login('trunguong');
    const commune = await unitId(t.db, '06694');
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'xa.bachdang', fullName: 'Hoàng Văn Nam', role: 'clerk', unitId: commune, password: 'mat-khau-bach-dang' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ username: 'xa.bachdang', role: 'clerk', unit: { code: '06694' }, disabled: false });
    const clerk = await t.login('xa.bachdang', 'mat-khau-bach-dang');
    expect(clerk.unitId).toBe(commune);
    const audit = await t.db.query<{ action: string }>({ text: `select action from audit_log where entity = 'user' and entity_id = $1`, values: [String(res.json().id)] });
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a taken username and a short password, naming the field', async () => {
    const admin = await t.login('trunguong');
    const unit = await unitId(t.db, '06694');
    const taken = await admin.request({ method: 'POST', url: '/api/users', payload: { username: 'tp.halong', fullName: 'X', role: 'viewer', unitId: unit, password: 'mat-khau-dai-1' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields[0].field).toBe('username');
    const short = await admin.request({ method: 'POST', url: '/api/users', payload: { username: 'ngan.qua', fullName: 'X', role: 'viewer', unitId: unit, password: '123' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0].field).toBe('password');
  });

  it('disabling an account ends its session; an administrator cannot disable itself', async () => {
    const admin = await t.login('trunguong');
    const officer = await t.login('tinh.quangninh');
    const id = (await t.db.query<{ id: number }>({ text: `select id from app_user where username = 'tinh.quangninh'`, values: [] }))[0]!.id;
    const res = await admin.request({ method: 'PATCH', url: `/api/users/${id}`, payload: { disabled: true } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await officer.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(t.login('tinh.quangninh')).rejects.toThrow(/401/);
    const self = (await t.db.query<{ id: number }>({ text: `select id from app_user where username = 'trunguong'`, values: [] }))[0]!.id;
    const own = await admin.request({ method: 'PATCH', url: `/api/users/${self}`, payload: { disabled: true } });
    expect(own.statusCode).toBe(409);
  });
});
