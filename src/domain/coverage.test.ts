import { describe, expect, it } from 'vitest';
import { byGapToTarget, difference, peopleToTarget, progressDeadline, share } from './coverage.ts';

describe('coverage arithmetic', () => {
  it('gives a share only against a population figure', () => {
    expect(share(30, 40)).toBe(0.75);
    expect(share(3, 0)).toBeNull();
    expect(share(3, null)).toBeNull();
  });

  it('counts the people still to vaccinate to reach a target, never below zero', () => {
    expect(peopleToTarget(700, 1000, 0.75)).toBe(50);
    expect(peopleToTarget(800, 1000, 0.75)).toBe(0);
    expect(peopleToTarget(0, 3, 0.5)).toBe(2);
    expect(peopleToTarget(0, 1000, 0.7)).toBe(700); // no rounding up from 700.0000001
    expect(peopleToTarget(5, null, 0.75)).toBeNull();
  });

  it('ranks the largest gap first, then the lower share, units without figures last', () => {
    const units = [
      { id: 1, gap: 10, share: 0.5 },
      { id: 2, gap: null, share: null },
      { id: 3, gap: 40, share: 0.2 },
      { id: 4, gap: 10, share: 0.3 },
    ];
    expect(units.sort(byGapToTarget).map((u) => u.id)).toEqual([3, 4, 1, 2]);
  });

  it('takes reported minus register', () => {
    expect(difference({ register: 10, reported: 12 })).toBe(2);
    expect(difference({ register: 10, reported: null })).toBeNull();
  });

  it('puts the daily deadline at 17:00 in Vietnam', () => {
    expect(progressDeadline('2021-12-10').toISOString()).toBe('2021-12-10T10:00:00.000Z');
  });
});
