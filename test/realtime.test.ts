import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { openPostgres } from '../src/server/db/client.ts';
import { sql } from '../src/server/db/sql.ts';
import { loadConfig } from '../src/server/env.ts';
import { publish } from '../src/server/realtime/events.ts';
import { createTestApp, postgresUrlOf, unitId, type Session, type TestApp } from './helpers/app.ts';
import { openEventStream } from './helpers/events.ts';
import { PASSWORD } from './helpers/constants.ts';

let t: TestApp;
let base: string;
let province: Session;
let paths: Record<'hongGai' | 'phucXa' | 'quangNinh', string>;
let conference: number;

beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  province = await t.login('tinh.quangninh');
  const pathOf = async (code: string) =>
    (await t.db.query<{ path: string }>(sql`select path from org_unit where id = ${await unitId(t.db, code)}`))[0]!.path;
  paths = { hongGai: await pathOf('06691'), phucXa: await pathOf('00001'), quangNinh: await pathOf('22') };
  const [c] = await t.db.query<{ id: number }>(sql`
    insert into conference (host_unit_id, title, starts_at, created_by)
    select ${await unitId(t.db, '22')}, 'Giao ban tỉnh', now(), id from app_user where username = 'tinh.quangninh' returning id`);
  conference = c!.id;
});
afterAll(() => t.close());

describe('live events', () => {
  it('reach an open screen after commit, only for tasks in its scope and its own conference', async () => {
    const stream = await openEventStream(base, province.cookie, `?conference=${conference}`);
    try {
      await publish(t.db, { type: 'task', id: 1, paths: [paths.phucXa] }); // Hà Nội: not Quảng Ninh's
      await publish(t.db, { type: 'conference', id: conference + 1 });
      await publish(t.db, { type: 'task', id: 2, paths: [paths.hongGai, paths.quangNinh] });
      await publish(t.db, { type: 'conference', id: conference });
      expect((await stream.next('task')).data).toEqual({ type: 'task', id: 2, paths: [paths.hongGai, paths.quangNinh] });
      expect((await stream.next('conference')).data).toEqual({ type: 'conference', id: conference });
      // a rolled-back write announces nothing
      await t.db.transaction(async (tx) => {
        await publish(tx, { type: 'task', id: 3, paths: [paths.hongGai] });
        throw new Error('rolled back');
      }).catch(() => undefined);
      await publish(t.db, { type: 'task', id: 4, paths: [paths.hongGai] });
      expect((await stream.next('task')).data).toMatchObject({ id: 4 });
      expect(stream.events.filter((e) => e.event !== 'ready').map((e) => (e.data as { id: number }).id)).toEqual([2, conference, 4]);
    } finally {
      stream.close();
    }
  });

  it('end when their session does (signed out)', async () => {
    const app = await buildApp({ db: t.db, config: loadConfig({ LOG_LEVEL: 'silent' }), liveSessionCheckMs: 50 });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'tp.halong', password: PASSWORD } });
      const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const stream = await openEventStream(url, cookie);
      const stillOpen = await Promise.race([stream.ended.then(() => false), new Promise((r) => setTimeout(() => r(true), 300))]);
      expect(stillOpen).toBe(true);
      const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': login.json().csrfToken } });
      expect(out.statusCode).toBeLessThan(300);
      await stream.ended;
    } finally {
      await app.close();
    }
  });

  it.runIf(!!inject('postgresUrl'))('crosses server processes sharing one PostgreSQL database', async () => {
    // a second server process: its own connection pool and its own LISTEN
    const db2 = await openPostgres(postgresUrlOf.get(t.db)!, 2);
    const app2 = await buildApp({ db: db2, config: loadConfig({ LOG_LEVEL: 'silent' }) });
    const base2 = await app2.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(base2, province.cookie);
    try {
      await publish(t.db, { type: 'task', id: 5, paths: [paths.hongGai] });
      expect((await stream.next('task')).data).toMatchObject({ id: 5 });
    } finally {
      stream.close();
      await app2.close();
      await db2.close();
    }
  });
});
