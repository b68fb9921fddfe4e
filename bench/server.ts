/**
 * The application under test, in its own process (started by bench/run.ts with fork):
 * the real buildApp on the benchmark database, listening on a local port.
 * Env: BENCH_APP_DATABASE_URL, BENCH_APP_POOL (connections, default 10 as in main.ts), BENCH_APP_CONFIG
 * (JSON of further environment settings for loadConfig, e.g. a raised PUBLIC_RATE_LIMIT).
 */
import { buildApp } from '../src/server/app.ts';
import { openPostgres } from '../src/server/db/client.ts';
import { loadConfig } from '../src/server/env.ts';

const url = process.env.BENCH_APP_DATABASE_URL;
if (!url || !process.send) {
  console.error('bench/server.ts is started by bench/run.ts');
  process.exit(2);
}
const db = await openPostgres(url, Number(process.env.BENCH_APP_POOL ?? 10));
const app = await buildApp({ db, config: loadConfig({ ...(JSON.parse(process.env.BENCH_APP_CONFIG ?? '{}') as Record<string, string>), LOG_LEVEL: 'error' }), logger: true, loginRateLimit: 1_000_000 });
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
process.send({ port: typeof addr === 'object' && addr ? addr.port : 0 });
process.on('message', (m: unknown) => {
  if ((m as { stop?: boolean }).stop) {
    void app
      .close()
      .then(() => db.close())
      .finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
