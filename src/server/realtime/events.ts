/**
 * Live events: signals that something changed, sent with NOTIFY inside the writing transaction,
 * so that they go out only on commit and reach every server process on the same database.
 * An event carries ids and unit paths, never the data: a screen that hears one reloads through
 * the ordinary API, which applies the reader's access rules.
 */
import type { Queryable } from '../db/client.ts';
import { sql } from '../db/sql.ts';

export const LIVE_CHANNEL = 'epicenter_live';

export type LiveEvent =
  /** a conference's sites, roll-call, questioned site, status or briefing changed */
  | { type: 'conference'; id: number }
  /** a task changed; `paths` are the responsible and the assigning units' paths */
  | { type: 'task'; id: number; paths: string[] };

export async function publish(q: Queryable, event: LiveEvent): Promise<void> {
  await q.query(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`);
}

/** What one open screen asked to hear: its conference, and the tasks within the reader's scope. */
export interface LiveInterest {
  conferenceId?: number | undefined;
  unitPath: string;
}

export function wants(interest: LiveInterest, e: LiveEvent): boolean {
  if (e.type === 'conference') return e.id === interest.conferenceId;
  return e.paths.some((p) => p.startsWith(interest.unitPath));
}
