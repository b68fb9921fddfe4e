import { describe, expect, it } from 'vitest';
import { transitionProblem, type Transition } from './case-status.ts';

const at = new Date('2021-12-10T05:00:00Z');
const since = new Date('2021-12-08T05:00:00Z');
const hospital2 = { id: 7, kind: 'treatment' as const, tier: 2 };
const site = { id: 8, kind: 'quarantine' as const, tier: null };
const from = (status: Transition['from']['status'], facilityId: number | null = null) => ({ status, since, facilityId });
const problem = (t: Transition) => transitionProblem(t)?.problem ?? null;

describe('case status transitions', () => {
  it('home care to a hospital of the right tier', () => {
    expect(problem({ from: from('home_care'), to: 'hospital_t2', at, facility: hospital2 })).toBeNull();
    expect(problem({ from: from('home_care'), to: 'hospital_t3', at, facility: hospital2 })).toBe('facilityWrongKind');
    expect(problem({ from: from('home_care'), to: 'hospital_t2', at, facility: site })).toBe('facilityWrongKind');
    expect(problem({ from: from('home_care'), to: 'hospital_t2', at, facility: null })).toBe('facilityRequired');
  });
  it('centralised care needs a quarantine site; home care and the ends need none', () => {
    expect(problem({ from: from('home_care'), to: 'centralised', at, facility: site })).toBeNull();
    expect(problem({ from: from('hospital_t2', 7), to: 'recovered', at, facility: null })).toBeNull();
    expect(problem({ from: from('hospital_t2', 7), to: 'recovered', at, facility: hospital2 })).toBe('facilityNotAllowed');
  });
  it('nothing after death; not before the current status; not the same again', () => {
    expect(problem({ from: from('died'), to: 'recovered', at, facility: null })).toBe('afterDied');
    expect(problem({ from: from('home_care'), to: 'recovered', at: new Date('2021-12-07T00:00:00Z'), facility: null })).toBe('beforeCurrent');
    expect(problem({ from: from('home_care'), to: 'home_care', at, facility: null })).toBe('sameStatus');
    // a move to another hospital of the same tier is a change
    expect(problem({ from: from('hospital_t2', 9), to: 'hospital_t2', at, facility: hospital2 })).toBeNull();
  });
});
