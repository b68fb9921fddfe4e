import { dosesForStage, dosesOverTargets, targetProgress } from '../../../domain/campaign-pace.ts';
import { addDays } from '../../../domain/dates.ts';
import type { Queryable } from '../../db/client.ts';
import { coverageCounts, eligibleCounts } from '../coverage/repository.ts';
import { targetsCovering } from './repository.ts';

/**
 * Overdue targets stay active this many days after their due date: a target missed on 10/12
 * still needs its doses for a while, but old campaigns do not claim stock for ever.
 */
export const OVERDUE_DAYS = 30;

/**
 * Doses each unit still needs to meet the active targets of the campaigns that cover it
 * (owned by the unit or a unit above), counted over its residents (see dosesOverTargets).
 */
export async function dosesNeeded(db: Queryable, units: { id: number; path: string }[], date: string): Promise<Map<number, number>> {
  const out = new Map(units.map((u) => [u.id, 0]));
  if (!units.length) return out;
  const targets = await targetsCovering(db, units.map((u) => u.path), addDays(date, -OVERDUE_DAYS));
  if (!targets.length) return out;
  const ids = units.map((u) => u.id);
  const [reached, eligible] = await Promise.all([coverageCounts(db, ids, date), eligibleCounts(db, ids)]);
  for (const u of units) {
    const mine = targets.filter((t) => u.path.startsWith(t.unitPath));
    const byTarget = mine.map((t) => {
      const r = reached.get(u.id)![t.ageGroup];
      const { needed } = targetProgress({ reached: r[t.stage], eligible: eligible.get(u.id)![t.ageGroup], targetShare: t.targetShare, dueDate: t.dueDate, lastDays: 0, today: date });
      return { ageGroup: t.ageGroup, doses: needed === null ? 0 : dosesForStage(t.stage, needed, r) };
    });
    out.set(u.id, dosesOverTargets(byTarget));
  }
  return out;
}
