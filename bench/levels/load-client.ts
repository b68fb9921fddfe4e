/**
 * The load generator of the portal measurement, in its own process (forked by bench/levels/portal.ts):
 * autocannon against one URL, every response's latency kept for the percentiles.
 * Message in: { url, connections, seconds, warmupSeconds }; message out: LoadRun.
 */
import { createRequire } from 'node:module';
import { summarize } from '../util.ts';
import type { LoadRequest, LoadRun } from './portal.ts';

interface AutocannonResult {
  requests: { total: number; average: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
interface AutocannonInstance {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (opts: Record<string, unknown>, cb: (err: Error | null, r: AutocannonResult) => void) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function run(url: string, connections: number, seconds: number, record: boolean): Promise<{ r: AutocannonResult; latencies: number[]; bytes: number; statuses: Record<number, number> }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const statuses: Record<number, number> = {};
    let bytes = 0;
    const inst = autocannon({ url, connections, duration: seconds, pipelining: 1 }, (err, r) => (err ? reject(err) : resolve({ r, latencies, bytes, statuses })));
    if (record) {
      inst.on('response', (_c, status, size, ms) => {
        latencies.push(ms);
        bytes += size;
        statuses[status] = (statuses[status] ?? 0) + 1;
      });
    }
  });
}

process.on('message', (m: unknown) => {
  const q = m as LoadRequest;
  void (async () => {
    try {
      if (q.warmupSeconds > 0) await run(q.url, q.connections, q.warmupSeconds, false);
      const { r, latencies, bytes, statuses } = await run(q.url, q.connections, q.seconds, true);
      const s = summarize(latencies);
      const out: LoadRun = {
        requests: latencies.length,
        seconds: r.duration,
        perSecond: latencies.length / r.duration,
        p50: s.p50,
        p95: s.p95,
        p99: latencies.sort((a, b) => a - b)[Math.max(0, Math.ceil(0.99 * latencies.length) - 1)] ?? NaN,
        max: s.max,
        bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
        statuses,
      };
      process.send!(out);
    } catch (err) {
      process.send!({ error: (err as Error).message });
    }
  })();
});
