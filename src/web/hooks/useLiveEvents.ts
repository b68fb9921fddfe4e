import { useEffect, useRef } from 'react';

export type LiveEvent = { type: 'conference'; id: number } | { type: 'task'; id: number; paths: string[] };
type Listener = (e: LiveEvent | null) => void;

/**
 * One event stream per tab and conference, shared by every component that listens: a browser
 * keeps only six connections to a server over HTTP/1.1, and a stream holds one for as long as
 * it is open, so a bell, a board and a room must not each open their own.
 */
const streams = new Map<number, { source: EventSource; listeners: Set<Listener> }>();

function join(conferenceId: number, listener: Listener): () => void {
  let stream = streams.get(conferenceId);
  if (!stream) {
    const source = new EventSource(`/api/events${conferenceId ? `?conference=${conferenceId}` : ''}`);
    const listeners = new Set<Listener>();
    let connectedBefore = false;
    const deliver = (e: LiveEvent | null) => listeners.forEach((l) => l(e));
    source.addEventListener('ready', () => {
      if (connectedBefore) deliver(null);
      connectedBefore = true;
    });
    for (const type of ['conference', 'task']) source.addEventListener(type, (m: MessageEvent<string>) => deliver(JSON.parse(m.data) as LiveEvent));
    stream = { source, listeners };
    streams.set(conferenceId, stream);
  }
  stream.listeners.add(listener);
  return () => {
    const s = streams.get(conferenceId);
    if (!s) return;
    s.listeners.delete(listener);
    if (!s.listeners.size) {
      s.source.close();
      streams.delete(conferenceId);
    }
  };
}

/**
 * Listens to the server's live events (GET /api/events, server-sent events) while mounted and
 * calls `onEvent` for each: the conference `conferenceId` if given, and the tasks in the user's
 * scope. The browser reconnects by itself after a dropped connection; `onEvent` is also called
 * with null after a reconnection, since events may have been missed meanwhile.
 */
export function useLiveEvents(onEvent: (e: LiveEvent | null) => void, conferenceId?: number): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => join(conferenceId ?? 0, (e) => handler.current(e)), [conferenceId]);
}
