/** Screening campaigns: periods and progress against the target share. Pure, no I/O. */
import { addDays, daysBetween } from './dates.ts';

export interface Period {
  from: string;
  to: string;
}

/** The campaign's periods from its start up to the one holding `today` (or its end, if earlier). */
export function campaignPeriods(startDate: string, endDate: string | null, periodDays: number, today: string): Period[] {
  const last = endDate && endDate < today ? endDate : today;
  const out: Period[] = [];
  for (let from = startDate; from <= last; from = addDays(from, periodDays)) {
    const to = addDays(from, periodDays - 1);
    out.push({ from, to: endDate && endDate < to ? endDate : to });
  }
  return out;
}

export type PeriodState = 'met' | 'on_track' | 'behind' | 'missed';

/**
 * A period's state: 'met' once the target is reached; while it runs, 'on_track' when at
 * least the target pro rata of the days elapsed (today counted) is tested, else 'behind';
 * a finished period short of its target is 'missed'.
 */
export function periodProgress(p: Period, today: string, tested: number, targetPopulation: number, targetShare: number) {
  const target = Math.ceil(targetPopulation * targetShare);
  const length = daysBetween(p.from, p.to) + 1;
  const elapsed = Math.min(length, Math.max(0, daysBetween(p.from, today) + 1));
  const expected = Math.ceil((target * elapsed) / length);
  const state: PeriodState = tested >= target ? 'met' : today > p.to ? 'missed' : tested >= expected ? 'on_track' : 'behind';
  return { target, expected, share: tested / targetPopulation, state };
}
