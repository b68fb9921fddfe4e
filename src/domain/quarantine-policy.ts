/**
 * Quarantine and testing schedules as dated policies. The policy in force on the date of
 * EXPOSURE applies (not the start date): a contact exposed on 30/11/2021 and found on
 * 02/12/2021 still quarantines under the rules of 30/11.
 */
import { addDays, daysBetween } from './dates.ts';

export type Vaccination = 'any' | 'full' | 'not_full';
export type QuarantinePlace = 'centralised' | 'home';

export interface QuarantinePolicy {
  id: number;
  name: string;
  /** first day in force */
  validFrom: string;
  /** first day no longer in force (exclusive); null = open-ended */
  validTo: string | null;
  degree: number;
  vaccination: Vaccination;
  place: QuarantinePlace;
  days: number;
  /** quarantine days (day 1 = start date) on which a test is due */
  testDays: number[];
  monitorDays: number;
}

export const inForceOn = (p: Pick<QuarantinePolicy, 'validFrom' | 'validTo'>, date: string): boolean =>
  p.validFrom <= date && (p.validTo === null || date < p.validTo);

const matchesVaccination = (v: Vaccination, fullyVaccinated: boolean) =>
  v === 'any' || (v === 'full') === fullyVaccinated;

/**
 * The policy for a contact: in force on the exposure date, for the degree and vaccination
 * status. A policy for the person's exact vaccination status wins over one for 'any'.
 */
export function choosePolicy<P extends QuarantinePolicy>(
  policies: readonly P[],
  q: { exposureDate: string; degree: number; fullyVaccinated: boolean },
): P | undefined {
  const fitting = policies.filter(
    (p) => p.degree === q.degree && inForceOn(p, q.exposureDate) && matchesVaccination(p.vaccination, q.fullyVaccinated),
  );
  return fitting.find((p) => p.vaccination !== 'any') ?? fitting[0];
}

export interface QuarantineSchedule {
  startDate: string;
  /** last day of quarantine: start + days − 1 (the start day itself when days is 0) */
  plannedEnd: string;
  /** the dates tests are due, from test_days (day 1 = start date), within the quarantine */
  testDates: string[];
  /** last day of self-monitoring after release (= plannedEnd when there is none) */
  monitoringEnd: string;
}

export function quarantineSchedule(policy: Pick<QuarantinePolicy, 'days' | 'testDays' | 'monitorDays'>, startDate: string): QuarantineSchedule {
  const plannedEnd = addDays(startDate, Math.max(policy.days, 1) - 1);
  const testDates = [...new Set(policy.testDays)]
    .filter((d) => d >= 1 && d <= Math.max(policy.days, 1))
    .sort((a, b) => a - b)
    .map((d) => dayDate(startDate, d));
  return { startDate, plannedEnd, testDates, monitoringEnd: addDays(plannedEnd, policy.monitorDays) };
}

/** The date of quarantine day `n` (day 1 = start date). */
export const dayDate = (startDate: string, n: number): string => addDays(startDate, n - 1);

/** Which quarantine day `date` is (day 1 = start date). */
export const dayNumber = (startDate: string, date: string): number => daysBetween(startDate, date) + 1;

/**
 * Policies of the same degree and vaccination whose validity periods overlap with `p`
 * (an administrator may not make two rules in force for the same people on the same day).
 */
type Period = Pick<QuarantinePolicy, 'degree' | 'vaccination' | 'validFrom' | 'validTo'>;

export function overlapping<P extends Period & { id: number }>(policies: readonly P[], p: Period & { id?: number | undefined }): P[] {
  return policies.filter(
    (o) =>
      o.id !== p.id &&
      o.degree === p.degree &&
      o.vaccination === p.vaccination &&
      (o.validTo === null || p.validFrom < o.validTo) &&
      (p.validTo === null || o.validFrom < p.validTo),
  );
}
