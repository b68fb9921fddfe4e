/** Reads a live event stream (GET /api/events) over a real socket, as a browser's EventSource would. */
import { request, type IncomingMessage } from 'node:http';

export interface ReceivedEvent {
  event: string;
  data: unknown;
}

export interface EventStream {
  /** every event received so far */
  readonly events: ReceivedEvent[];
  /** the next event of this type received from now on (or already waiting unread); rejects after `ms` */
  next(type: string, ms?: number): Promise<ReceivedEvent>;
  /** resolves when the server ends the stream */
  ended: Promise<void>;
  close(): void;
}

/** Opens the stream and resolves once the server says it is listening ('ready'). */
export function openEventStream(baseUrl: string, cookie: string, query = ''): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const events: ReceivedEvent[] = [];
    let read = 0;
    const waiters: { type: string; done: (e: ReceivedEvent) => void }[] = [];
    let buffer = '';
    let endStream = () => undefined as void;
    const ended = new Promise<void>((r) => (endStream = r));
    const req = request(`${baseUrl}/api/events${query}`, { headers: { cookie, accept: 'text/event-stream' } }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        reject(new Error(`event stream: ${res.statusCode}`));
        res.resume();
        return;
      }
      res.setEncoding('utf8');
      res.on('end', () => endStream());
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!event || data === undefined) continue;
          const e = { event, data: JSON.parse(data) as unknown };
          events.push(e);
          if (event === 'ready') resolve(stream);
          const w = waiters.findIndex((x) => x.type === event);
          if (w >= 0) {
            read = events.length;
            waiters.splice(w, 1)[0]!.done(e);
          }
        }
      });
    });
    req.on('error', reject);
    req.end();
    const stream: EventStream = {
      events,
      ended,
      next(type, ms = 3000) {
        const waiting = events.slice(read).find((e) => e.event === type);
        if (waiting) {
          read = events.indexOf(waiting) + 1;
          return Promise.resolve(waiting);
        }
        return new Promise((done, fail) => {
          const timer = setTimeout(() => fail(new Error(`no '${type}' event within ${ms} ms`)), ms);
          waiters.push({ type, done: (e) => { clearTimeout(timer); done(e); } });
        });
      },
      close: () => req.destroy(),
    };
  });
}
