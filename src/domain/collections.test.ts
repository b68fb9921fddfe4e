import { describe, expect, it } from 'vitest';
import { chunksOf, groupBy } from './collections.ts';

describe('groupBy', () => {
  it('keeps the order of the items in each group', () => {
    const g = groupBy([3, 1, 4, 1, 5, 9, 2, 6], (n) => n % 2);
    expect(g.get(1)).toEqual([3, 1, 1, 5, 9]);
    expect(g.get(0)).toEqual([4, 2, 6]);
    expect([...groupBy([], () => 0)]).toEqual([]);
  });
});

describe('chunksOf', () => {
  it('cuts the items into runs of the size, in order, the last one shorter', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunksOf([1, 2], 2)).toEqual([[1, 2]]);
    expect(chunksOf([], 3)).toEqual([]);
  });
});
