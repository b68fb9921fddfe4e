import { describe, expect, it } from 'vitest';
import { hoursAfter, percentile, slowest, summarise, type CaseTrace } from './tracing-speed.ts';

const H = 3_600_000;
const T0 = Date.parse('2021-12-01T00:00:00Z');
const trace = (listed: number | null, quarantined: number | null, tested: number | null): CaseTrace => ({
  positiveAt: T0,
  firstListedAt: listed === null ? null : T0 + listed * H,
  firstQuarantinedAt: quarantined === null ? null : T0 + quarantined * H,
  firstTestedAt: tested === null ? null : T0 + tested * H,
});

describe('percentile', () => {
  it('interpolates between ranks', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([4], 0.9)).toBe(4);
    expect(percentile([1, 2], 0.5)).toBe(1.5);
    expect(percentile([10, 1, 3, 2, 4, 5, 6, 7, 8, 9], 0.9)).toBe(9.1);
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
  });
});

describe('hoursAfter', () => {
  it('counts a contact listed before the positive result as 0', () => {
    expect(hoursAfter(T0, T0 - 5 * H)).toBe(0);
    expect(hoursAfter(T0, T0 + 90 * 60_000)).toBe(1.5);
    expect(hoursAfter(T0, null)).toBeNull();
  });
});

describe('summarise', () => {
  it('gives medians and p90 over the cases where the step happened', () => {
    const s = summarise([trace(2, 10, 24), trace(4, null, 30), trace(6, 20, null), trace(null, null, null)]);
    expect(s.cases).toBe(4);
    expect(s.listed).toEqual({ n: 3, pending: 1, median: 4, p90: 5.6 });
    expect(s.quarantined).toEqual({ n: 2, pending: 2, median: 15, p90: 19 });
    expect(s.tested).toEqual({ n: 2, pending: 2, median: 27, p90: 29.4 });
  });
});

describe('slowest', () => {
  it('puts cases still waiting for a first F1 by their waiting time', () => {
    const cases = [trace(2, null, null), trace(null, null, null), trace(30, null, null)];
    const now = T0 + 10 * H;
    expect(slowest(cases, now, 2)).toEqual([cases[2], cases[1]]);
  });
});
