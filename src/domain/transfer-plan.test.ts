import { describe, expect, it } from 'vitest';
import { distanceClass, ownAllocation, planTransfers, type PlanLot, type PlanNeed, type PlanUnit } from './transfer-plan.ts';

const today = '2021-12-10';
const [PFIZER, MODERNA, VERO] = [1, 2, 3];
const ANY = [PFIZER, MODERNA, VERO];
const TEEN = [PFIZER, MODERNA];

type Need = PlanNeed & { name: string };
const need = (name: string, doses: number, products = ANY): Need => ({ name, doses, products });
/** lots as [lotId, product, expiry, balance] */
const unit = (id: number, districtId: number, provinceId: number, needs: Need[], lots: [number, number, string, number][] = []): PlanUnit<Need> => ({
  id, districtId, provinceId, needs, lots: lots.map(([lotId, productId, expiryDate, balance]) => ({ lotId, productId, expiryDate, balance })),
});
const plan = (units: PlanUnit<Need>[]) => planTransfers(units, today);
const brief = (units: PlanUnit<Need>[]) => plan(units).moves.map((m) => [m.fromUnit, m.toUnit, m.lotId, m.quantity, m.need.name]);

/** Each unit's doses it can use for each of its needs after the moves: its own lots and what it receives, allocated as the planner does. */
function servedAfter(units: PlanUnit<Need>[]) {
  const { moves } = plan(units);
  const lotsOf = new Map<number, PlanLot>(units.flatMap((u) => u.lots.map((l): [number, PlanLot] => [l.lotId, l])));
  return new Map(units.map((u) => {
    const lots = u.lots.map((l) => ({ ...l, balance: l.balance - moves.filter((m) => m.fromUnit === u.id && m.lotId === l.lotId).reduce((s, m) => s + m.quantity, 0) }));
    for (const m of moves.filter((x) => x.toUnit === u.id)) lots.push({ ...lotsOf.get(m.lotId)!, balance: m.quantity });
    const short = ownAllocation({ needs: u.needs, lots }, today).shortages;
    return [u.id, short.reduce((s, x) => s + x.doses, 0)];
  }));
}

