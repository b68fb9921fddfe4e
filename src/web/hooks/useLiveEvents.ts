import { useEffect, useRef } from 'react';

export type LiveEvent = { type: 'conference'; id: number } | { type: 'task'; id: number; paths: string[] };

/**
 * Listens to the server's live events (GET /api/events, server-sent events) while mounted and
 * calls `onEvent` for each: the conference `conferenceId` if given, and the tasks in the user's
 * scope. The browser reconnects by itself after a dropped connection; `onEvent` is also called
 * with null after a reconnection, since events may have been missed meanwhile.
 */
export function useLiveEvents(onEvent: (e: LiveEvent | null) => void, conferenceId?: number): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const source = new EventSource(`/api/events${conferenceId ? `?conference=${conferenceId}` : ''}`);
    let connectedBefore = false;
    const deliver = (m: MessageEvent<string>) => handler.current(JSON.parse(m.data) as LiveEvent);
    source.addEventListener('ready', () => {
      if (connectedBefore) handler.current(null);
      connectedBefore = true;
    });
    source.addEventListener('conference', deliver);
    source.addEventListener('task', deliver);
    return () => source.close();
  }, [conferenceId]);
}
