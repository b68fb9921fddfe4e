import { describe, expect, it } from 'vitest';
import { stageReachedBy, stateOf } from './vaccination-state.ts';

describe('vaccination state', () => {
  it('Abdala is primary complete at dose 3, a two-dose product at dose 2', () => {
    const abdala = [1, 2].map((n) => ({ doseNumber: n, kind: 'primary' as const, givenOn: `2021-10-0${n}`, primaryDoses: 3 }));
    expect(stateOf(abdala)).toEqual({ doses: 2, firstDoseOn: '2021-10-01', primaryDoneOn: null, boosterOn: null });
    const done = stateOf([...abdala, { doseNumber: 3, kind: 'primary', givenOn: '2021-10-20', primaryDoses: 3 }]);
    expect(done.primaryDoneOn).toBe('2021-10-20');
    expect(stageReachedBy(stateOf(abdala), done)).toBe('primary');
  });
  it('a booster counts after the primary series', () => {
    const s = stateOf([
      { doseNumber: 1, kind: 'primary', givenOn: '2021-06-01', primaryDoses: 2 },
      { doseNumber: 2, kind: 'primary', givenOn: '2021-07-01', primaryDoses: 2 },
      { doseNumber: 3, kind: 'booster', givenOn: '2021-12-01', primaryDoses: 2 },
    ]);
    expect(s).toMatchObject({ doses: 3, primaryDoneOn: '2021-07-01', boosterOn: '2021-12-01' });
    expect(stageReachedBy(null, stateOf([{ doseNumber: 1, kind: 'primary', givenOn: '2021-06-01', primaryDoses: 2 }]))).toBe('dose1');
  });
});
