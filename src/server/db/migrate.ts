import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from './sql.ts';
import type { Db } from './client.ts';

const dir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Applies the SQL files in migrations/ not yet applied, in name order, each in a transaction. */
export async function migrate(db: Db): Promise<string[]> {
  await db.exec(`create table if not exists schema_migration (
    name text primary key, applied_at timestamptz not null default now())`);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const applied = new Set(
    (await db.query<{ name: string }>(sql`select name from schema_migration`)).map((r) => r.name),
  );
  const done: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const script = await readFile(dir + file, 'utf8');
    await db.transaction(async (tx) => {
      // Several server processes may start at once on one database.
      if (db.kind === 'postgres') await tx.query(sql`select pg_advisory_xact_lock(47110)`);
      const again = await tx.query(sql`select 1 from schema_migration where name = ${file}`);
      if (again.length) return;
      await tx.exec(script);
      await tx.execute(sql`insert into schema_migration (name) values (${file})`);
      done.push(file);
    });
  }
  return done;
}
