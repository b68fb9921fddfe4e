import { loadConfig } from './env.ts';
import { openDb } from './db/open.ts';
import { migrate } from './db/migrate.ts';
import { seed } from './db/seed/index.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './db/seed/demo.ts';
import { buildApp } from './app.ts';
import { JOBS } from './jobs/list.ts';
import { startScheduler } from './jobs/scheduler.ts';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const db = await openDb(config.databaseUrl, config.dataDir);
  await migrate(db);
  const started = Date.now();
  const { seeded } = await seed(db, { demo: config.demo, conferenceLinkPattern: config.conferenceLinkPattern, log: (l) => console.log(l) });
  if (seeded) console.log(`Khởi tạo dữ liệu xong sau ${((Date.now() - started) / 1000).toFixed(1)} giây`);
  const app = await buildApp({ db, config, logger: true });
  await app.listen({ port: config.port, host: config.host });
  const stopJobs = startScheduler(db, config, JOBS, (job, err) => app.log.error({ err }, `job ${job} failed`));
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(`\nEpiCenter: ${url}  (cơ sở dữ liệu: ${db.kind === 'pglite' ? `PGlite tại ${config.dataDir}` : 'PostgreSQL'})`);
  if (config.demo) {
    console.log(`Tài khoản minh hoạ (mật khẩu ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) console.log(`  ${u.username.padEnd(16)} ${u.role.padEnd(8)} ${u.fullName}`);
  }
  const stop = async () => {
    await stopJobs();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
