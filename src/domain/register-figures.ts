/**
 * The daily situation figures that the person-level registers can compute, and how they
 * compare with the figures a unit typed into its report. Seed 002 complains of statistics
 * that disagree; putting both side by side, with the difference, makes the gap visible.
 */
import { VN_OFFSET_HOURS } from './dates.ts';

/** Situation-report indicators computed from the registers (the rest stay typed by hand). */
export const REGISTER_CODES = [
  'f0_community',
  'f0_quarantined',
  'deaths',
  'recovered',
  'hospital_current',
  'cq_new',
  'cq_current',
  'hq_new',
  'hq_current',
  'pcr_samples',
  'pcr_persons',
  'rapid_tests',
  'f1_traced',
  'f2_traced',
] as const;
export type RegisterCode = (typeof REGISTER_CODES)[number];
export type RegisterValues = Record<RegisterCode, number>;

export const emptyRegisterValues = (): RegisterValues =>
  Object.fromEntries(REGISTER_CODES.map((c) => [c, 0])) as RegisterValues;

/** The instants that bound a calendar day in Vietnam: [start, end). */
export function vietnamDayBounds(day: string): { start: Date; end: Date } {
  const start = new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_HOURS * 3_600_000);
  return { start, end: new Date(start.getTime() + 86_400_000) };
}

export interface FigureComparison {
  code: RegisterCode;
  register: number;
  /** what the report says; null when nothing was reported */
  reported: number | null;
  /** reported − register; null when nothing was reported */
  difference: number | null;
}

/** `reported` is null when no report was counted; a counted report's missing figure is 0. */
export function compareFigures(register: RegisterValues, reported: Record<string, number> | null): FigureComparison[] {
  return REGISTER_CODES.map((code) => {
    const r = reported ? (reported[code] ?? 0) : null;
    return { code, register: register[code], reported: r, difference: r === null ? null : r - register[code] };
  });
}

/** Values to pre-fill a report with: register figures where the field is still empty. */
export function prefill(register: RegisterValues, typed: Record<string, number | null | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const code of REGISTER_CODES) {
    const v = typed[code];
    out[code] = v === null || v === undefined ? register[code] : v;
  }
  return out;
}
