import { describe, expect, it } from 'vitest';
import { contributionOf, difference, isZero, NONE, type Contribution } from './contribution.ts';

const report = (status: string, vals: Record<string, number>, onTime: boolean | null = true) => ({ status, vals, onTime });

describe('contributionOf', () => {
  it('submitted and approved reports count, with on-time', () => {
    expect(contributionOf(report('submitted', { a: 2 }))).toEqual({ values: { a: 2 }, reported: 1, onTime: 1 });
    expect(contributionOf(report('approved', { a: 2 }, false))).toEqual({ values: { a: 2 }, reported: 1, onTime: 0 });
    expect(contributionOf(report('submitted', { a: 2 }, null)).onTime).toBe(0);
  });
  it('no report, a draft and a returned report count nothing', () => {
    expect(contributionOf(undefined)).toEqual(NONE);
    expect(contributionOf(report('draft', { a: 2 }))).toEqual(NONE);
    expect(contributionOf(report('returned', { a: 2 }))).toEqual(NONE);
  });
});

describe('difference', () => {
  it('a first submission adds everything', () => {
    const d = difference(contributionOf(report('submitted', { a: 2, b: 0 })), contributionOf(undefined));
    expect(d).toEqual({ values: { a: 2 }, reported: 1, onTime: 1 });
  });
  it('a correction changes only what changed, a removed value goes negative', () => {
    const before = contributionOf(report('submitted', { a: 2, b: 5, c: 1 }));
    const after = contributionOf(report('submitted', { a: 7, b: 5 }));
    expect(difference(after, before)).toEqual({ values: { a: 5, c: -1 }, reported: 0, onTime: 0 });
  });
  it('the same values again is no change', () => {
    const c = contributionOf(report('submitted', { a: 2, b: 5 }));
    const d = difference(c, contributionOf(report('approved', { a: 2, b: 5 })));
    expect(isZero(d)).toBe(true);
  });
  it('a return takes it all out', () => {
    const d = difference(contributionOf(report('returned', { a: 2 })), contributionOf(report('submitted', { a: 2, b: 3 })));
    expect(d).toEqual({ values: { a: -2, b: -3 }, reported: -1, onTime: -1 });
  });
  it('the changes of a report’s life add up to what it counts at the end', () => {
    const life = [
      undefined,
      report('draft', { a: 1 }),
      report('submitted', { a: 4, b: 2 }, false),
      report('returned', { a: 4, b: 2 }, false),
      report('submitted', { a: 3, c: 1 }, false),
      report('approved', { a: 3, c: 1 }, false),
    ];
    const total: Contribution = { values: {}, reported: 0, onTime: 0 };
    for (let i = 1; i < life.length; i++) {
      const d = difference(contributionOf(life[i]), contributionOf(life[i - 1]));
      for (const [k, v] of Object.entries(d.values)) total.values[k] = (total.values[k] ?? 0) + v;
      total.reported += d.reported;
      total.onTime += d.onTime;
    }
    const final = contributionOf(life.at(-1));
    expect(total.reported).toBe(final.reported);
    expect(total.onTime).toBe(final.onTime);
    expect(Object.fromEntries(Object.entries(total.values).filter(([, v]) => v !== 0))).toEqual(final.values);
  });
});

describe('isZero', () => {
  it('only with no values and no counts', () => {
    expect(isZero(NONE)).toBe(true);
    expect(isZero({ values: {}, reported: 1, onTime: 0 })).toBe(false);
    expect(isZero({ values: {}, reported: 0, onTime: -1 })).toBe(false);
    expect(isZero({ values: { a: 1 }, reported: 0, onTime: 0 })).toBe(false);
  });
});
