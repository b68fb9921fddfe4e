/**
 * Who used the CPUs during a phase: the app process, PostgreSQL, this benchmark process, and
 * everything else on the machine (other people's builds and tests share these 2 cores).
 * Linux /proc only; elsewhere every share reads 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface CpuShares {
  /** shares of the whole machine (all cores), 0…1 */
  app: number;
  postgres: number;
  bench: number;
  other: number;
  busy: number;
}

interface Snapshot {
  total: number;
  idle: number;
  procs: Map<number, { comm: string; ticks: number; children: number }>;
}

function snapshot(): Snapshot {
  const procs = new Map<number, { comm: string; ticks: number; children: number }>();
  let total = 0;
  let idle = 0;
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    total = f.reduce((s, v) => s + v, 0);
    idle = (f[3] ?? 0) + (f[4] ?? 0);
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const s = readFileSync(`/proc/${name}/stat`, 'utf8');
        const close = s.lastIndexOf(')');
        const comm = s.slice(s.indexOf('(') + 1, close);
        const rest = s.slice(close + 2).split(' ');
        // fields after the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17)
        procs.set(Number(name), { comm, ticks: Number(rest[11]) + Number(rest[12]), children: Number(rest[13]) + Number(rest[14]) });
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    // not Linux
  }
  return { total, idle, procs };
}

export class CpuMeter {
  private start = snapshot();
  constructor(private appPid: () => number | undefined) {}

  reset(): void {
    this.start = snapshot();
  }

  read(): CpuShares {
    const end = snapshot();
    const total = end.total - this.start.total;
    if (total <= 0) return { app: 0, postgres: 0, bench: 0, other: 0, busy: 0 };
    const busy = total - (end.idle - this.start.idle);
    const used = (pred: (pid: number, comm: string) => boolean) => {
      let t = 0;
      for (const [pid, p] of end.procs) {
        if (!pred(pid, p.comm)) continue;
        t += p.ticks - (this.start.procs.get(pid)?.ticks ?? 0);
      }
      return t;
    };
    const appPid = this.appPid();
    // /proc/stat sums all cores; per-process ticks are in the same unit (USER_HZ)
    const app = used((pid) => pid === appPid);
    // PostgreSQL starts short-lived processes (parallel query workers, new connections): count
    // live processes and the time of the ended ones, which moves to the postmaster's children
    // time, over both snapshots, so that a process that ends meanwhile is counted once
    const pgTicks = (snap: Snapshot) => {
      let t = 0;
      for (const p of snap.procs.values()) if (p.comm === 'postgres') t += p.ticks + p.children;
      return t;
    };
    const postgres = Math.max(0, pgTicks(end) - pgTicks(this.start));
    const bench = used((pid) => pid === process.pid);
    return {
      app: app / total,
      postgres: postgres / total,
      bench: bench / total,
      other: Math.max(0, busy - app - postgres - bench) / total,
      busy: busy / total,
    };
  }
}

/** Waits (up to `maxSeconds`) until the rest of the machine uses less than `threshold` of the CPUs. */
export async function waitQuiet(log: (line: string) => void, threshold = 0.15, maxSeconds = 180): Promise<number> {
  const t0 = performance.now();
  let warned = false;
  for (;;) {
    const m = new CpuMeter(() => undefined);
    await new Promise((r) => setTimeout(r, 2000));
    const other = m.read().other;
    if (other < threshold) return other;
    if ((performance.now() - t0) / 1000 > maxSeconds) {
      log(`    other processes still use ${(other * 100).toFixed(0)} % of the ${cpus().length} cores: measuring anyway`);
      return other;
    }
    if (!warned) log(`    waiting for other processes on the machine (${(other * 100).toFixed(0)} % of the CPUs)…`);
    warned = true;
  }
}

export const pct = (v: number) => `${(v * 100).toFixed(0)} %`;

/**
 * Measurement phases of a benchmark part run in this process: each first waits (a minute at
 * most) for the rest of the shared machine to calm down, then records the CPU shares it used.
 */
export function phases(log: (line: string) => void): { phase: <T>(name: string, fn: () => Promise<T>) => Promise<T>; cpu: Record<string, CpuShares> } {
  const meter = new CpuMeter(() => undefined);
  const cpu: Record<string, CpuShares> = {};
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    await waitQuiet(log, 0.15, 60);
    meter.reset();
    const r = await fn();
    const c = (cpu[name] = meter.read());
    log(`    CPU: postgres ${pct(c.postgres)}, bench ${pct(c.bench)}, other processes ${pct(c.other)}`);
    return r;
  };
  return { phase, cpu };
}
