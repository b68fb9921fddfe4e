import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { openPglite, openPostgres, type Db } from '../../src/server/db/client.ts';
import { loadConfig } from '../../src/server/env.ts';
import { PASSWORD, TEMPLATE_DB, TEST_NOW } from './constants.ts';

/** The PostgreSQL URL of a test database, to open a second connection pool as another server process would. */
export const postgresUrlOf = new WeakMap<Db, string>();

/** A copy of the seeded database for this test file. */
export async function testDb(): Promise<Db> {
  const url = inject('postgresUrl');
  if (url) {
    const name = `epicenter_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    const db = await openPostgres(target.toString(), 5);
    const close = db.close;
    const copy: Db = {
      ...db,
      close: async () => {
        await close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`drop database if exists ${name}`);
        await a.end();
      },
    };
    postgresUrlOf.set(copy, target.toString());
    return copy;
  }
  const dump = await readFile(inject('pgliteDump'));
  return openPglite(undefined, new Blob([dump]));
}

export interface Session {
  username: string;
  csrf: string;
  cookie: string;
  unitId: number;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  /** the clock the app sees; tests may move it */
  clock: { now: Date };
  login(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const db = await testDb();
  const clock = { now: TEST_NOW };
  const app = await buildApp({ db, config: loadConfig({ LOG_LEVEL: 'silent' }), loginRateLimit: 1000, now: () => clock.now });
  await app.ready();
  return {
    app,
    db,
    clock,
    async login(username, password = PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const body = res.json() as { csrfToken: string; user: { unit: { id: number } } };
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      return {
        username,
        csrf: body.csrfToken,
        cookie,
        unitId: body.user.unit.id,
        request: (opts) =>
          app.inject({ ...opts, headers: { cookie, 'x-csrf-token': body.csrfToken, ...(opts.headers ?? {}) } }),
      };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export async function unitId(db: Db, code: string): Promise<number> {
  const rows = await db.query<{ id: number }>({ text: 'select id from org_unit where code = $1', values: [code] });
  if (!rows[0]) throw new Error(`no unit ${code}`);
  return rows[0].id;
}
