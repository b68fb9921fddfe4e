/**
 * The public portal's reply cache: in memory, per server process. A reply is computed once per
 * key (method + URL + language) and reused for `ttlMs` by the app's clock; concurrent misses
 * share one computation (single flight), so a surge of readers costs the database one query
 * set per key and TTL. Bounded: past `maxEntries` the least recently used entry goes.
 */
import { createHash } from 'node:crypto';

export interface CachedReply {
  body: string | Buffer;
  contentType: string;
  etag: string;
  /** extra headers, e.g. content-disposition of a download */
  headers: Record<string, string>;
}

interface Entry {
  reply: CachedReply;
  expires: number;
}

export interface ReplyCacheOptions {
  ttlMs: number;
  maxEntries: number;
  now: () => Date;
}

export const etagOf = (body: string | Buffer): string => `"${createHash('sha1').update(body).digest('base64url')}"`;

export class ReplyCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<CachedReply>>();

  constructor(private readonly o: ReplyCacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  async get(key: string, compute: () => Promise<Omit<CachedReply, 'etag'>>): Promise<CachedReply> {
    const now = this.o.now().getTime();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) {
      // re-inserted: the Map's order is the recency order
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.reply;
    }
    if (hit) this.entries.delete(key);
    const running = this.pending.get(key);
    if (running) return running;
    const job = (async () => {
      const r = await compute();
      const reply = { ...r, etag: etagOf(r.body) };
      if (this.o.ttlMs > 0) this.store(key, { reply, expires: this.o.now().getTime() + this.o.ttlMs });
      return reply;
    })();
    this.pending.set(key, job);
    try {
      return await job;
    } finally {
      this.pending.delete(key);
    }
  }

  private store(key: string, e: Entry): void {
    this.entries.set(key, e);
    while (this.entries.size > this.o.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
