import { describe, expect, it } from 'vitest';
import { chunksByKey, groupBy } from './collections.ts';

describe('groupBy', () => {
  it('keeps the order of the items in each group', () => {
    const g = groupBy([3, 1, 4, 1, 5, 9, 2, 6], (n) => n % 2);
    expect(g.get(1)).toEqual([3, 1, 1, 5, 9]);
    expect(g.get(0)).toEqual([4, 2, 6]);
    expect([...groupBy([], () => 0)]).toEqual([]);
  });
});

describe('chunksByKey', () => {
  const key = (s: string) => (s[0] === '-' ? null : s[0]!);
  it('never splits the items of one key, even when they are far apart', () => {
    const chunks = chunksByKey(['a1', 'b1', 'c1', 'a2', 'd1', 'b2', 'e1'], key, 3);
    for (const k of 'abcde') expect(chunks.filter((c) => c.some((x) => x[0] === k))).toHaveLength(1);
    expect(chunks.flat().sort()).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'd1', 'e1']);
    expect(chunks).toEqual([['a1', 'a2'], ['b1', 'b2', 'c1'], ['d1', 'e1']]);
  });
  it('keeps chunks near the size; a bigger group makes its own chunk; null keys are single items', () => {
    expect(chunksByKey(['a1', 'b1', 'b2', 'b3', 'b4', 'c1'], key, 2)).toEqual([['a1'], ['b1', 'b2', 'b3', 'b4'], ['c1']]);
    expect(chunksByKey(['-1', '-2', '-3'], key, 2)).toEqual([['-1', '-2'], ['-3']]);
    expect(chunksByKey([], key, 5)).toEqual([]);
  });
});
