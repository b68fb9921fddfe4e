import { describe, expect, it } from 'vitest';
import { projectDate, shortfall, targetProgress } from './campaign-pace.ts';

const base = { targetShare: 0.75, dueDate: '2021-12-15', today: '2021-12-10' };

describe('campaign pace', () => {
  it('projects the day the remaining people are reached at the last 7 days pace', () => {
    expect(projectDate(70, 70, '2021-12-10')).toBe('2021-12-17');
    expect(projectDate(71, 70, '2021-12-10')).toBe('2021-12-18'); // a part of a day is a day
    expect(projectDate(10, 0, '2021-12-10')).toBeNull();
    expect(projectDate(0, 0, '2021-12-10')).toBe('2021-12-10');
  });

  it('is on track when projected by the due date, behind after it, met when reached', () => {
    // 1000 eligible, 750 needed, 700 reached: 50 to go
    expect(targetProgress({ ...base, reached: 700, eligible: 1000, lastDays: 70 })).toEqual({
      needed: 750, share: 0.7, projectedDate: '2021-12-15', status: 'on_track',
    });
    expect(targetProgress({ ...base, reached: 700, eligible: 1000, lastDays: 49 })).toMatchObject({ projectedDate: '2021-12-18', status: 'behind' });
    expect(targetProgress({ ...base, reached: 700, eligible: 1000, lastDays: 0 })).toMatchObject({ projectedDate: null, status: 'behind' });
    expect(targetProgress({ ...base, reached: 750, eligible: 1000, lastDays: 0 })).toMatchObject({ status: 'met', share: 0.75 });
    expect(targetProgress({ ...base, reached: 5, eligible: null, lastDays: 7 }).status).toBe('unknown');
  });

  it('needs whole people: 75% of 3 is 3', () => {
    expect(targetProgress({ ...base, reached: 2, eligible: 3, lastDays: 0 }).needed).toBe(3);
    expect(targetProgress({ ...base, targetShare: 1, reached: 3, eligible: 3, lastDays: 0 }).status).toBe('met');
  });

  it('orders by the share still missing, unknown last', () => {
    expect(shortfall(0.5, 0.75)).toBeCloseTo(0.25);
    expect(shortfall(0.8, 0.75)).toBe(0);
    expect(shortfall(null, 0.75)).toBe(-1);
  });
});
