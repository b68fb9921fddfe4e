import { describe, expect, it } from 'vitest';
import { historyOf, stageReachedBy, stateOf, withDose, type DoseHistory, type StateDose } from './vaccination-state.ts';

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

describe('dose history', () => {
  const products = [{ code: 'PFIZER', primaryDoses: 2 }, { code: 'ABDALA', primaryDoses: 3 }, { code: 'AZ', primaryDoses: 2 }];
  /** A pseudo-random sequence of doses: kinds and products mixed, dates rising. */
  function doses(seed: number, n: number): (StateDose & { productCode: string })[] {
    let x = seed;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
    return Array.from({ length: n }, (_, i) => {
      const p = products[next() % products.length]!;
      const kind = (['primary', 'primary', 'booster', 'additional'] as const)[next() % 4]!;
      return { doseNumber: i + 1, kind, givenOn: `2021-${String(i + 1).padStart(2, '0')}-01`, primaryDoses: p.primaryDoses, productCode: p.code };
    });
  }
  it('adding doses one at a time gives the same history as reading them all', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const all = doses(seed, 1 + (seed % 6));
      const folded = all.reduce<DoseHistory | null>((h, d) => withDose(h, d), null);
      expect(folded, `seed ${seed}`).toEqual(historyOf(all));
    }
  });
  it('keeps the last dose for the next one\'s checks', () => {
    const h = historyOf([
      { doseNumber: 2, kind: 'primary', givenOn: '2021-07-01', primaryDoses: 2, productCode: 'PFIZER' },
      { doseNumber: 1, kind: 'primary', givenOn: '2021-06-01', primaryDoses: 2, productCode: 'AZ' },
    ]);
    expect(h).toEqual({ doses: 2, firstDoseOn: '2021-06-01', primaryDoneOn: '2021-07-01', boosterOn: null, last: { doseNumber: 2, productCode: 'PFIZER', givenOn: '2021-07-01' } });
    expect(historyOf([])).toEqual({ doses: 0, firstDoseOn: null, primaryDoneOn: null, boosterOn: null, last: null });
  });
});
