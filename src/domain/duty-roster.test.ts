import { describe, expect, it } from 'vitest';
import {
  describeGap, dutyPhone, formatSpan, onDutyAt, overlaps, planWeekCopy, rosterGaps, toMinute, upcomingGaps, weekStart,
} from './duty-roster.ts';

/** An instant on Vietnam's clock. */
const vn = (s: string) => new Date(`${s}:00+07:00`);
const shift = (start: string, end: string, name = 'A') => ({ start: vn(start), end: vn(end), name });

describe('duty phone numbers', () => {
  it('accept 10-digit numbers starting 0, landlines, 1800/1900 hotlines and emergency numbers', () => {
    expect(dutyPhone('0912 345 678')).toBe('0912345678');
    expect(dutyPhone('+84 912.345.678')).toBe('0912345678');
    expect(dutyPhone('0203 3825 123')).toBe('02033825123');
    expect(dutyPhone('1900 9095')).toBe('19009095');
    expect(dutyPhone('1800-1234')).toBe('18001234');
    expect(dutyPhone('115')).toBe('115');
  });

  it('refuse anything else', () => {
    for (const bad of ['', '091234567', '09123456789', '1912345678', '1900 909', '110', '12345', 'abc0912345678', '0912 345 67x']) {
      expect(dutyPhone(bad), bad).toBeNull();
    }
  });
});

describe('shifts', () => {
  it('overlap only when they share time: back to back is no overlap', () => {
    const night = { start: vn('2021-12-12T00:00'), end: vn('2021-12-12T08:00') };
    expect(overlaps(night, { start: vn('2021-12-12T08:00'), end: vn('2021-12-12T16:00') })).toBe(false);
    expect(overlaps(night, { start: vn('2021-12-12T07:59'), end: vn('2021-12-12T16:00') })).toBe(true);
    expect(overlaps(night, { start: vn('2021-12-11T20:00'), end: vn('2021-12-13T00:00') })).toBe(true);
  });

  it('give who is on duty at an instant', () => {
    const list = [shift('2021-12-10T08:00', '2021-12-10T20:00', 'Ngày'), shift('2021-12-10T20:00', '2021-12-11T08:00', 'Đêm')];
    expect(onDutyAt(list, vn('2021-12-10T12:00'))?.name).toBe('Ngày');
    expect(onDutyAt(list, vn('2021-12-10T20:00'))?.name).toBe('Đêm');
    expect(onDutyAt(list, vn('2021-12-11T08:00'))).toBeNull();
  });

  it('are kept to the minute', () => {
    expect(toMinute(new Date('2021-12-10T05:00:59.900Z')).toISOString()).toBe('2021-12-10T05:00:00.000Z');
  });
});

describe('roster gaps', () => {
  it('are the uncovered parts of the window, merging overlapping and back-to-back shifts', () => {
    const gaps = rosterGaps(
      [
        shift('2021-12-12T08:00', '2021-12-12T20:00'),
        shift('2021-12-12T20:00', '2021-12-13T08:00'),
        shift('2021-12-13T06:00', '2021-12-13T12:00'),
        shift('2021-12-13T14:00', '2021-12-13T16:00'),
      ],
      vn('2021-12-12T00:00'),
      vn('2021-12-14T00:00'),
    );
    expect(gaps.map(formatSpan)).toEqual(['00:00–08:00 12/12', '12:00–14:00 13/12', '16:00–24:00 13/12']);
  });

  it('are the whole window when nobody is rostered, none when covered', () => {
    expect(rosterGaps([], vn('2021-12-12T00:00'), vn('2021-12-12T08:00'))).toHaveLength(1);
    expect(rosterGaps([shift('2021-12-11T00:00', '2021-12-13T00:00')], vn('2021-12-12T00:00'), vn('2021-12-12T08:00'))).toEqual([]);
  });

  it('for the next 7 days start at now, to the minute', () => {
    const gaps = upcomingGaps([shift('2021-12-10T08:00', '2021-12-16T12:00')], new Date('2021-12-10T05:00:30Z'));
    expect(gaps).toHaveLength(1);
    expect(formatSpan(gaps[0]!)).toBe('12:00 16/12–12:00 17/12');
  });

  it('read as warnings in Vietnamese and English', () => {
    const gap = { start: vn('2021-12-12T00:00'), end: vn('2021-12-12T08:00') };
    expect(describeGap(gap, 'vi')).toBe('Chưa có người trực 00:00–08:00 12/12');
    expect(describeGap(gap, 'en')).toBe('No one on duty 00:00–08:00 12/12');
    expect(formatSpan({ start: vn('2021-12-12T20:00'), end: vn('2021-12-13T08:00') })).toBe('20:00 12/12–08:00 13/12');
  });
});

describe('week copy', () => {
  it('starts weeks on Monday in Vietnam time', () => {
    expect(weekStart(new Date('2021-12-10T05:00:00Z'))).toBe('2021-12-06'); // Friday
    expect(weekStart(new Date('2021-12-12T16:59:00Z'))).toBe('2021-12-06'); // Sunday 23:59
    expect(weekStart(new Date('2021-12-12T17:00:00Z'))).toBe('2021-12-13'); // Monday 00:00
  });

  it('moves shifts seven days on and skips those whose copy would overlap', () => {
    const source = [shift('2021-12-06T08:00', '2021-12-06T20:00', 'Mon'), shift('2021-12-07T08:00', '2021-12-07T20:00', 'Tue')];
    const first = planWeekCopy(source, [shift('2021-12-14T12:00', '2021-12-14T13:00')]);
    expect(first.copies.map((c) => [c.name, formatSpan(c)])).toEqual([['Mon', '08:00–20:00 13/12']]);
    expect(first.skipped).toBe(1);
    const again = planWeekCopy(source, [...first.copies, shift('2021-12-14T12:00', '2021-12-14T13:00')]);
    expect(again).toEqual({ copies: [], skipped: 2 });
  });
});
