import type { Queryable } from '../../db/client.ts';
import { publish } from '../../realtime/events.ts';

/** Tells the open screens of the responsible and the assigning unit (and the units above them) that a task changed. */
export async function taskChanged(tx: Queryable, t: { id: number; unitPath: string; fromUnitPath: string }): Promise<void> {
  await publish(tx, { type: 'task', id: t.id, paths: [...new Set([t.unitPath, t.fromUnitPath])] });
}
