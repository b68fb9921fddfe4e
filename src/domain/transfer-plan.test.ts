import { describe, expect, it } from 'vitest';
import { distanceClass, planTransfers, stockGap, type PlanUnit } from './transfer-plan.ts';

const today = '2021-12-10';
const unit = (id: number, districtId: number, provinceId: number, need: number, lots: [number, string, number][] = []): PlanUnit => ({
  id, districtId, provinceId, need, lots: lots.map(([lotId, expiryDate, balance]) => ({ lotId, expiryDate, balance })),
});
const stockAfter = (units: PlanUnit[], moves: ReturnType<typeof planTransfers>) =>
  new Map(units.map((u) => [u.id,
    u.lots.filter((l) => l.expiryDate >= today).reduce((s, l) => s + l.balance, 0)
    - moves.filter((m) => m.fromUnit === u.id).reduce((s, m) => s + m.quantity, 0)
    + moves.filter((m) => m.toUnit === u.id).reduce((s, m) => s + m.quantity, 0)]));

describe('transfer plan', () => {
  it('never sends a unit below its own need', () => {
    const units = [unit(1, 10, 100, 80, [[1, '2022-03-01', 100]]), unit(2, 10, 100, 500), unit(3, 10, 100, 40, [[2, '2022-03-01', 50]])];
    const moves = planTransfers(units, today);
    const after = stockAfter(units, moves);
    expect(after.get(1)).toBe(80);
    expect(after.get(3)).toBe(40);
    expect(after.get(2)).toBe(30);
    for (const u of units) if (stockGap(u, today) > 0) expect(after.get(u.id)).toBeGreaterThanOrEqual(u.need);
  });

  it('moves the lots expiring first', () => {
    const units = [unit(1, 10, 100, 0, [[1, '2022-06-01', 50], [2, '2021-12-20', 50]]), unit(2, 10, 100, 60)];
    expect(planTransfers(units, today)).toEqual([
      { fromUnit: 1, toUnit: 2, lotId: 2, quantity: 50 },
      { fromUnit: 1, toUnit: 2, lotId: 1, quantity: 10 },
    ]);
  });

  it('takes from the nearest units first, within the province before across', () => {
    const units = [
      unit(1, 20, 200, 0, [[1, '2022-01-01', 100]]), // other province
      unit(2, 11, 100, 0, [[2, '2022-01-01', 100]]), // same province, other district
      unit(3, 10, 100, 0, [[3, '2022-02-01', 30]]), // same district, later expiry
      unit(4, 10, 100, 150),
    ];
    const moves = planTransfers(units, today);
    expect(moves).toEqual([
      { fromUnit: 3, toUnit: 4, lotId: 3, quantity: 30 },
      { fromUnit: 2, toUnit: 4, lotId: 2, quantity: 100 },
      { fromUnit: 1, toUnit: 4, lotId: 1, quantity: 20 },
    ]);
  });

  it('never moves expired lots, nor counts them as stock', () => {
    const units = [unit(1, 10, 100, 0, [[1, '2021-12-09', 100], [2, '2021-12-10', 5]]), unit(2, 10, 100, 50)];
    expect(planTransfers(units, today)).toEqual([{ fromUnit: 1, toUnit: 2, lotId: 2, quantity: 5 }]);
    expect(stockGap(units[0]!, today)).toBe(5);
  });

  it('plans nothing when nobody is short', () => {
    expect(planTransfers([unit(1, 10, 100, 0, [[1, '2022-01-01', 10]]), unit(2, 10, 100, 0)], today)).toEqual([]);
  });

  it('classifies distance by district and province', () => {
    expect(distanceClass({ districtId: 1, provinceId: 9 }, { districtId: 1, provinceId: 9 })).toBe(0);
    expect(distanceClass({ districtId: 1, provinceId: 9 }, { districtId: 2, provinceId: 9 })).toBe(1);
    expect(distanceClass({ districtId: null, provinceId: 9 }, { districtId: null, provinceId: 8 })).toBe(2);
  });
});