describe('transfer plan', () => {
  it('sends a product only to needs it can serve', () => {
    // a Vero Cell surplus next door does not go to a 12–17 shortage; Pfizer further away does
    const units = [
      unit(1, 10, 100, [], [[1, VERO, '2021-12-20', 500]]),
      unit(2, 11, 100, [], [[2, PFIZER, '2022-03-01', 500]]),
      unit(3, 10, 100, [need('12-17', 300, TEEN), need('18+', 100)]),
    ];
    expect(brief(units)).toEqual([
      [1, 3, 1, 100, '18+'],
      [2, 3, 2, 300, '12-17'],
    ]);
  });

  it('leaves a need no product in stock can serve unserved', () => {
    const units = [unit(1, 10, 100, [], [[1, VERO, '2022-01-01', 500]]), unit(2, 10, 100, [need('5-11', 80, [PFIZER])])];
    const { moves, unserved } = plan(units);
    expect(moves).toEqual([]);
    expect(unserved).toEqual([{ unitId: 2, need: units[1]!.needs[0], doses: 80 }]);
  });

  it('counts a mixed unit short of one product while in surplus of another', () => {
    // plenty of Vero Cell but a 12–17 target: short, not in surplus, for its teenagers
    const mixed = unit(1, 10, 100, [need('12-17', 340, TEEN), need('18+', 200)], [[1, VERO, '2022-01-01', 1000]]);
    const { surplus, shortages } = ownAllocation(mixed, today);
    expect(surplus).toEqual([{ lotId: 1, productId: VERO, expiryDate: '2022-01-01', balance: 800 }]);
    expect(shortages).toEqual([{ need: mixed.needs[0], doses: 340 }]);
    // it sends its Vero Cell to an adult shortage and receives Pfizer for its teenagers
    const units = [mixed, unit(2, 10, 100, [need('18+', 300)]), unit(3, 10, 100, [], [[2, PFIZER, '2022-01-01', 400]])];
    expect(brief(units)).toEqual([
      [3, 1, 2, 340, '12-17'],
      [1, 2, 1, 300, '18+'],
    ]);
  });

  it('serves its own needs fewest products first, from the lots expiring first', () => {
    // Pfizer is the only lot the 5–11 need can use: the adults take the Vero Cell
    const u = unit(1, 10, 100, [need('18+', 100), need('5-11', 100, [PFIZER])], [[1, PFIZER, '2021-12-15', 100], [2, VERO, '2022-01-01', 100], [3, VERO, '2021-12-31', 100]]);
    expect(ownAllocation(u, today)).toEqual({ surplus: [{ lotId: 2, productId: VERO, expiryDate: '2022-01-01', balance: 100 }], shortages: [] });
  });

  it('never sends a unit below its own need', () => {
    const units = [
      unit(1, 10, 100, [need('18+', 80)], [[1, PFIZER, '2022-03-01', 100]]),
      unit(2, 10, 100, [need('18+', 500)]),
      unit(3, 10, 100, [need('12-17', 40, TEEN)], [[2, MODERNA, '2022-03-01', 50], [3, VERO, '2022-03-01', 70]]),
    ];
    expect(brief(units)).toEqual([
      [1, 2, 1, 20, '18+'],
      [3, 2, 2, 10, '18+'],
      [3, 2, 3, 70, '18+'],
    ]);
    const short = servedAfter(units);
    expect(short.get(1)).toBe(0);
    expect(short.get(3)).toBe(0);
    expect(short.get(2)).toBe(400);
  });

  it('moves the lots expiring first', () => {
    const units = [unit(1, 10, 100, [], [[1, PFIZER, '2022-06-01', 50], [2, PFIZER, '2021-12-20', 50]]), unit(2, 10, 100, [need('18+', 60)])];
    expect(brief(units)).toEqual([
      [1, 2, 2, 50, '18+'],
      [1, 2, 1, 10, '18+'],
    ]);
  });

  it('takes from the nearest units first, within the province before across', () => {
    const units = [
      unit(1, 20, 200, [], [[1, PFIZER, '2022-01-01', 100]]), // other province
      unit(2, 11, 100, [], [[2, PFIZER, '2022-01-01', 100]]), // same province, other district
      unit(3, 10, 100, [], [[3, PFIZER, '2022-02-01', 30]]), // same district, later expiry
      unit(4, 10, 100, [need('18+', 150)]),
    ];
    expect(brief(units)).toEqual([
      [3, 4, 3, 30, '18+'],
      [2, 4, 2, 100, '18+'],
      [1, 4, 1, 20, '18+'],
    ]);
  });

  it('never moves expired lots, nor counts them as stock', () => {
    const units = [unit(1, 10, 100, [], [[1, PFIZER, '2021-12-09', 100], [2, PFIZER, '2021-12-10', 5]]), unit(2, 10, 100, [need('18+', 50)])];
    expect(brief(units)).toEqual([[1, 2, 2, 5, '18+']]);
    expect(ownAllocation(unit(1, 10, 100, [need('18+', 10)], [[1, PFIZER, '2021-12-09', 100]]), today).shortages[0]!.doses).toBe(10);
  });

  it('plans nothing when nobody is short', () => {
    expect(plan([unit(1, 10, 100, [], [[1, PFIZER, '2022-01-01', 10]]), unit(2, 10, 100, [])])).toEqual({ moves: [], unserved: [] });
  });

  it('classifies distance by district and province', () => {
    expect(distanceClass({ districtId: 1, provinceId: 9 }, { districtId: 1, provinceId: 9 })).toBe(0);
    expect(distanceClass({ districtId: 1, provinceId: 9 }, { districtId: 2, provinceId: 9 })).toBe(1);
    expect(distanceClass({ districtId: null, provinceId: 9 }, { districtId: null, provinceId: 8 })).toBe(2);
  });
});
