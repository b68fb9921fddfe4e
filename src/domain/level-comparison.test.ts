import { describe, expect, it } from 'vitest';
import type { Level } from './epidemic-level.ts';
import { compareLevels, countByLevel } from './level-comparison.ts';

const cell = (code: string, level: Level | null, previous: Level | null, quiet14 = false) => ({ unit: { code }, level, previous, quiet14 });

describe('level comparison', () => {
  const cells = [
    cell('03', 2, 1),
    cell('01', 4, 1),
    cell('02', 1, 3, true),
    cell('05', 2, 2, true),
    cell('04', null, 2),
    cell('06', 3, null),
    cell('07', 1, 2, true),
  ];

  it('counts units at each level, every level listed', () => {
    expect(countByLevel(cells)).toEqual([
      { level: 1, units: 2 },
      { level: 2, units: 2 },
      { level: 3, units: 1 },
      { level: 4, units: 1 },
    ]);
    expect(countByLevel([])).toEqual([1, 2, 3, 4].map((level) => ({ level, units: 0 })));
  });

  it('lists moves up and down, biggest first, ignoring units without a level either week', () => {
    const c = compareLevels(cells);
    expect(c.movedUp.map((x) => x.unit.code)).toEqual(['01', '03']);
    expect(c.movedDown.map((x) => x.unit.code)).toEqual(['02', '07']);
    expect(c.quiet.map((x) => x.unit.code)).toEqual(['02', '05', '07']);
    expect(c.counts.find((x) => x.level === 2)!.units).toBe(2);
  });
});
