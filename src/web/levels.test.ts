import { describe, expect, it } from 'vitest';
import { levelPluralKey, populationLevels } from './levels.ts';

describe('populationLevels', () => {
  it('offers the levels below the user unit, down to the commune', () => {
    expect(populationLevels(0)).toEqual([1, 2, 3]);
    expect(populationLevels(1)).toEqual([2, 3]);
    expect(populationLevels(2)).toEqual([3]);
  });
  it('lets a commune administrator fill in the commune itself', () => {
    expect(populationLevels(3)).toEqual([3]);
  });
  it('names each level', () => {
    expect(populationLevels(0).map(levelPluralKey)).toEqual(['level.plural1', 'level.plural2', 'level.plural3']);
  });
});
