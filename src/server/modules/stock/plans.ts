/** Transfer plans: suggested by the pure planner, edited and accepted by a province officer; transfers sent and received. */
import { planTransfers, type PlanLot, type PlanUnit } from '../../../domain/transfer-plan.ts';
import type { Need } from '../../../domain/vaccine-needs.ts';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { unitNeeds } from '../campaigns/needs.ts';
import { unitsAtLevel } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { smsg } from './messages.ts';
import { iso, presentLot, presentShortage } from './present.ts';
import * as repo from './repository.ts';
import type { Plan, Product, Transfer } from './schema.ts';
import * as trepo from './transfers-repository.ts';

const COMMUNE = 3;
const PROVINCE = 1;
const notFound = (lang: Lang) => new AppError('not_found', msg('notFound', lang));
const forbidden = (lang: Lang) => new AppError('forbidden', msg('forbidden', lang));
const invalid = (field: string, message: string) => new AppError('validation', message, [{ field, message }]);

/** Province and district of a unit from its path (/nation/province/district/commune/). */
function placeOf(path: string): Pick<PlanUnit, 'provinceId' | 'districtId'> {
  const ids = path.split('/').filter(Boolean).map(Number);
  return { provinceId: ids[1] ?? null, districtId: ids[2] ?? null };
}

/** The step the actor may take on a transfer now (send from their side, receive on theirs), if any. */
function nextStep(actor: Actor, t: trepo.TransferRow): Transfer['nextStep'] {
  if (actor.role === 'viewer' || (t.planId !== null && t.planStatus !== 'accepted')) return null;
  if (t.status === 'planned' && inScope(actor, { path: t.fromPath })) return 'send';
  if (t.status === 'sent' && inScope(actor, { path: t.toPath })) return 'receive';
  return null;
}

async function presentTransfers(db: Queryable, actor: Actor, rows: trepo.TransferRow[]): Promise<Transfer[]> {
  const lots = new Map<number, repo.LotRow>();
  for (const id of new Set(rows.map((r) => r.lotId))) lots.set(id, (await repo.findLot(db, id))!);
  return rows.map((t) => ({
    id: t.id,
    planId: t.planId,
    planStatus: t.planStatus,
    from: { id: t.fromUnit, name: t.fromName },
    to: { id: t.toUnit, name: t.toName },
    lot: presentLot(lots.get(t.lotId)!),
    quantity: t.quantity,
    purpose: t.needAgeGroup && t.needStage ? { ageGroup: t.needAgeGroup, stage: t.needStage } : null,
    status: t.status,
    sentAt: iso(t.sentAt),
    receivedAt: iso(t.receivedAt),
    nextStep: nextStep(actor, t),
  }));
}

async function presentPlan(db: Queryable, actor: Actor, p: trepo.PlanRow): Promise<Plan> {
  return {
    id: p.id,
    province: { id: p.provinceId, name: p.provinceName },
    status: p.status,
    createdAt: iso(p.createdAt)!,
    acceptedAt: iso(p.acceptedAt),
    transfers: await presentTransfers(db, actor, await trepo.planTransfers(db, p.id)),
    unserved: p.unserved,
  };
}

/** Plans are made by officers and admins of a province or the nation. */
function assertPlanner(actor: Actor, lang: Lang): void {
  if (actor.unit.level > PROVINCE) throw forbidden(lang);
}

type PlaceUnit = PlanUnit<Need> & { name: string };

/**
 * The units a plan moves stock between: every commune of the area (its needs are its own
 * campaign needs) and every unit above holding stock (a store: no need of its own). Accepted
 * transfers not yet received count as done, so promised stock is not planned twice.
 */
