/**
 * One process's end of the live events: a single LISTEN, fanned out to the open event streams.
 * It listens only while some stream is open.
 */
import type { Db } from '../db/client.ts';
import { LIVE_CHANNEL, type LiveEvent } from './events.ts';

type Subscriber = (e: LiveEvent) => void;

export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private stopListening: Promise<() => Promise<void>> | null = null;

  constructor(private readonly db: Db, private readonly onError: (err: unknown) => void = () => undefined) {}

  async subscribe(fn: Subscriber): Promise<() => void> {
    this.subscribers.add(fn);
    this.stopListening ??= this.db.listen(LIVE_CHANNEL, (payload) => this.dispatch(payload));
    await this.stopListening;
    return () => {
      this.subscribers.delete(fn);
    };
  }

  get size(): number {
    return this.subscribers.size;
  }

  private dispatch(payload: string) {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch (err) {
      this.onError(err);
      return;
    }
    for (const fn of this.subscribers) fn(event);
  }

  async close(): Promise<void> {
    this.subscribers.clear();
    const stop = this.stopListening;
    this.stopListening = null;
    if (stop) await (await stop)();
  }
}
