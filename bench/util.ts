/** Small helpers for the benchmark: percentiles, timing, an HTTP session against the app. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function summarize(ms: number[]): Summary {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
  return { n: s.length, p50: at(50), p95: at(95), max: s[s.length - 1] ?? NaN, mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

export const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');

/** A deterministic generator (mulberry32), so that runs submit the same figures. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A day's figures for one commune that pass the form's rules (cf. situation-form.ts). */
export function reportValues(seed: number): Record<string, number> {
  const r = rng(seed);
  const n = (max: number) => Math.floor(r() * (max + 1));
  const samples = 20 + n(80);
  const returnees = n(20);
  const cqNew = n(6);
  const hqNew = n(15);
  return {
    f0_community: n(6), f0_quarantined: n(4), deaths: n(1), recovered: n(5), hospital_current: n(12),
    cq_new: cqNew, cq_current: cqNew, hq_new: hqNew, hq_current: hqNew,
    pcr_samples: samples, pcr_persons: samples * (1 + n(3)), rapid_tests: n(60),
    f1_traced: n(40), f2_traced: n(80), returnees, returnees_positive: Math.min(returnees, n(1)),
    vax_dose1: n(30), vax_dose2: n(60), vax_dose3: n(120),
  };
}

export const casesOfValues = (v: Record<string, number>) => (v.f0_community ?? 0) + (v.f0_quarantined ?? 0);

export class HttpSession {
  constructor(
    readonly base: string,
    readonly cookie: string,
    readonly csrf: string,
  ) {}

  static async login(base: string, username: string, password: string): Promise<HttpSession> {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${text}`);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return new HttpSession(base, cookie, (JSON.parse(text) as { csrfToken: string }).csrfToken);
  }

  async get(path: string): Promise<{ status: number; body: string }> {
    const res = await fetch(this.base + path, { headers: { cookie: this.cookie } });
    return { status: res.status, body: await res.text() };
  }

  async put(path: string, payload: unknown): Promise<{ status: number; body: string }> {
    const res = await fetch(this.base + path, {
      method: 'PUT',
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    return { status: res.status, body: await res.text() };
  }
}

/** Runs `task` over `items` with at most `concurrency` at a time. */
export async function pool<T>(items: T[], concurrency: number, task: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
