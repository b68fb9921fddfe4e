import { describe, expect, it } from 'vitest';
import { collectValues, groupMessages, indicatorOf } from './fieldMessages.ts';

describe('field messages', () => {
  it('finds the indicator in any field path', () => {
    expect(indicatorOf('pcr_persons')).toBe('pcr_persons');
    expect(indicatorOf('values.pcr_persons')).toBe('pcr_persons');
    expect(indicatorOf('/body/values/pcr_persons')).toBe('pcr_persons');
  });
  it('puts messages beside known inputs and keeps the rest apart', () => {
    const known = new Set(['deaths', 'pcr_persons']);
    const g = groupMessages(
      [
        { field: 'deaths', message: 'a' },
        { field: '/values/deaths', message: 'b' },
        { field: 'period', message: 'c' },
      ],
      known,
    );
    expect(g.byField).toEqual({ deaths: ['a', 'b'] });
    expect(g.other).toEqual(['c']);
  });
});

describe('collectValues', () => {
  it('keeps whole non-negative numbers and skips empty inputs', () => {
    expect(collectValues({ a: 0, b: 12, c: null, d: undefined })).toEqual({ values: { a: 0, b: 12 }, invalid: [] });
  });
  it('reports fractions and negatives', () => {
    expect(collectValues({ a: 1.5, b: -1, c: 3 })).toEqual({ values: { c: 3 }, invalid: ['a', 'b'] });
  });
});
