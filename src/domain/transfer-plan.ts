/**
 * A suggested vaccine transfer plan: surplus stock moves to units short of doses. Lots that
 * expire first move first, from the nearest units first (same district, then same province,
 * then across provinces). No unit is sent below its own need and expired lots never move.
 */

export interface PlanLot {
  lotId: number;
  /** last day the lot may be used */
  expiryDate: string;
  balance: number;
}

export interface PlanUnit {
  id: number;
  districtId: number | null;
  provinceId: number | null;
  /** doses this unit still needs for its own targets */
  need: number;
  lots: PlanLot[];
}

export interface PlannedTransfer {
  fromUnit: number;
  toUnit: number;
  lotId: number;
  quantity: number;
}

/** 0 same district, 1 same province, 2 other province: nearer classes are served first. */
export type DistanceClass = 0 | 1 | 2;

export function distanceClass(a: Pick<PlanUnit, 'districtId' | 'provinceId'>, b: Pick<PlanUnit, 'districtId' | 'provinceId'>): DistanceClass {
  if (a.districtId !== null && a.districtId === b.districtId) return 0;
  if (a.provinceId !== null && a.provinceId === b.provinceId) return 1;
  return 2;
}

/** Doses a unit can use: the balance of its lots not expired on `today`. */
export const usableStock = (u: PlanUnit, today: string): number =>
  u.lots.filter((l) => l.expiryDate >= today).reduce((s, l) => s + Math.max(0, l.balance), 0);

/** Positive: surplus beyond its own need; negative: shortage. */
export const stockGap = (u: PlanUnit, today: string): number => usableStock(u, today) - u.need;

export function planTransfers(units: PlanUnit[], today: string): PlannedTransfer[] {
  const surplus = new Map<number, number>();
  const shortage = new Map<number, number>();
  for (const u of units) {
    const gap = stockGap(u, today);
    if (gap > 0) surplus.set(u.id, gap);
    else if (gap < 0) shortage.set(u.id, -gap);
  }
  // what is left of each donor's lots, usable ones only
  const left = new Map<string, number>();
  for (const u of units) for (const l of u.lots) if (l.expiryDate >= today && l.balance > 0) left.set(`${u.id}:${l.lotId}`, l.balance);

  const receivers = units.filter((u) => shortage.has(u.id)).sort((a, b) => shortage.get(b.id)! - shortage.get(a.id)! || a.id - b.id);
  const donors = units.filter((u) => surplus.has(u.id));
  const moves = new Map<string, PlannedTransfer>();

  for (const d of [0, 1, 2] as const) {
    for (const to of receivers) {
      // the nearby donors' lots, expiring first
      const offers = donors
        .filter((from) => distanceClass(from, to) === d)
        .flatMap((from) => from.lots.map((lot) => ({ from, lot })))
        .filter(({ from, lot }) => (left.get(`${from.id}:${lot.lotId}`) ?? 0) > 0)
        .sort((a, b) => a.lot.expiryDate.localeCompare(b.lot.expiryDate) || a.from.id - b.from.id || a.lot.lotId - b.lot.lotId);
      for (const { from, lot } of offers) {
        const wanted = shortage.get(to.id)!;
        if (wanted <= 0) break;
        const key = `${from.id}:${lot.lotId}`;
        const q = Math.min(wanted, surplus.get(from.id)!, left.get(key)!);
        if (q <= 0) continue;
        shortage.set(to.id, wanted - q);
        surplus.set(from.id, surplus.get(from.id)! - q);
        left.set(key, left.get(key)! - q);
        const moveKey = `${from.id}:${to.id}:${lot.lotId}`;
        const m = moves.get(moveKey);
        if (m) m.quantity += q;
        else moves.set(moveKey, { fromUnit: from.id, toUnit: to.id, lotId: lot.lotId, quantity: q });
      }
    }
  }
  return [...moves.values()];
}
