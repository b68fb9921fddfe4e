/**
 * A suggested vaccine transfer plan: surplus stock moves to units short of doses, each dose to
 * a need its product can serve. A unit's own lots first serve its own needs (lots expiring
 * first; the needs fewest products can serve first), so its surplus is the lots it does not
 * need itself and its shortage the needs left unserved. Then surplus lots move to shortages
 * their product can serve: lots that expire first move first, from the nearest units first
 * (same district, then same province, then across provinces). No unit is sent below its own
 * need and expired lots never move.
 */

export interface PlanLot {
  lotId: number;
  productId: number;
  /** last day the lot may be used */
  expiryDate: string;
  balance: number;
}

export interface PlanNeed {
  doses: number;
  /** the products that can serve it */
  products: number[];
}

export interface PlanUnit<N extends PlanNeed = PlanNeed> {
  id: number;
  districtId: number | null;
  provinceId: number | null;
  /** doses this unit still needs for its own targets, by purpose */
  needs: N[];
  lots: PlanLot[];
}

export interface PlannedTransfer<N extends PlanNeed = PlanNeed> {
  fromUnit: number;
  toUnit: number;
  lotId: number;
  quantity: number;
  /** the receiving unit's need it serves */
  need: N;
}

export interface Shortage<N extends PlanNeed = PlanNeed> {
  need: N;
  doses: number;
}

/** 0 same district, 1 same province, 2 other province: nearer classes are served first. */
export type DistanceClass = 0 | 1 | 2;

export function distanceClass(a: Pick<PlanUnit, 'districtId' | 'provinceId'>, b: Pick<PlanUnit, 'districtId' | 'provinceId'>): DistanceClass {
  if (a.districtId !== null && a.districtId === b.districtId) return 0;
  if (a.provinceId !== null && a.provinceId === b.provinceId) return 1;
  return 2;
}

const byExpiry = (a: PlanLot, b: PlanLot) => a.expiryDate.localeCompare(b.expiryDate) || a.lotId - b.lotId;
/** Needs fewer products can serve are served first: the others have more ways to be filled. */
const fewestProductsFirst = <N extends PlanNeed>(needs: N[]): N[] =>
  needs.map((need, i) => ({ need, i })).sort((a, b) => a.need.products.length - b.need.products.length || a.i - b.i).map((x) => x.need);

/** A unit's own lots against its own needs: what is left of each lot (its surplus) and of each need (its shortage). */
export function ownAllocation<N extends PlanNeed>(u: Pick<PlanUnit<N>, 'needs' | 'lots'>, today: string): { surplus: PlanLot[]; shortages: Shortage<N>[] } {
  const lots = u.lots.filter((l) => l.expiryDate >= today && l.balance > 0).map((l) => ({ ...l })).sort(byExpiry);
  const shortages: Shortage<N>[] = [];
  for (const need of fewestProductsFirst(u.needs)) {
    let doses = need.doses;
    for (const lot of lots) {
      if (doses <= 0) break;
      if (!need.products.includes(lot.productId)) continue;
      const q = Math.min(doses, lot.balance);
      lot.balance -= q;
      doses -= q;
    }
    if (doses > 0) shortages.push({ need, doses });
  }
  return { surplus: lots.filter((l) => l.balance > 0), shortages };
}

export function planTransfers<N extends PlanNeed>(units: PlanUnit<N>[], today: string): { moves: PlannedTransfer<N>[]; unserved: (Shortage<N> & { unitId: number })[] } {
  const own = new Map(units.map((u) => [u.id, ownAllocation(u, today)]));
  const total = (u: PlanUnit<N>) => own.get(u.id)!.shortages.reduce((s, x) => s + x.doses, 0);
  const receivers = units.filter((u) => total(u) > 0).sort((a, b) => total(b) - total(a) || a.id - b.id);
  const donors = units.filter((u) => own.get(u.id)!.surplus.length > 0);
  const moves: PlannedTransfer<N>[] = [];

  for (const d of [0, 1, 2] as const) {
    for (const to of receivers) {
      const nearby = donors.filter((from) => from.id !== to.id && distanceClass(from, to) === d);
      for (const short of own.get(to.id)!.shortages) {
        // the nearby surplus lots of a product this need can use, expiring first
        const offers = nearby
          .flatMap((from) => own.get(from.id)!.surplus.map((lot) => ({ from, lot })))
          .filter(({ lot }) => lot.balance > 0 && short.need.products.includes(lot.productId))
          .sort((a, b) => a.lot.expiryDate.localeCompare(b.lot.expiryDate) || a.from.id - b.from.id || a.lot.lotId - b.lot.lotId);
        for (const { from, lot } of offers) {
          if (short.doses <= 0) break;
          const q = Math.min(short.doses, lot.balance);
          short.doses -= q;
          lot.balance -= q;
          // (each donor's lot is offered once per need and distance class: one move each)
          moves.push({ fromUnit: from.id, toUnit: to.id, lotId: lot.lotId, quantity: q, need: short.need });
        }
      }
    }
  }
  const unserved = units.flatMap((u) => own.get(u.id)!.shortages.filter((s) => s.doses > 0).map((s) => ({ unitId: u.id, ...s })));
  return { moves, unserved };
}
