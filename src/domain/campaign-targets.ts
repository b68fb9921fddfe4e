/**
 * A campaign's target list as a whole: which targets repeat one another, and how a list
 * sent by an editor maps onto the stored one (kept, changed, added, removed).
 */
import type { AgeGroup, Stage } from './age-groups.ts';

export interface TargetFields {
  ageGroup: AgeGroup;
  stage: Stage;
  targetShare: number;
  dueDate: string;
}

/** Two targets of a campaign may not share their age group, stage and due date. */
const keyOf = (t: TargetFields) => `${t.ageGroup}|${t.stage}|${t.dueDate}`;

const sameTarget = (a: TargetFields, b: TargetFields) => keyOf(a) === keyOf(b) && a.targetShare === b.targetShare;

/** Positions of the targets that repeat an earlier one's age group, stage and due date. */
export function repeatedTargets(targets: TargetFields[]): number[] {
  const seen = new Set<string>();
  return targets.flatMap((t, i) => {
    const key = keyOf(t);
    if (seen.has(key)) return [i];
    seen.add(key);
    return [];
  });
}

export interface TargetPlan {
  update: (TargetFields & { id: number })[];
  insert: TargetFields[];
  /** ids of the stored targets not in the sent list */
  remove: number[];
  /** positions of sent targets naming an id the campaign does not hold, or naming it twice */
  badIds: number[];
}

/**
 * Maps the sent list onto the stored targets. A sent target with an id changes that target;
 * one without an id takes over a stored target of the same age group, stage and due date that
 * no other sent target names, so sending the same list twice (a retry, or a list built before
 * the first save returned its ids) changes nothing the second time.
 */
export function planTargets(stored: (TargetFields & { id: number })[], sent: (TargetFields & { id?: number | undefined })[]): TargetPlan {
  const byId = new Map(stored.map((t) => [t.id, t]));
  const named = new Set<number>();
  const badIds: number[] = [];
  sent.forEach((t, i) => {
    if (t.id === undefined) return;
    if (!byId.has(t.id) || named.has(t.id)) badIds.push(i);
    named.add(t.id);
  });
  const free = new Map(stored.filter((t) => !named.has(t.id)).map((t) => [keyOf(t), t]));
  const kept = new Set<number>();
  const plan: TargetPlan = { update: [], insert: [], remove: [], badIds };
  for (const t of sent) {
    const fields: TargetFields = { ageGroup: t.ageGroup, stage: t.stage, targetShare: t.targetShare, dueDate: t.dueDate };
    const old = t.id !== undefined ? byId.get(t.id) : free.get(keyOf(t));
    if (!old || kept.has(old.id)) {
      if (t.id === undefined) plan.insert.push(fields);
      continue;
    }
    kept.add(old.id);
    if (!sameTarget(old, fields)) plan.update.push({ id: old.id, ...fields });
  }
  plan.remove = stored.filter((t) => !kept.has(t.id)).map((t) => t.id);
  return plan;
}

export const changesNothing = (p: TargetPlan): boolean => !p.update.length && !p.insert.length && !p.remove.length;
