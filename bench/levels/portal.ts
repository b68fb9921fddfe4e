/**
 * The public portal under load (issue 6): the real app (bench/server.ts: buildApp on the
 * benchmark database, with the built web files) listening on 127.0.0.1 in one process, driven
 * by autocannon from a second process (bench/levels/load-client.ts), one URL at a time: the
 * cached public API and static files served by the same server (the ceiling).
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CpuMeter, pct, waitQuiet, type CpuShares } from '../cpu.ts';

export interface LoadRequest {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface LoadRun {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  bytesPerResponse: number;
  errors: number;
  non2xx: number;
  statuses: Record<number, number>;
}

export interface PortalTarget {
  label: string;
  path: string;
  kind: 'public' | 'static';
}

export interface PortalMeasured extends PortalTarget {
  /** status and size of one request before the load */
  probe: { status: number; bytes: number; cacheControl: string | null };
  run: LoadRun | { error: string };
  cpu: CpuShares;
}

export interface PortalResults {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  rateLimit: number;
  appPool: number;
  measured: PortalMeasured[];
}

export const PUBLIC_RATE_LIMIT_FOR_BENCH = 100_000_000;
const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function ensureWebBuild(log: (line: string) => void): void {
  if (existsSync(WEB_ROOT + 'index.html')) return;
  log('  dist/web is missing: npm run build:web…');
  execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
}

/** The built file whose size is nearest `bytes` (a static reply of the public API's size). */
export function staticFileNear(bytes: number): { path: string; bytes: number } | undefined {
  const dir = WEB_ROOT + 'assets/';
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).map((f) => ({ path: `/assets/${f}`, bytes: statSync(dir + f).size }));
  return files.sort((a, b) => Math.abs(a.bytes - bytes) - Math.abs(b.bytes - bytes))[0];
}

/** The real app in a child process with the portal's rate limit raised above what the load generator sends. */
export function startPortalApp(url: string, pool: number): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('../server.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        BENCH_APP_DATABASE_URL: url,
        BENCH_APP_POOL: String(pool),
        BENCH_APP_CONFIG: JSON.stringify({ PUBLIC_RATE_LIMIT: String(PUBLIC_RATE_LIMIT_FOR_BENCH) }),
      },
    });
    child.once('message', (m) => resolve({ child, base: `http://127.0.0.1:${(m as { port: number }).port}` }));
    child.once('exit', (code) => reject(new Error(`app process exited with ${code}`)));
  });
}

export async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.send({ stop: true });
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill();
}

function loadFromChild(q: LoadRequest): Promise<{ run: LoadRun | { error: string }; pid: number | undefined; child: ChildProcess }> {
  const child = fork(fileURLToPath(new URL('./load-client.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => {
      resolve({ run: m as LoadRun | { error: string }, pid: child.pid, child });
      child.kill();
    });
    child.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
    child.send(q);
  });
}

export async function measurePortal(
  base: string,
  appPid: number | undefined,
  targets: PortalTarget[],
  o: { connections: number; seconds: number; warmupSeconds: number; appPool: number; log: (line: string) => void },
): Promise<PortalResults> {
  const measured: PortalMeasured[] = [];
  for (const t of targets) {
    const res = await fetch(base + t.path);
    const body = Buffer.from(await res.arrayBuffer());
    const probe = { status: res.status, bytes: body.length, cacheControl: res.headers.get('cache-control') };
    o.log(`  ${t.label} (${t.path}): ${probe.status}, ${probe.bytes.toLocaleString('en')} bytes, cache-control ${probe.cacheControl ?? '–'}`);
    if (probe.status !== 200) {
      measured.push({ ...t, probe, run: { error: `answered ${probe.status} before the load` }, cpu: new CpuMeter(() => undefined).read() });
      continue;
    }
    // a short wait: the URLs are measured back to back, under the same conditions as far as possible
    await waitQuiet(o.log, 0.15, 20);
    const meter = new CpuMeter(() => appPid);
    const { run } = await loadFromChild({ url: base + t.path, connections: o.connections, seconds: o.seconds, warmupSeconds: o.warmupSeconds });
    const cpu = meter.read();
    if ('error' in run) o.log(`    load failed: ${run.error}`);
    else {
      o.log(`    ${Math.round(run.perSecond).toLocaleString('en')} requests/s, p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms` +
        `${run.non2xx || run.errors ? `, ${run.non2xx} non-2xx, ${run.errors} errors` : ''}; CPU: app ${pct(cpu.app)}, postgres ${pct(cpu.postgres)}, other (incl. the load generator) ${pct(cpu.other)}`);
    }
    measured.push({ ...t, probe, run, cpu });
  }
  return { connections: o.connections, seconds: o.seconds, warmupSeconds: o.warmupSeconds, rateLimit: PUBLIC_RATE_LIMIT_FOR_BENCH, appPool: o.appPool, measured };
}
