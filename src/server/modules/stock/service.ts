import { addDays } from '../../../domain/dates.ts';
import { ownAllocation, type PlanLot } from '../../../domain/transfer-plan.ts';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { unitNeeds } from '../campaigns/needs.ts';
import { childUnits, toRef } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { smsg } from './messages.ts';
import { iso, presentLot, presentShortage, surplusByProduct } from './present.ts';
import * as repo from './repository.ts';
import type { Balance, Gap, Movement, NewMovement, StockReply } from './schema.ts';

/** Lots expiring within this many days are flagged. */
export const EXPIRY_ALERT_DAYS = 30;

const invalid = (field: string, message: string) => new AppError('validation', message, [{ field, message }]);

export const expiryState = (expiryDate: string, today: string): Balance['expiry'] =>
  expiryDate < today ? 'expired' : expiryDate <= addDays(today, EXPIRY_ALERT_DAYS) ? 'soon' : 'ok';

const presentBalance = (b: repo.BalanceRow, today: string): Balance => ({
  unit: { id: b.unitId, name: b.unitName },
  lot: presentLot(b.lot),
  received: b.received,
  transferIn: b.transferIn,
  transferOut: b.transferOut,
  wasted: b.wasted,
  adjust: b.adjust,
  given: b.given,
  balance: b.balance,
  expiry: expiryState(b.lot.expiryDate, today),
});

async function presentMovement(db: Queryable, m: repo.MovementRow): Promise<Movement> {
  const lot = (await repo.findLot(db, m.lotId))!;
  return { id: m.id, unit: { id: m.unitId, name: m.unitName }, lot: presentLot(lot), kind: m.kind, quantity: m.quantity, at: iso(m.at)!, note: m.note };
}

/** The lot a movement names: by id, or by product and code (created on first receipt). */
async function resolveLot(tx: Queryable, input: NewMovement, lang: Lang): Promise<repo.LotRow> {
  if (input.lotId !== undefined) {
    const lot = await repo.lockLot(tx, input.lotId);
    if (!lot) throw invalid('lotId', msg('notFound', lang));
    return lot;
  }
  if (!input.lot) throw invalid('lotId', smsg('lotRequired', lang));
  const { productId, lotCode, expiryDate } = input.lot;
  if (!(await repo.productExists(tx, productId))) throw invalid('lot.productId', msg('notFound', lang));
  const code = lotCode.trim();
  const id = (await repo.findLotByCode(tx, productId, code)) ?? (await repo.insertLot(tx, productId, code, expiryDate));
  const lot = (await repo.lockLot(tx, id))!;
  if (lot.expiryDate !== expiryDate) throw invalid('lot.expiryDate', smsg('lotExpiryDiffers', lang, { lot: code, expiry: lot.expiryDate }));
  return lot;
}

/** Signed ledger quantity: received in, wasted out, an adjustment as given. */
function signedQuantity(input: NewMovement, lang: Lang): number {
  if (input.kind === 'adjust') {
    if (input.quantity === 0) throw invalid('quantity', smsg('adjustNonZero', lang));
    return input.quantity;
  }
  if (input.quantity <= 0) throw invalid('quantity', smsg('positive', lang));
  return input.kind === 'wasted' ? -input.quantity : input.quantity;
}

export async function recordMovement(tx: Queryable, actor: Actor, input: NewMovement, lang: Lang, now: Date): Promise<Movement> {
  if (input.clientId) {
    const retried = await repo.findMovement(tx, { clientId: input.clientId });
    if (retried) {
      if (!inScope(actor, { path: retried.unitPath })) throw new AppError('not_found', msg('notFound', lang));
      return presentMovement(tx, retried);
    }
  }
  await requireUnitInScope(tx, actor, input.unitId, lang);
  const quantity = signedQuantity(input, lang);
  const lot = await resolveLot(tx, input, lang);
  if (quantity < 0) {
    const balance = await repo.balanceOf(tx, input.unitId, lot.id);
    if (input.kind === 'wasted' && -quantity > balance) throw invalid('quantity', smsg('overBalance', lang, { quantity: -quantity, balance }));
    if (input.kind === 'adjust' && balance + quantity < 0) throw invalid('quantity', smsg('belowZero', lang, { balance: balance + quantity }));
  }
  const row: repo.MovementInsert = {
    clientId: input.clientId ?? null,
    unitId: input.unitId,
    lotId: lot.id,
    kind: input.kind,
    quantity,
    at: input.at ? new Date(input.at) : now,
    transferId: null,
    note: input.note?.trim() || null,
    userId: actor.id,
  };
  const id = await repo.insertMovement(tx, row);
  await writeAudit(tx, {
    userId: actor.id, unitId: input.unitId, action: input.kind === 'adjust' ? 'adjust' : 'create', entity: 'stock_movement', entityId: String(id),
    before: null, after: { ...row, lotCode: lot.code },
  });
  return presentMovement(tx, (await repo.findMovement(tx, { id }))!);
}

/** The usable lots of a subtree as one store: each lot's balance summed over its units. */
function pooledLots(rows: repo.BalanceRow[], today: string): PlanLot[] {
  const lots = new Map<number, PlanLot>();
  for (const b of rows) {
    if (b.lot.expiryDate < today || b.balance <= 0) continue;
    const lot = lots.get(b.lot.id) ?? { lotId: b.lot.id, productId: b.lot.productId, expiryDate: b.lot.expiryDate, balance: 0 };
    lot.balance += b.balance;
    lots.set(b.lot.id, lot);
  }
  return [...lots.values()];
}

/**
 * Balances by unit and lot in the unit's subtree, expiry alerts, and the surplus and shortage of
 * the unit and each child: its stock (pooled over its subtree) serving its own needs as the
 * transfer plan does, each product only the needs it can serve.
 */
export async function stockOverview(db: Queryable, actor: Actor, unitId: number | undefined, lang: Lang, today: string): Promise<StockReply> {
  const unit = await requireUnitInScope(db, actor, unitId ?? actor.unit.id, lang);
  const rows = await repo.balances(db, { path: unit.path });
  const balances = rows.map((b) => presentBalance(b, today));
  const parts = [unit, ...(await childUnits(db, unit.id, today))];
  const { needs, products } = await unitNeeds(db, parts, today);
  const gaps: Gap[] = parts.map((p) => {
    const lots = pooledLots(rows.filter((b) => b.unitPath.startsWith(p.path)), today);
    const mine = needs.get(p.id) ?? [];
    const { surplus, shortages } = ownAllocation({ needs: mine, lots }, today);
    const sum = (xs: { doses: number }[]) => xs.reduce((s, x) => s + x.doses, 0);
    return {
      unit: { id: p.id, name: p.name },
      usable: lots.reduce((s, l) => s + l.balance, 0),
      need: sum(mine),
      surplus: surplus.reduce((s, l) => s + l.balance, 0),
      shortage: sum(shortages),
      surpluses: surplusByProduct(surplus, products),
      shortages: shortages.map((x) => presentShortage(x, products)),
    };
  });
  return {
    unit: toRef(unit),
    balances,
    alerts: balances.filter((b) => b.balance > 0 && b.expiry !== 'ok'),
    gaps,
  };
}
