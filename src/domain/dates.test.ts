import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, lastWholeWeek, mondayOf, nextMonth, splitByMonth } from './dates.ts';

/** Every day of [from, to]. */
const daysOf = (from: string, to: string) => Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));

/** The days a split covers, months expanded: must be exactly the range, each day once. */
function covered(start: string, end: string): string[] {
  const s = splitByMonth(start, end);
  const out = s.days.flatMap((d) => daysOf(d.from, d.to));
  if (s.months) for (let m = s.months.from; m < s.months.to; m = nextMonth(m)) out.push(...daysOf(m, addDays(nextMonth(m), -1)));
  return out.sort();
}

describe('dates', () => {
  it('splits a range into whole months and the days around them', () => {
    expect(splitByMonth('2021-04-27', '2021-12-10')).toEqual({
      months: { from: '2021-05-01', to: '2021-12-01' },
      days: [{ from: '2021-04-27', to: '2021-04-30' }, { from: '2021-12-01', to: '2021-12-10' }],
    });
    expect(splitByMonth('2021-11-05', '2021-11-20')).toEqual({ months: null, days: [{ from: '2021-11-05', to: '2021-11-20' }] });
    expect(splitByMonth('2021-11-01', '2021-11-30')).toEqual({ months: { from: '2021-11-01', to: '2021-12-01' }, days: [] });
    expect(splitByMonth('2021-12-11', '2021-12-10')).toEqual({ months: null, days: [] });
  });

  it('covers every day of any range exactly once', () => {
    for (const [a, b] of [['2020-12-31', '2022-03-01'], ['2021-02-01', '2021-02-28'], ['2021-01-15', '2021-02-14'], ['2024-02-29', '2024-03-31']] as const) {
      expect(covered(a, b)).toEqual(daysOf(a, b));
    }
  });

  it('knows a real date from a string of digits', () => {
    expect(isIsoDate('2021-12-10')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(['2024-02-29', '2000-02-29', '2021-04-30', '2021-12-31'].every(isIsoDate)).toBe(true);
    expect(['1900-02-29', '2021-04-31', '2021-00-10', '2021-01-00', '2021-1-01', '10/12/2021'].some(isIsoDate)).toBe(false);
  });
});

describe('weeks', () => {
  it('finds the Monday of a day and the last whole week', () => {
    expect(mondayOf('2022-01-27')).toBe('2022-01-24'); // a Thursday
    expect(mondayOf('2022-01-24')).toBe('2022-01-24');
    expect(mondayOf('2022-01-30')).toBe('2022-01-24'); // Sunday closes the week
    expect(lastWholeWeek('2022-01-31')).toBe('2022-01-24');
    expect(lastWholeWeek('2022-01-30')).toBe('2022-01-17');
  });
});
