import { mkdirSync } from 'node:fs';
import { openPglite, openPostgres, type Db } from './client.ts';

/** PostgreSQL when a URL is given, else the embedded PGlite kept in `dataDir`. */
export async function openDb(databaseUrl: string | undefined, dataDir: string): Promise<Db> {
  if (databaseUrl) return openPostgres(databaseUrl);
  mkdirSync(dataDir, { recursive: true });
  return openPglite(dataDir);
}
