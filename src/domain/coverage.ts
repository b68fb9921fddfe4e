/** Coverage arithmetic: shares against the eligible population, gaps to a target, reconciliation. */

import { STAGES } from './age-groups.ts';

/** The daily progress counts doses that reached no stage (additional doses…) as 'other'. */
export const DAILY_STAGES = [...STAGES, 'other'] as const;
export type DailyStage = (typeof DAILY_STAGES)[number];

/** Share of the eligible who are vaccinated, 0–1 (may pass 1 when the population figure is stale); null without a figure. */
export function share(vaccinated: number, eligible: number | null): number | null {
  return eligible && eligible > 0 ? vaccinated / eligible : null;
}

/** People still to vaccinate to reach `target` (0–1) of the eligible; null without an eligible figure. */
export function peopleToTarget(vaccinated: number, eligible: number | null, target: number): number | null {
  if (eligible === null || eligible <= 0) return null;
  return Math.max(0, Math.ceil(target * eligible - 1e-9) - vaccinated);
}

export interface Ranked {
  gap: number | null;
  share: number | null;
}

/**
 * Units furthest from the target first: most people still to vaccinate (what a district can act
 * on), then the lower share; units without a population figure last.
 */
export function byGapToTarget<T extends Ranked>(a: T, b: T): number {
  if (a.gap === null || b.gap === null) return a.gap === null ? (b.gap === null ? 0 : 1) : -1;
  return b.gap - a.gap || (a.share ?? 0) - (b.share ?? 0);
}

export interface FigurePair {
  register: number | null;
  reported: number | null;
}

/** Reported minus register; null when either side is missing. */
export const difference = (p: FigurePair): number | null =>
  p.register === null || p.reported === null ? null : p.reported - p.register;

/** The daily report's deadline: `hour`:00 Vietnam time of `day`. */
export const progressDeadline = (day: string, hour = 17): Date =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);
