import { describe, expect, it } from 'vitest';
import { ReplyCache } from './cache.ts';

const reply = (body: string) => ({ body, contentType: 'application/json', headers: {} });

describe('ReplyCache', () => {
  it('computes once within the TTL, again after it', async () => {
    const clock = { now: new Date('2021-12-10T05:00:00Z') };
    const cache = new ReplyCache({ ttlMs: 60_000, maxEntries: 10, now: () => clock.now });
    let runs = 0;
    const compute = async () => reply(`run ${++runs}`);
    expect((await cache.get('a', compute)).body).toBe('run 1');
    clock.now = new Date(clock.now.getTime() + 59_000);
    expect((await cache.get('a', compute)).body).toBe('run 1');
    clock.now = new Date(clock.now.getTime() + 2_000);
    expect((await cache.get('a', compute)).body).toBe('run 2');
  });

  it('shares one computation between concurrent misses', async () => {
    const cache = new ReplyCache({ ttlMs: 60_000, maxEntries: 10, now: () => new Date() });
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const compute = async () => {
      runs++;
      await gate;
      return reply('x');
    };
    const all = Promise.all([cache.get('k', compute), cache.get('k', compute), cache.get('k', compute)]);
    release();
    const replies = await all;
    expect(runs).toBe(1);
    expect(new Set(replies.map((r) => r.etag)).size).toBe(1);
  });

  it('does not keep a failure', async () => {
    const cache = new ReplyCache({ ttlMs: 60_000, maxEntries: 10, now: () => new Date() });
    await expect(cache.get('k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect((await cache.get('k', async () => reply('ok'))).body).toBe('ok');
  });

  it('drops the least recently used entry past its size', async () => {
    const cache = new ReplyCache({ ttlMs: 60_000, maxEntries: 2, now: () => new Date() });
    let runs = 0;
    const compute = async () => reply(String(++runs));
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('a', compute); // a is now the most recent
    await cache.get('c', compute); // b goes
    expect(cache.size).toBe(2);
    expect((await cache.get('a', compute)).body).toBe('1');
    expect((await cache.get('b', compute)).body).toBe('4');
  });
});
