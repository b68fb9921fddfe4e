import type { Need } from '../../../domain/vaccine-needs.ts';
import type { PlanLot, Shortage as PlanShortage } from '../../../domain/transfer-plan.ts';
import type { LotRow } from './repository.ts';
import type { Gap, Lot, Product, Shortage } from './schema.ts';

export const presentLot = (l: LotRow): Lot => ({
  id: l.id,
  code: l.code,
  product: { id: l.productId, code: l.productCode, name: l.productName },
  expiryDate: l.expiryDate,
});

export const iso = (d: Date | null): string | null => (d === null ? null : new Date(d).toISOString());

const productRef = (products: Map<number, Product>, id: number): Product => {
  const p = products.get(id)!;
  return { id: p.id, code: p.code, name: p.name };
};

export const presentShortage = (s: PlanShortage<Need>, products: Map<number, Product>): Shortage => ({
  ageGroup: s.need.ageGroup,
  stage: s.need.stage,
  after: s.need.after === null ? null : productRef(products, s.need.after),
  doses: s.doses,
  products: s.need.products.map((id) => productRef(products, id)),
});

/** Surplus lots summed by product. */
export function surplusByProduct(lots: PlanLot[], products: Map<number, Product>): Gap['surpluses'] {
  const doses = new Map<number, number>();
  for (const l of lots) doses.set(l.productId, (doses.get(l.productId) ?? 0) + l.balance);
  return [...doses].map(([id, n]) => ({ product: productRef(products, id), doses: n }));
}
