/**
 * Campaign target maths: where a unit stands against a dated target and when it will reach it
 * at its current pace (the doses it still needs, by purpose and product: vaccine-needs.ts).
 */
import { addDays } from './dates.ts';

/** Days of vaccination that make the pace (people reaching the stage per day). */
export const PACE_DAYS = 7;

export type TargetStatus = 'met' | 'on_track' | 'behind' | 'unknown';

export interface TargetProgress {
  /** people needed to meet the target (ceil(share × eligible)); null without a population */
  needed: number | null;
  /** current share of the eligible population, 0–1 (may pass 1); null without a population */
  share: number | null;
  /** the day the target is reached at the current pace; null when met, unknown or no pace */
  projectedDate: string | null;
  status: TargetStatus;
}

/**
 * `reached` people of `eligible` against `targetShare` by `dueDate`, at `lastDays` people
 * over the last PACE_DAYS days. On track = already met or projected no later than due.
 */
export function targetProgress(p: {
  reached: number;
  eligible: number | null;
  targetShare: number;
  dueDate: string;
  lastDays: number;
  today: string;
}): TargetProgress {
  if (p.eligible === null || p.eligible <= 0) return { needed: null, share: null, projectedDate: null, status: 'unknown' };
  const needed = Math.ceil(p.targetShare * p.eligible - 1e-9);
  const share = p.reached / p.eligible;
  if (p.reached >= needed) return { needed, share, projectedDate: null, status: 'met' };
  const projectedDate = projectDate(needed - p.reached, p.lastDays, p.today);
  const status = projectedDate !== null && projectedDate <= p.dueDate ? 'on_track' : 'behind';
  return { needed, share, projectedDate, status };
}

/** The day `remaining` more people are reached at `lastDays` per PACE_DAYS; null at no pace. */
export function projectDate(remaining: number, lastDays: number, today: string): string | null {
  if (remaining <= 0) return today;
  if (lastDays <= 0) return null;
  return addDays(today, Math.ceil((remaining * PACE_DAYS) / lastDays));
}

/** How far behind: the share still missing (0 when met); unknown populations sort last. */
export const shortfall = (share: number | null, targetShare: number): number => (share === null ? -1 : Math.max(0, targetShare - share));

/** People who reached each stage. */
export interface Reached {
  dose1: number;
  primary: number;
  booster: number;
}
