/**
 * A throwaway PostgreSQL server for the benchmark (when BENCH_DATABASE_URL is not given):
 * initdb in a temporary directory, started on a free local port, stopped and removed at the end.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.BENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgServer {
  url: string;
  version: string;
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startPostgres(log: (line: string) => void): Promise<PgServer> {
  if (!existsSync(join(BIN, 'initdb')) || !existsSync(join(BIN, 'pg_ctl'))) {
    throw new Error(
      `PostgreSQL 15 binaries not found in ${BIN}.\n` +
        '  Install them:   apt-get update && apt-get install -y postgresql   (Debian/Ubuntu; PostgreSQL 15)\n' +
        '  or point the benchmark at a server:   BENCH_DATABASE_URL=postgres://user@host:5432/db npm run bench\n' +
        '  (BENCH_PG_BIN=/path/to/bin chooses another binary directory)',
    );
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'epicenter-bench-pg-'));
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args]] : [join(BIN, cmd), args];
    return execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  };
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]); // initdb refuses to run as root
  const port = await freePort();
  const data = join(dir, 'data');
  let started = false;
  const stop = () => {
    if (started) {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch (err) {
        console.error(`pg_ctl stop failed: ${(err as Error).message}`);
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    run('pg_ctl', [
      '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=512MB -c max_connections=200`,
      'start',
    ]);
    started = true;
    run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'epicenter_bench']);
    const version = run('postgres', ['--version']).trim();
    log(`PostgreSQL started: ${version}, port ${port}, data in ${data} (fsync=off, shared_buffers=512MB)`);
    return { url: `postgres://postgres@127.0.0.1:${port}/epicenter_bench`, version, stop };
  } catch (err) {
    const e = err as Error & { stderr?: Buffer };
    stop();
    throw new Error(`could not start PostgreSQL: ${e.message}\n${e.stderr?.toString() ?? ''}`);
  }
}
