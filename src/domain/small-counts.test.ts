import { describe, expect, it } from 'vitest';
import { appliesAt, count, countCell, derived, smallCountLabel } from './small-counts.ts';

const communes = { below: 5, fromLevel: 3 };
const districts = { below: 5, fromLevel: 2 };
const off = { below: 0, fromLevel: 3 };

describe('small counts', () => {
  it('hides 1–4 at a commune, not 0 nor 5', () => {
    expect(count(communes, 3, 0)).toEqual({ value: 0, suppressed: false });
    expect(count(communes, 3, 1)).toEqual({ value: null, suppressed: true });
    expect(count(communes, 3, 4)).toEqual({ value: null, suppressed: true });
    expect(count(communes, 3, 5)).toEqual({ value: 5, suppressed: false });
  });

  it('applies from the configured level down', () => {
    expect(count(communes, 2, 3)).toEqual({ value: 3, suppressed: false });
    expect(count(districts, 2, 3)).toEqual({ value: null, suppressed: true });
    expect(count(districts, 1, 3)).toEqual({ value: 3, suppressed: false });
    expect(appliesAt(districts, 3)).toBe(true);
    expect(appliesAt(communes, 0)).toBe(false);
  });

  it('is off with 0', () => {
    expect(count(off, 3, 2)).toEqual({ value: 2, suppressed: false });
    expect(appliesAt(off, 3)).toBe(false);
  });

  it('hides what is derived from a hidden count', () => {
    expect(derived(communes, 3, 2, 12.5)).toBeNull();
    expect(derived(communes, 3, 7, 12.5)).toBe(12.5);
    expect(derived(communes, 2, 2, 12.5)).toBe(12.5);
  });

  it('labels a hidden count in downloads', () => {
    expect(smallCountLabel({ below: 10, fromLevel: 3 })).toBe('<10');
    expect(countCell(communes, count(communes, 3, 3))).toBe('<5');
    expect(countCell(communes, count(communes, 3, 30))).toBe(30);
  });
});
