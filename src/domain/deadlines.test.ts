import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, vietnamToday } from './dates.ts';
import { deadlineFor, timeliness } from './deadlines.ts';

describe('deadlineFor', () => {
  it('17:00 in Vietnam is 10:00 UTC on the day', () => {
    expect(deadlineFor('2021-12-10', '17:00', 0).toISOString()).toBe('2021-12-10T10:00:00.000Z');
  });
  it('an offset moves it days later, across months and years', () => {
    expect(deadlineFor('2021-12-10', '17:00', 1).toISOString()).toBe('2021-12-11T10:00:00.000Z');
    expect(deadlineFor('2021-12-31', '17:00', 1).toISOString()).toBe('2022-01-01T10:00:00.000Z');
    expect(deadlineFor('2021-11-30', '12:00', 5).toISOString()).toBe('2021-12-05T05:00:00.000Z');
  });
  it('an early time falls on the previous UTC day', () => {
    expect(deadlineFor('2021-12-10', '06:30', 0).toISOString()).toBe('2021-12-09T23:30:00.000Z');
    expect(deadlineFor('2021-12-10', '00:00', 0).toISOString()).toBe('2021-12-09T17:00:00.000Z');
  });
  it('accepts a one-digit hour', () => {
    expect(deadlineFor('2021-12-10', '9:05', 0).toISOString()).toBe('2021-12-10T02:05:00.000Z');
  });
});

describe('timeliness', () => {
  const deadline = deadlineFor('2021-12-10', '17:00', 0);
  const at = (iso: string) => new Date(iso);
  it('on time when first submitted by the deadline, to the millisecond', () => {
    expect(timeliness(deadline, at('2021-12-10T03:00:00Z'), at('2021-12-11T00:00:00Z'))).toBe('on_time');
    expect(timeliness(deadline, at('2021-12-10T10:00:00.000Z'), at('2021-12-10T10:00:00Z'))).toBe('on_time');
  });
  it('late when after it, whatever the time now', () => {
    expect(timeliness(deadline, at('2021-12-10T10:00:00.001Z'), at('2021-12-10T10:00:01Z'))).toBe('late');
    expect(timeliness(deadline, at('2021-12-10T11:30:00Z'), at('2021-12-20T00:00:00Z'))).toBe('late');
  });
  it('pending with no report before the deadline, missing after', () => {
    expect(timeliness(deadline, null, at('2021-12-10T05:00:00Z'))).toBe('pending');
    expect(timeliness(deadline, null, at('2021-12-10T10:00:00Z'))).toBe('pending');
    expect(timeliness(deadline, null, at('2021-12-10T10:00:00.001Z'))).toBe('missing');
    expect(timeliness(deadline, null, at('2022-01-01T00:00:00Z'))).toBe('missing');
  });
});

describe('dates', () => {
  it("today's date in Vietnam changes at 17:00 UTC", () => {
    expect(vietnamToday(new Date('2021-12-09T16:59:59Z'))).toBe('2021-12-09');
    expect(vietnamToday(new Date('2021-12-09T17:00:00Z'))).toBe('2021-12-10');
    expect(vietnamToday(new Date('2021-12-10T05:00:00Z'))).toBe('2021-12-10');
  });
  it('adds days and counts them', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2021-11-25', '2021-12-10')).toBe(15);
    expect(daysBetween('2021-12-10', '2021-12-10')).toBe(0);
  });
  it('isIsoDate accepts only real calendar dates', () => {
    expect(isIsoDate('2021-12-10')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2021-13-45', '2021-02-29', '2021-11-31', '2021-12-00', '10/12/2021', '2021-1-5', '']) expect(isIsoDate(bad), bad).toBe(false);
  });
});
