/** The figures a command centre reads for one unit, from its daily totals: pure, no I/O. */
import { addDays, daysBetween } from './dates.ts';

export type Values = Record<string, number>;
export interface DayTotal {
  date: string;
  values: Values;
}
export interface IndicatorKind {
  code: string;
  kind: 'flow' | 'stock';
}

export interface Figures {
  last24h: Values;
  cumulative: Values;
  week: Values;
  prevWeek: Values;
  casesLast24h: number;
  casesWeek: number;
  casesPrevWeek: number;
  daysSinceLastCase: number | null;
}

export function sumValues(rows: Values[], codes: string[]): Values {
  const out: Values = Object.fromEntries(codes.map((c) => [c, 0]));
  for (const row of rows) for (const c of codes) out[c] = (out[c] ?? 0) + (row[c] ?? 0);
  return out;
}

export function casesOf(values: Values, caseIndicators: string[]): number {
  return caseIndicators.reduce((s, c) => s + (values[c] ?? 0), 0);
}

/** The first day the figures need: the start, or 13 days before `date` for the two weeks. */
export function seriesStart(date: string, start: string): string {
  const twoWeeks = addDays(date, -13);
  return start < twoWeeks ? start : twoWeeks;
}

/** What the two-week window cannot tell: flow totals since the start, and the last day with a case. */
export interface Totals {
  sinceStart: Values;
  lastCaseDate: string | null;
}

/** The same totals from a full series in memory (the database computes them for the dashboard). */
export function totalsOf(days: DayTotal[], indicators: IndicatorKind[], caseIndicators: string[], date: string, start: string): Totals {
  const codes = indicators.filter((i) => i.kind === 'flow').map((i) => i.code);
  const sinceStart = sumValues(days.filter((d) => d.date >= start && d.date <= date).map((d) => d.values), codes);
  return { sinceStart, lastCaseDate: lastCaseDate(days, caseIndicators, date) };
}

/** The last day up to `date` with a new case among `days`, or null. */
export function lastCaseDate(days: DayTotal[], caseIndicators: string[], date: string): string | null {
  let last: string | null = null;
  for (const d of days) {
    if (d.date <= date && casesOf(d.values, caseIndicators) > 0 && (last === null || d.date > last)) last = d.date;
  }
  return last;
}

/**
 * `recent` holds the unit's totals by day (missing days count as zero) for at least the 14
 * days up to `date`. Flows add up over time; stocks read the value on `date`.
 */
export function figuresFrom(
  recent: DayTotal[],
  totals: Totals,
  indicators: IndicatorKind[],
  caseIndicators: string[],
  date: string,
): Figures {
  const codes = indicators.map((i) => i.code);
  const between = (from: string, to: string) => recent.filter((d) => d.date >= from && d.date <= to).map((d) => d.values);
  const today = sumValues(between(date, date), codes);
  const week = sumValues(between(addDays(date, -6), date), codes);
  const prevWeek = sumValues(between(addDays(date, -13), addDays(date, -7)), codes);
  const cumulative: Values = {};
  for (const ind of indicators) {
    cumulative[ind.code] = ind.kind === 'flow' ? (totals.sinceStart[ind.code] ?? 0) : (today[ind.code] ?? 0);
    if (ind.kind === 'stock') {
      // a 7-day sum of a level means nothing: show the level at the end of each week
      week[ind.code] = today[ind.code] ?? 0;
      prevWeek[ind.code] = sumValues(between(addDays(date, -7), addDays(date, -7)), [ind.code])[ind.code] ?? 0;
    }
  }
  return {
    last24h: today,
    cumulative,
    week,
    prevWeek,
    casesLast24h: casesOf(today, caseIndicators),
    casesWeek: casesOf(week, caseIndicators),
    casesPrevWeek: casesOf(prevWeek, caseIndicators),
    daysSinceLastCase: totals.lastCaseDate === null ? null : daysBetween(totals.lastCaseDate, date),
  };
}

/** `days` holds the unit's whole series from at least seriesStart(date, start) to `date`. */
export function computeFigures(
  days: DayTotal[],
  indicators: IndicatorKind[],
  caseIndicators: string[],
  date: string,
  start: string,
): Figures {
  return figuresFrom(days, totalsOf(days, indicators, caseIndicators, date, start), indicators, caseIndicators, date);
}

export interface ChildCounts {
  children: number;
  noCase14Days: number;
  moreThisWeek: number;
  withCasesToday: number;
}

/** "10 of 63 provinces with 14 days without a new case", "7 of 23 with more cases this week". */
export function countChildren(figures: Figures[]): ChildCounts {
  return {
    children: figures.length,
    noCase14Days: figures.filter((f) => f.daysSinceLastCase === null || f.daysSinceLastCase >= 14).length,
    moreThisWeek: figures.filter((f) => f.casesWeek > f.casesPrevWeek).length,
    withCasesToday: figures.filter((f) => f.casesLast24h > 0).length,
  };
}

/** Week-on-week change in percent, null when last week had none. */
export function weekChange(week: number, prevWeek: number): number | null {
  return prevWeek === 0 ? null : ((week - prevWeek) / prevWeek) * 100;
}
