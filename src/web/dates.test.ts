import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, syncToday, today } from './dates.ts';

afterEach(() => syncToday(undefined));

describe('date arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
  });
  it('counts days between dates', () => {
    expect(daysBetween('2021-12-10', '2021-12-17')).toBe(7);
    expect(daysBetween('2021-12-10', '2021-12-03')).toBe(-7);
  });
});

describe('today', () => {
  const localNoon = new Date('2026-11-25T05:00:00Z');
  it('is the local date in Vietnam when the server agrees', () => {
    syncToday('2026-11-25', localNoon);
    expect(today(localNoon)).toBe('2026-11-25');
    expect(today(new Date('2026-11-25T18:00:00Z'))).toBe('2026-11-26');
  });
  it('follows the server when its calendar differs', () => {
    syncToday('2021-12-10', localNoon);
    expect(today(localNoon)).toBe('2021-12-10');
    expect(today(new Date('2026-11-25T18:00:00Z'))).toBe('2021-12-11');
  });
});
