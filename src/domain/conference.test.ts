import { describe, expect, it } from 'vitest';
import { badLevels, checkInStatus, clockText, levelsBelow, mayCascadeFrom, rollCallTotals, toMinute } from './conference.ts';

describe('conference rules', () => {
  const start = new Date('2021-12-10T07:00:00Z'); // 14:00 in Vietnam

  it('a site checking itself in is connected up to 10 minutes after the start, late after', () => {
    expect(checkInStatus(start, new Date('2021-12-10T06:30:00Z'))).toBe('connected');
    expect(checkInStatus(start, new Date('2021-12-10T07:10:00Z'))).toBe('connected');
    expect(checkInStatus(start, new Date('2021-12-10T07:10:01Z'))).toBe('late');
  });

  it('counts roll-call statuses with a total', () => {
    expect(rollCallTotals({ connected: 3, absent: 1 })).toEqual({ pending: 0, connected: 3, late: 0, absent: 1, total: 4 });
  });

  it('invites only levels below the host', () => {
    expect(levelsBelow(0)).toEqual([1, 2, 3]);
    expect(levelsBelow(2)).toEqual([3]);
    expect(levelsBelow(3)).toEqual([]);
    expect(badLevels(1, [1, 2, 3])).toEqual([1]);
    expect(badLevels(0, [1, 4])).toEqual([4]);
  });

  it('times are kept to the minute; cascades start at provinces and districts', () => {
    expect(toMinute(new Date('2021-12-10T07:00:59.900Z')).toISOString()).toBe('2021-12-10T07:00:00.000Z');
    expect([0, 1, 2, 3].map(mayCascadeFrom)).toEqual([false, true, true, false]);
  });
});

describe('clockText', () => {
  it('reads an instant in Vietnam time', () => {
    expect(clockText(new Date('2021-12-10T10:00:00Z'))).toBe('17:00 10/12/2021');
    expect(clockText(new Date('2021-12-10T17:30:00Z'))).toBe('00:30 11/12/2021');
  });
});
