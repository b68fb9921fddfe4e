import { describe, expect, it } from 'vitest';
import { compareFigures, emptyRegisterValues, prefill, vietnamDayBounds } from './register-figures.ts';

describe('register figures', () => {
  it('bounds a Vietnamese day in UTC', () => {
    const { start, end } = vietnamDayBounds('2021-12-10');
    expect(start.toISOString()).toBe('2021-12-09T17:00:00.000Z');
    expect(end.toISOString()).toBe('2021-12-10T17:00:00.000Z');
  });

  it('shows the difference only where a report was counted', () => {
    const reg = { ...emptyRegisterValues(), f0_community: 3, f1_traced: 10 };
    const rows = compareFigures(reg, { f0_community: 5, deaths: 0 });
    expect(rows.find((r) => r.code === 'f0_community')).toEqual({ code: 'f0_community', register: 3, reported: 5, difference: 2 });
    expect(rows.find((r) => r.code === 'f1_traced')).toEqual({ code: 'f1_traced', register: 10, reported: 0, difference: -10 });
    expect(rows.find((r) => r.code === 'deaths')?.difference).toBe(0);
    expect(compareFigures(reg, null).every((r) => r.reported === null)).toBe(true);
  });

  it('pre-fills only the empty fields', () => {
    const reg = { ...emptyRegisterValues(), f0_community: 3, f1_traced: 10 };
    const out = prefill(reg, { f0_community: 4, f1_traced: null });
    expect(out.f0_community).toBe(4);
    expect(out.f1_traced).toBe(10);
    expect(out.deaths).toBe(0);
  });
});
