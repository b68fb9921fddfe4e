import { describe, expect, it } from 'vitest';
import { ageBandAt, birthYearsOf, inAgeGroup } from './age-groups.ts';

describe('age groups', () => {
  it('maps groups to birth years at a date', () => {
    expect(birthYearsOf('18+', '2021-12-10')).toEqual({ from: null, to: 2003 });
    expect(birthYearsOf('15-17', '2021-12-10')).toEqual({ from: 2004, to: 2006 });
    expect(birthYearsOf('5-11', '2021-12-10')).toEqual({ from: 2010, to: 2016 });
    expect(birthYearsOf('all', '2021-12-10')).toEqual({ from: null, to: null });
  });
  it('bands by year difference', () => {
    expect(ageBandAt('2004-12-31', '2021-01-01')).toBe('15-17');
    expect(ageBandAt('2003-06-01', '2021-12-10')).toBe('18-49');
    expect(ageBandAt('1971-01-01', '2021-12-10')).toBe('50+');
    expect(ageBandAt(null, '2021-12-10')).toBe('unknown');
    expect(ageBandAt('2019-01-01', '2021-12-10')).toBe('0-4');
  });
  it('no birth date counts only in all', () => {
    expect(inAgeGroup('all', null, '2021-12-10')).toBe(true);
    expect(inAgeGroup('18+', null, '2021-12-10')).toBe(false);
    expect(inAgeGroup('50+', 1960, '2021-12-10')).toBe(true);
  });
});
