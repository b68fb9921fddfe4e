/**
 * Speed of tracing (issue item 7): for each case, hours from the positive result to its first
 * F1 listed, first F1 quarantined and first F1 tested; medians and 90th percentiles over cases.
 */

export interface CaseTrace {
  /** the confirming test's result time, else the confirmation time (ms) */
  positiveAt: number;
  firstListedAt: number | null;
  firstQuarantinedAt: number | null;
  firstTestedAt: number | null;
}

export type Step = 'listed' | 'quarantined' | 'tested';
export const STEPS: readonly Step[] = ['listed', 'quarantined', 'tested'];

export interface StepStats {
  /** cases where the step happened */
  n: number;
  /** cases where it has not happened yet */
  pending: number;
  median: number | null;
  p90: number | null;
}

export type SpeedSummary = { cases: number } & Record<Step, StepStats>;

const HOUR = 3_600_000;

/**
 * Hours from the positive result to a step, rounded to 0.1 h. A contact listed before its
 * source tested positive (already traced) counts as 0, not as a negative delay.
 */
export function hoursAfter(positiveAt: number, at: number | null): number | null {
  if (at === null) return null;
  return Math.round(Math.max(0, at - positiveAt) / HOUR * 10) / 10;
}

/** Percentile by linear interpolation between closest ranks (p in 0…1). */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const v = sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
  return Math.round(v * 10) / 10;
}

export function stepHours(c: CaseTrace): Record<Step, number | null> {
  return {
    listed: hoursAfter(c.positiveAt, c.firstListedAt),
    quarantined: hoursAfter(c.positiveAt, c.firstQuarantinedAt),
    tested: hoursAfter(c.positiveAt, c.firstTestedAt),
  };
}

export function summarise(cases: readonly CaseTrace[]): SpeedSummary {
  const hours = cases.map(stepHours);
  const stats = (step: Step): StepStats => {
    const done = hours.map((h) => h[step]).filter((h): h is number => h !== null);
    return { n: done.length, pending: cases.length - done.length, median: percentile(done, 0.5), p90: percentile(done, 0.9) };
  };
  return { cases: cases.length, listed: stats('listed'), quarantined: stats('quarantined'), tested: stats('tested') };
}

/**
 * How long a case has been waiting for its first F1 to be listed, or how long listing took:
 * the sort key of the "slowest cases" list.
 */
export function slowness(c: CaseTrace, now: number): number {
  return hoursAfter(c.positiveAt, c.firstListedAt ?? now) ?? 0;
}

/** The `limit` slowest cases, slowest first. */
export function slowest<T extends CaseTrace>(cases: readonly T[], now: number, limit: number): T[] {
  return [...cases].sort((a, b) => slowness(b, now) - slowness(a, now)).slice(0, limit);
}
