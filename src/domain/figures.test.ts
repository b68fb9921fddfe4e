import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { casesOf, computeFigures, countChildren, seriesStart, sumValues, weekChange, type DayTotal, type Figures } from './figures.ts';

const indicators = [
  { code: 'f0', kind: 'flow' as const },
  { code: 'f0q', kind: 'flow' as const },
  { code: 'hosp', kind: 'stock' as const },
];
const CASES = ['f0', 'f0q'];
const DATE = '2021-12-10';

/** One row per day from `from` for `n` days, built by `fn(i)`. */
const series = (from: string, n: number, fn: (i: number) => Record<string, number>): DayTotal[] =>
  Array.from({ length: n }, (_, i) => ({ date: addDays(from, i), values: fn(i) }));

describe('computeFigures', () => {
  // 21 days, 2021-11-20 … 2021-12-10: f0 = day index + 1 (1 … 21), f0q = 1 every day, hosp = 100 + index
  const days = series('2021-11-20', 21, (i) => ({ f0: i + 1, f0q: 1, hosp: 100 + i }));

  it('flows: the day, the 7 days to date, the 7 days before, the sum since start', () => {
    const f = computeFigures(days, indicators, CASES, DATE, '2021-11-20');
    expect(f.last24h).toEqual({ f0: 21, f0q: 1, hosp: 120 });
    // 12-04 … 12-10 = days 15 … 21
    expect(f.week.f0).toBe(15 + 16 + 17 + 18 + 19 + 20 + 21);
    expect(f.week.f0q).toBe(7);
    // 11-27 … 12-03 = days 8 … 14
    expect(f.prevWeek.f0).toBe(8 + 9 + 10 + 11 + 12 + 13 + 14);
    expect(f.cumulative.f0).toBe((21 * 22) / 2);
    expect(f.cumulative.f0q).toBe(21);
    expect(f.casesLast24h).toBe(22);
    expect(f.casesWeek).toBe(126 + 7);
    expect(f.casesPrevWeek).toBe(77 + 7);
  });

  it('stocks: the level on the day, not a sum; the previous week is the level a week before', () => {
    const f = computeFigures(days, indicators, CASES, DATE, '2021-11-20');
    expect(f.cumulative.hosp).toBe(120);
    expect(f.week.hosp).toBe(120);
    expect(f.prevWeek.hosp).toBe(113); // 2021-12-03
  });

  it('the cumulative starts at `start`; days after `date` are ignored', () => {
    const later = [...days, { date: '2021-12-11', values: { f0: 1000, f0q: 1000, hosp: 1000 } }];
    const f = computeFigures(later, indicators, CASES, DATE, '2021-12-08');
    expect(f.cumulative.f0).toBe(19 + 20 + 21);
    expect(f.last24h.f0).toBe(21);
    expect(f.cumulative.hosp).toBe(120);
    expect(f.week.f0).toBe(126);
  });

  it('missing days count as zero, missing indicators too', () => {
    const sparse: DayTotal[] = [
      { date: '2021-12-01', values: { f0: 4 } },
      { date: '2021-12-09', values: { f0: 2, hosp: 7 } },
    ];
    const f = computeFigures(sparse, indicators, CASES, DATE, '2021-11-01');
    expect(f.last24h).toEqual({ f0: 0, f0q: 0, hosp: 0 });
    expect(f.week).toEqual({ f0: 2, f0q: 0, hosp: 0 });
    expect(f.prevWeek).toEqual({ f0: 4, f0q: 0, hosp: 0 });
    expect(f.cumulative).toEqual({ f0: 6, f0q: 0, hosp: 0 });
    expect(f.casesLast24h).toBe(0);
    expect(computeFigures([], indicators, CASES, DATE, '2021-11-01')).toEqual({
      last24h: { f0: 0, f0q: 0, hosp: 0 },
      cumulative: { f0: 0, f0q: 0, hosp: 0 },
      week: { f0: 0, f0q: 0, hosp: 0 },
      prevWeek: { f0: 0, f0q: 0, hosp: 0 },
      casesLast24h: 0,
      casesWeek: 0,
      casesPrevWeek: 0,
      daysSinceLastCase: null,
    });
  });

  it('days since the last case: 0 with a case today, null with none, only case indicators count', () => {
    expect(computeFigures(days, indicators, CASES, DATE, '2021-11-20').daysSinceLastCase).toBe(0);
    const quiet: DayTotal[] = [
      { date: '2021-11-25', values: { f0: 0, f0q: 3 } },
      { date: '2021-11-30', values: { f0: 0, f0q: 0, hosp: 50 } }, // a stock is no case
      { date: '2021-12-10', values: { hosp: 9 } },
      { date: '2021-12-12', values: { f0: 5 } }, // after the date
    ];
    expect(computeFigures(quiet, indicators, CASES, DATE, '2021-11-01').daysSinceLastCase).toBe(15);
    expect(computeFigures(quiet.slice(1), indicators, CASES, DATE, '2021-11-01').daysSinceLastCase).toBeNull();
    // the order of the days does not matter
    expect(computeFigures([...quiet].reverse(), indicators, CASES, DATE, '2021-11-01').daysSinceLastCase).toBe(15);
  });
});

describe('helpers', () => {
  it('sumValues adds the listed codes only, with zeros for the absent', () => {
    expect(sumValues([{ a: 1, b: 2, z: 9 }, { a: 3 }], ['a', 'b', 'c'])).toEqual({ a: 4, b: 2, c: 0 });
  });
  it('casesOf adds the case indicators', () => {
    expect(casesOf({ f0: 2, f0q: 3, hosp: 10 }, CASES)).toBe(5);
    expect(casesOf({}, CASES)).toBe(0);
  });
  it('seriesStart goes back 13 days for the two weeks, or to the start if earlier', () => {
    expect(seriesStart(DATE, '2021-12-08')).toBe('2021-11-27');
    expect(seriesStart(DATE, '2021-11-01')).toBe('2021-11-01');
  });
  it('weekChange: percent, null when last week had none', () => {
    expect(weekChange(15, 10)).toBe(50);
    expect(weekChange(5, 10)).toBe(-50);
    expect(weekChange(5, 0)).toBeNull();
  });
});

describe('countChildren', () => {
  const fig = (over: Partial<Figures>): Figures => ({
    last24h: {}, cumulative: {}, week: {}, prevWeek: {},
    casesLast24h: 0, casesWeek: 0, casesPrevWeek: 0, daysSinceLastCase: null, ...over,
  });
  it('counts children without a case for 14 days, with more cases this week, with cases today', () => {
    const counts = countChildren([
      fig({ daysSinceLastCase: null }), // never a case: counts as 14 days without
      fig({ daysSinceLastCase: 14, casesPrevWeek: 0 }),
      fig({ daysSinceLastCase: 13, casesWeek: 0, casesPrevWeek: 1 }),
      fig({ daysSinceLastCase: 0, casesLast24h: 3, casesWeek: 5, casesPrevWeek: 4 }),
      fig({ daysSinceLastCase: 2, casesWeek: 4, casesPrevWeek: 4 }), // the same is not more
    ]);
    expect(counts).toEqual({ children: 5, noCase14Days: 2, moreThisWeek: 1, withCasesToday: 1 });
    expect(countChildren([])).toEqual({ children: 0, noCase14Days: 0, moreThisWeek: 0, withCasesToday: 0 });
  });
});
