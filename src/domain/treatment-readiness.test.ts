import { describe, expect, it } from 'vitest';
import { readiness, requiredCapacity } from './treatment-readiness.ts';

describe('treatment readiness', () => {
  it('asks 100 patients at once under 100,000 people, 200 from 100,000', () => {
    expect(requiredCapacity(0)).toBe(100);
    expect(requiredCapacity(99_999)).toBe(100);
    expect(requiredCapacity(100_000)).toBe(200);
    expect(requiredCapacity(350_000)).toBe(200);
  });

  it('is met when the beds reach the requirement, with the gap otherwise', () => {
    expect(readiness(80_000, 100)).toEqual({ required: 100, beds: 100, met: true, gap: 0 });
    expect(readiness(80_000, 140)).toEqual({ required: 100, beds: 140, met: true, gap: 0 });
    expect(readiness(250_000, 150)).toEqual({ required: 200, beds: 150, met: false, gap: 50 });
  });

  it('says nothing when the population is unknown', () => {
    expect(readiness(null, 30)).toEqual({ required: null, beds: 30, met: null, gap: null });
  });
});