async function planUnits(db: Queryable, path: string, today: string): Promise<{ units: PlaceUnit[]; products: Map<number, Product> }> {
  const [stock, communes, pending] = await Promise.all([repo.balances(db, { path }), unitsAtLevel(db, path, COMMUNE, today), trepo.inFlight(db, path)]);
  const { needs, products } = await unitNeeds(db, communes, today);
  const units = new Map<number, PlaceUnit>();
  const unitFor = (id: number, name: string, unitPath: string) => {
    if (!units.has(id)) units.set(id, { id, name, ...placeOf(unitPath), needs: needs.get(id) ?? [], lots: [] });
    return units.get(id)!;
  };
  const lotOf = (b: repo.BalanceRow): PlanLot => ({ lotId: b.lot.id, productId: b.lot.productId, expiryDate: b.lot.expiryDate, balance: b.balance });
  for (const c of communes) unitFor(c.id, c.name, c.path);
  for (const b of stock) unitFor(b.unitId, b.unitName, b.unitPath).lots.push(lotOf(b));
  const lots = new Map(stock.map((b) => [b.lot.id, b]));
  const shift = (unitId: number, lotId: number, quantity: number) => {
    const u = units.get(unitId);
    if (!u) return; // the other end is outside the area
    const lot = u.lots.find((l) => l.lotId === lotId);
    if (lot) lot.balance += quantity;
    else if (lots.has(lotId)) u.lots.push({ ...lotOf(lots.get(lotId)!), balance: quantity });
  };
  for (const t of pending) {
    if (t.status === 'planned') shift(t.fromUnit, t.lotId, -t.quantity);
    shift(t.toUnit, t.lotId, t.quantity);
  }
  return { units: [...units.values()], products };
}

export async function createPlan(tx: Queryable, actor: Actor, provinceId: number, lang: Lang, today: string): Promise<Plan> {
  assertPlanner(actor, lang);
  const area = await requireUnitInScope(tx, actor, provinceId, lang);
  if (area.level > PROVINCE) throw invalid('provinceId', smsg('notPlanUnit', lang));
  const { units, products } = await planUnits(tx, area.path, today);
  const { moves, unserved } = planTransfers(units, today);
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const short: Plan['unserved'] = unserved.map((s) => ({ unit: { id: s.unitId, name: nameOf.get(s.unitId)! }, ...presentShortage(s, products) }));
  const replaced = await trepo.cancelDrafts(tx, area.id);
  const id = await trepo.insertPlan(tx, area.id, actor.id, short);
  await trepo.insertTransfers(tx, id, moves);
  const moved = moves.map(({ need, ...m }) => ({ ...m, ageGroup: need.ageGroup, stage: need.stage }));
  await writeAudit(tx, { userId: actor.id, unitId: area.id, action: 'create', entity: 'transfer_plan', entityId: String(id), before: null, after: { provinceId, moves: moved, replaced } });
  return presentPlan(tx, actor, (await trepo.findPlan(tx, id))!);
}

async function requirePlan(db: Queryable, actor: Actor, id: number, lang: Lang, lock = false): Promise<trepo.PlanRow> {
  const plan = await trepo.findPlan(db, id, lock);
  if (!plan || !inScope(actor, { path: plan.provincePath })) throw notFound(lang);
  return plan;
}

