import { describe, expect, it } from 'vitest';
import { campaignPeriods, periodProgress } from './screening.ts';

describe('screening campaign periods', () => {
  it('cuts weeks from the start up to today', () => {
    expect(campaignPeriods('2021-11-26', null, 7, '2021-12-10')).toEqual([
      { from: '2021-11-26', to: '2021-12-02' },
      { from: '2021-12-03', to: '2021-12-09' },
      { from: '2021-12-10', to: '2021-12-16' },
    ]);
  });
  it('stops at the end date and shortens the last period', () => {
    expect(campaignPeriods('2021-12-01', '2021-12-09', 7, '2021-12-20')).toEqual([
      { from: '2021-12-01', to: '2021-12-07' },
      { from: '2021-12-08', to: '2021-12-09' },
    ]);
  });
  it('has no period before the start', () => {
    expect(campaignPeriods('2021-12-11', null, 7, '2021-12-10')).toEqual([]);
  });
});

describe('progress against the target share', () => {
  const week = { from: '2021-12-06', to: '2021-12-12' };
  it('20% of 500 weekly is 100 people; met once reached', () => {
    expect(periodProgress(week, '2021-12-08', 100, 500, 0.2)).toMatchObject({ target: 100, state: 'met', share: 0.2 });
  });
  it('pro rata while the period runs', () => {
    // 3 of 7 days elapsed: 43 expected
    expect(periodProgress(week, '2021-12-08', 43, 500, 0.2)).toMatchObject({ expected: 43, state: 'on_track' });
    expect(periodProgress(week, '2021-12-08', 42, 500, 0.2).state).toBe('behind');
  });
  it('a finished period short of its target is missed', () => {
    expect(periodProgress(week, '2021-12-13', 99, 500, 0.2)).toMatchObject({ expected: 100, state: 'missed' });
  });
});
