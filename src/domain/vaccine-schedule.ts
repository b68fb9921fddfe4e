/**
 * Schedule checks for a new dose: the products and intervals in force on the dose date, the
 * person's earlier doses and age. Errors refuse the dose; warnings are shown but accepted.
 */
import { addDays } from './dates.ts';
import type { DoseHistory, DoseKind } from './vaccination-state.ts';

export interface ScheduleProduct {
  id: number;
  code: string;
  primaryDoses: number;
  minAge: number;
  maxAge: number | null;
  validFrom: string;
  validTo: string | null;
}

export interface ScheduleInterval {
  productId: number;
  doseNumber: number;
  kind: DoseKind;
  minDays: number;
  maxDays: number | null;
  /** product codes allowed as the previous dose; empty = the same product only */
  previousProducts: string[];
  validFrom: string;
  validTo: string | null;
}

export interface EarlierDose {
  doseNumber: number;
  kind: DoseKind;
  givenOn: string;
  productCode: string;
  primaryDoses: number;
}

export type ScheduleIssueKey =
  | 'future' | 'productNotInForce' | 'tooYoung' | 'tooOld' | 'noSchedule' | 'wrongProduct' | 'tooEarly'
  | 'boosterBeforePrimary' | 'late' | 'notAfterPrevious';

export interface ScheduleIssue {
  field: 'givenOn' | 'productId';
  key: ScheduleIssueKey;
  vars?: Record<string, string | number>;
}

export interface ScheduleResult {
  doseNumber: number;
  kind: DoseKind;
  errors: ScheduleIssue[];
  warnings: ScheduleIssue[];
}

/** Whether a dated product or interval row applies on a day (valid_to exclusive). */
export const inForce = (r: { validFrom: string; validTo: string | null }, day: string) => r.validFrom <= day && (r.validTo === null || day < r.validTo);

/** Exact age in whole years on a day. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The interval row for dose n of a product in force on a day. */
export function intervalFor(intervals: ScheduleInterval[], productId: number, doseNumber: number, day: string): ScheduleInterval | undefined {
  return intervals
    .filter((i) => i.productId === productId && i.doseNumber === doseNumber && inForce(i, day))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

export function checkDose(input: {
  product: ScheduleProduct;
  intervals: ScheduleInterval[];
  /** the person's doses so far (historyOf their doses; null before the first) */
  previous: Pick<DoseHistory, 'last' | 'primaryDoneOn'> | null;
  birthDate: string | null;
  givenOn: string;
  today: string;
}): ScheduleResult {
  const { product, givenOn } = input;
  const errors: ScheduleIssue[] = [];
  const warnings: ScheduleIssue[] = [];
  const last = input.previous?.last;
  const doseNumber = (last?.doseNumber ?? 0) + 1;
  let kind: DoseKind = 'primary';

  if (givenOn > input.today) errors.push({ field: 'givenOn', key: 'future' });
  if (!inForce(product, givenOn)) errors.push({ field: 'productId', key: 'productNotInForce', vars: { product: product.code } });
  if (input.birthDate) {
    const age = ageOn(input.birthDate, givenOn);
    if (age < product.minAge) errors.push({ field: 'productId', key: 'tooYoung', vars: { age, min: product.minAge } });
    if (product.maxAge !== null && age > product.maxAge) errors.push({ field: 'productId', key: 'tooOld', vars: { age, max: product.maxAge } });
  }
  if (!last) return { doseNumber, kind, errors, warnings };
  if (givenOn <= last.givenOn) errors.push({ field: 'givenOn', key: 'notAfterPrevious', vars: { previous: last.givenOn } });

  const rule = intervalFor(input.intervals, product.id, doseNumber, givenOn);
  if (!rule) {
    errors.push({ field: 'productId', key: 'noSchedule', vars: { product: product.code, dose: doseNumber } });
    return { doseNumber, kind: doseNumber > product.primaryDoses ? 'booster' : 'primary', errors, warnings };
  }
  kind = rule.kind;
  const allowed = rule.previousProducts.length ? rule.previousProducts : [product.code];
  if (!allowed.includes(last.productCode)) {
    errors.push({ field: 'productId', key: 'wrongProduct', vars: { product: product.code, previous: last.productCode } });
  }
  if (kind === 'booster' && !input.previous?.primaryDoneOn) errors.push({ field: 'productId', key: 'boosterBeforePrimary' });
  const earliest = addDays(last.givenOn, rule.minDays);
  if (givenOn > last.givenOn && givenOn < earliest) errors.push({ field: 'givenOn', key: 'tooEarly', vars: { earliest, days: rule.minDays } });
  if (rule.maxDays !== null && givenOn > addDays(last.givenOn, rule.maxDays)) {
    warnings.push({ field: 'givenOn', key: 'late', vars: { latest: addDays(last.givenOn, rule.maxDays), days: rule.maxDays } });
  }
  return { doseNumber, kind, errors, warnings };
}