export async function getPlan(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<Plan> {
  return presentPlan(db, actor, await requirePlan(db, actor, id, lang));
}

export async function listPlans(db: Queryable, actor: Actor, unitId: number | undefined, lang: Lang): Promise<Plan[]> {
  const unit = await requireUnitInScope(db, actor, unitId ?? actor.unit.id, lang);
  const plans = await trepo.plansIn(db, unit.path);
  return Promise.all(plans.map((p) => presentPlan(db, actor, p)));
}

export async function acceptPlan(tx: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<Plan> {
  assertPlanner(actor, lang);
  const plan = await requirePlan(tx, actor, id, lang, true);
  if (plan.status !== 'draft') throw new AppError('conflict', smsg('planNotDraft', lang));
  await trepo.acceptPlan(tx, id, actor.id, now);
  await writeAudit(tx, { userId: actor.id, unitId: plan.provinceId, action: 'change_status', entity: 'transfer_plan', entityId: String(id), before: { status: 'draft' }, after: { status: 'accepted' } });
  return presentPlan(tx, actor, (await trepo.findPlan(tx, id))!);
}

/** A planned transfer of a draft plan in scope, for the planner to edit. */
async function requireDraftTransfer(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<trepo.TransferRow> {
  assertPlanner(actor, lang);
  const t = await trepo.findTransfer(tx, id, true);
  if (!t || t.planProvincePath === null || !inScope(actor, { path: t.planProvincePath })) throw notFound(lang);
  if (t.planStatus !== 'draft') throw new AppError('conflict', smsg('planNotDraft', lang));
  return t;
}

export async function changeTransfer(tx: Queryable, actor: Actor, id: number, quantity: number, lang: Lang): Promise<Transfer> {
  const t = await requireDraftTransfer(tx, actor, id, lang);
  const balance = await repo.balanceOf(tx, t.fromUnit, t.lotId);
  if (quantity > balance) throw invalid('quantity', smsg('overBalance', lang, { quantity, balance }));
  await trepo.setTransferQuantity(tx, id, quantity);
  await writeAudit(tx, { userId: actor.id, unitId: t.fromUnit, action: 'update', entity: 'stock_transfer', entityId: String(id), before: { quantity: t.quantity }, after: { quantity } });
  return (await presentTransfers(tx, actor, [(await trepo.findTransfer(tx, id))!]))[0]!;
}

export async function removeTransfer(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<void> {
  const t = await requireDraftTransfer(tx, actor, id, lang);
  await trepo.deleteTransfer(tx, id);
  await writeAudit(tx, { userId: actor.id, unitId: t.fromUnit, action: 'delete', entity: 'stock_transfer', entityId: String(id), before: t, after: null });
}

export async function listTransfers(db: Queryable, actor: Actor, unitId: number | undefined, lang: Lang): Promise<Transfer[]> {
  const unit = await requireUnitInScope(db, actor, unitId ?? actor.unit.id, lang);
  return presentTransfers(db, actor, await trepo.transfersTouching(db, unit.path));
}

/**
 * Sending moves the stock out of the sending unit (transfer_out); receiving moves it into the
 * receiving unit (transfer_in). Each is done by a writer of that end; the other end sees the
 * transfer but may not act on it (403), anyone else does not see it (404).
 */
export async function moveTransfer(tx: Queryable, actor: Actor, id: number, step: 'send' | 'receive', lang: Lang, now: Date, today: string): Promise<Transfer> {
  const t = await trepo.findTransfer(tx, id, true);
  const fromMine = !!t && inScope(actor, { path: t.fromPath });
  const toMine = !!t && inScope(actor, { path: t.toPath });
  if (!t || (!fromMine && !toMine)) throw notFound(lang);
  if (!(step === 'send' ? fromMine : toMine)) throw forbidden(lang);
  if (t.planId !== null && t.planStatus !== 'accepted') throw new AppError('conflict', smsg('notAccepted', lang));
  const expected = step === 'send' ? 'planned' : 'sent';
  if (t.status !== expected) throw new AppError('conflict', smsg('wrongStatus', lang, { status: t.status }));
  const lot = (await repo.lockLot(tx, t.lotId))!;
  if (step === 'send') {
    if (lot.expiryDate < today) throw new AppError('conflict', smsg('expiredLot', lang, { lot: lot.code }));
    const balance = await repo.balanceOf(tx, t.fromUnit, t.lotId);
    if (t.quantity > balance) throw new AppError('conflict', smsg('overBalance', lang, { quantity: t.quantity, balance }));
  }
  const unitId = step === 'send' ? t.fromUnit : t.toUnit;
  const movement = await repo.insertMovement(tx, {
    clientId: null, unitId, lotId: t.lotId, kind: step === 'send' ? 'transfer_out' : 'transfer_in',
    quantity: step === 'send' ? -t.quantity : t.quantity, at: now, transferId: t.id, note: null, userId: actor.id,
  });
  const status = step === 'send' ? 'sent' : 'received';
  await trepo.markTransfer(tx, id, status, now);
  await writeAudit(tx, { userId: actor.id, unitId, action: 'change_status', entity: 'stock_transfer', entityId: String(id), before: { status: t.status }, after: { status, movement } });
  return (await presentTransfers(tx, actor, [(await trepo.findTransfer(tx, id))!]))[0]!;
}
