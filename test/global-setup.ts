/**
 * Builds one migrated and seeded database per run; each test file gets its own copy.
 * With TEST_DATABASE_URL (a real PostgreSQL server) the copy is `CREATE DATABASE … TEMPLATE`;
 * otherwise PGlite's data directory is dumped once and loaded by each file.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import { openPostgres, pgliteParsers, wrapPglite, type Db } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { seed } from '../src/server/db/seed/index.ts';
import { TEMPLATE_DB, TEST_NOW, TEST_SEED } from './helpers/constants.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    postgresUrl: string;
  }
}

async function prepare(db: Db) {
  await migrate(db);
  await seed(db, { ...TEST_SEED, now: TEST_NOW });
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL ?? '';
  project.provide('postgresUrl', url);
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB}`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${TEMPLATE_DB}`;
    const db = await openPostgres(target.toString(), 2);
    await prepare(db);
    await db.close();
    project.provide('pgliteDump', '');
    return;
  }
  const lite = await PGlite.create({ parsers: pgliteParsers });
  await prepare(wrapPglite(lite));
  const blob = await lite.dumpDataDir('none');
  await lite.close();
  const file = join(await mkdtemp(join(tmpdir(), 'epicenter-test-')), 'seeded.tar');
  await writeFile(file, Buffer.from(await blob.arrayBuffer()));
  project.provide('pgliteDump', file);
}
