import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../src/server/db/client.ts';
import { sql } from '../src/server/db/sql.ts';
import { testDb } from './helpers/app.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

describe('transactions', () => {
  it('run statements asked for at once one after another, in the order asked, with no driver warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const [, , counted] = await db.transaction(async (tx) => {
        await tx.exec('create temp table t (x int) on commit drop');
        return Promise.all([
          tx.execute(sql`insert into t select 1 from pg_sleep(0.05)`),
          tx.execute(sql`insert into t values (2)`),
          tx.query<{ n: number }>(sql`select count(*)::int as n from t`),
        ]);
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(counted[0]!.n).toBe(2);
      expect(warnings.filter((m) => m.includes('already executing'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('go on after a failed statement only to roll back: nothing of it is kept', async () => {
    await db.exec('create table if not exists tx_probe (x int primary key)');
    await expect(
      db.transaction((tx) => Promise.all([tx.execute(sql`insert into tx_probe values (1)`), tx.execute(sql`insert into tx_probe values (1)`)])),
    ).rejects.toThrow();
    expect(await db.query(sql`select * from tx_probe`)).toEqual([]);
  });

  it('refuse a statement that comes after the end, instead of running it outside the transaction', async () => {
    let late: Queryable | undefined;
    await db.transaction(async (tx) => {
      late = tx;
    });
    await expect(late!.query(sql`select 1`)).rejects.toThrow();
  });
});
