import { describe, expect, it } from 'vitest';
import { formatNumber } from '../format.ts';
import { countText, nounKey } from './counts.ts';

const rule = { below: 5, fromLevel: 3, applies: true, label: '<5' };
const num = (n: number | null) => formatNumber(n, 'vi');

describe('public counts', () => {
  it('shows a suppressed count as the rule label and others as numbers', () => {
    expect(countText({ value: null, suppressed: true }, rule, num)).toBe('<5');
    expect(countText({ value: 12345, suppressed: false }, rule, num)).toBe('12.345');
    expect(countText({ value: 0, suppressed: false }, rule, num)).toBe('0');
  });

  it('names units by level, singular for one', () => {
    expect(nounKey(1, 26)).toBe('publicPortal.nouns.1.many');
    expect(nounKey(2, 1)).toBe('publicPortal.nouns.2.one');
    expect(nounKey(3, 0)).toBe('publicPortal.nouns.3.many');
  });
});
