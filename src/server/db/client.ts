import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { SqlQuery } from './sql.ts';

/** What repositories need: run a statement. A transaction handle has the same shape. */
export interface Queryable {
  query<T>(q: SqlQuery): Promise<T[]>;
  /** Row count of an INSERT/UPDATE/DELETE. */
  execute(q: SqlQuery): Promise<number>;
  /** Several statements without parameters (migrations, seeds). */
  exec(script: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Receives NOTIFY payloads on a channel (sent by any process on the same database, after commit). */
  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

// Counts fit in a double; dates stay 'YYYY-MM-DD' strings on both drivers.
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(NUMERIC, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);

export const pgliteParsers = { [INT8]: Number, [NUMERIC]: Number, [DATE]: (v: string) => v };

export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Db> {
  return wrapPglite(await PGlite.create(dataDir, { loadDataDir, parsers: pgliteParsers }));
}

export function wrapPglite(lite: PGlite): Db {
  const on = (h: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(q: SqlQuery) {
      return (await h.query<T>(q.text, q.values)).rows;
    },
    async execute(q: SqlQuery) {
      return (await h.query(q.text, q.values)).affectedRows ?? 0;
    },
    async exec(script: string) {
      await h.exec(script);
    },
  });
  return {
    kind: 'pglite',
    ...on(lite),
    transaction: (fn) => lite.transaction((tx) => fn(on(tx))),
    async listen(channel, fn) {
      if (!CHANNEL_NAME.test(channel)) throw new Error(`bad channel name ${channel}`);
      return lite.listen(channel, fn);
    },
    close: () => lite.close(),
  };
}

export async function openPostgres(url: string, max = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max });
  const on = (h: Pick<pg.Pool, 'query'>): Queryable => ({
    async query<T>(q: SqlQuery) {
      return (await h.query(q.text, q.values)).rows as T[];
    },
    async execute(q: SqlQuery) {
      return (await h.query(q.text, q.values)).rowCount ?? 0;
    },
    async exec(script: string) {
      await h.query(script);
    },
  });
  await pool.query('select 1');
  const listeners = new Set<() => Promise<void>>();
  return {
    kind: 'postgres',
    ...on(pool),
    async transaction(fn) {
      const client = await pool.connect();
      const serial = oneAtATime(client);
      try {
        await serial.query('begin');
        const result = await fn(on(serial));
        await serial.query('commit');
        return result;
      } catch (err) {
        await serial.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        serial.close();
        client.release();
      }
    },
    async listen(channel, fn) {
      if (!CHANNEL_NAME.test(channel)) throw new Error(`bad channel name ${channel}`);
      const stop = await listenOn(url, channel, fn);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

/**
 * A transaction's connection runs one statement at a time. Services read several things at once
 * with Promise.all; on a pool those go to different connections, on a transaction's client they
 * must wait their turn (pg 8 queues them with a deprecation warning, pg 9 will refuse them).
 * Commit and rollback wait their turn too, and once the connection is back in the pool a
 * straggler is refused rather than run in somebody else's session.
 */
function oneAtATime(client: pg.PoolClient) {
  let tail: Promise<unknown> = Promise.resolve();
  let open = true;
  const query = (text: string, values?: unknown[]) => {
    if (!open) return Promise.reject(new Error('the transaction is over'));
    const run = tail.then(() => client.query(text, values));
    tail = run.catch(() => undefined);
    return run;
  };
  return {
    query: query as pg.PoolClient['query'],
    close() {
      open = false;
    },
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries), opened
 * again after a dropped connection so that a restarted database does not silence the process.
 */
async function listenOn(url: string, channel: string, fn: (payload: string) => void): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (m) => {
      if (m.channel === channel) fn(m.payload ?? '');
    });
    c.on('error', () => {
      c.end().catch(() => undefined);
      if (client === c && !stopped) setTimeout(() => void connect().catch(() => undefined), 1000);
    });
    await c.connect();
    await c.query(`listen ${channel}`);
    client = c;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
