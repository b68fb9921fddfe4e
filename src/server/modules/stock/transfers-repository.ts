import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { AgeGroup, Stage } from '../../../domain/age-groups.ts';
import type { PlannedTransfer } from '../../../domain/transfer-plan.ts';
import type { Need } from '../../../domain/vaccine-needs.ts';
import type { Plan } from './schema.ts';

export interface TransferRow {
  id: number;
  planId: number | null;
  planStatus: string | null;
  planProvincePath: string | null;
  fromUnit: number;
  fromName: string;
  fromPath: string;
  toUnit: number;
  toName: string;
  toPath: string;
  lotId: number;
  quantity: number;
  /** the receiving unit's need a suggested transfer serves */
  needAgeGroup: AgeGroup | null;
  needStage: Stage | null;
  status: 'planned' | 'sent' | 'received' | 'cancelled';
  sentAt: Date | null;
  receivedAt: Date | null;
}

const transferSelect = `select t.id, t.plan_id as "planId", tp.status as "planStatus", pu.path as "planProvincePath",
    t.from_unit as "fromUnit", f.name as "fromName", f.path as "fromPath",
    t.to_unit as "toUnit", o.name as "toName", o.path as "toPath",
    t.lot_id as "lotId", t.quantity, t.need_age_group as "needAgeGroup", t.need_stage as "needStage",
    t.status, t.sent_at as "sentAt", t.received_at as "receivedAt"
  from stock_transfer t
  join org_unit f on f.id = t.from_unit
  join org_unit o on o.id = t.to_unit
  left join transfer_plan tp on tp.id = t.plan_id
  left join org_unit pu on pu.id = tp.province_id`;

const normalise = (rows: TransferRow[]) => rows.map((r) => ({ ...r, id: Number(r.id) }));

export async function findTransfer(db: Queryable, id: number, lock = false): Promise<TransferRow | undefined> {
  const rows = await db.query<TransferRow>({ text: `${transferSelect} where t.id = $1 ${lock ? 'for update of t' : ''}`, values: [id] });
  return normalise(rows)[0];
}

export async function planTransfers(db: Queryable, planId: number): Promise<TransferRow[]> {
  return normalise(await db.query<TransferRow>({ text: `${transferSelect} where t.plan_id = $1 order by t.id`, values: [planId] }));
}

/** Transfers with either end in the subtree. */
export async function transfersTouching(db: Queryable, path: string): Promise<TransferRow[]> {
  return normalise(await db.query<TransferRow>({
    text: `${transferSelect}
      where ((f.path ~>=~ $1 and f.path ~<~ subtree_end($1)) or (o.path ~>=~ $1 and o.path ~<~ subtree_end($1)))
        and t.status <> 'cancelled' and (tp.status is null or tp.status = 'accepted')
      order by t.id desc limit 500`,
    values: [path],
  }));
}

export async function insertTransfers(db: Queryable, planId: number, moves: PlannedTransfer<Need>[]): Promise<void> {
  for (const m of moves)
    await db.execute(sql`insert into stock_transfer (plan_id, from_unit, to_unit, lot_id, quantity, need_age_group, need_stage)
      values (${planId}, ${m.fromUnit}, ${m.toUnit}, ${m.lotId}, ${m.quantity}, ${m.need.ageGroup}, ${m.need.stage})`);
}

export async function setTransferQuantity(db: Queryable, id: number, quantity: number): Promise<void> {
  await db.execute(sql`update stock_transfer set quantity = ${quantity} where id = ${id}`);
}

export async function deleteTransfer(db: Queryable, id: number): Promise<void> {
  await db.execute(sql`delete from stock_transfer where id = ${id}`);
}

export async function markTransfer(db: Queryable, id: number, status: 'sent' | 'received', at: Date): Promise<void> {
  if (status === 'sent') await db.execute(sql`update stock_transfer set status = 'sent', sent_at = ${at} where id = ${id}`);
  else await db.execute(sql`update stock_transfer set status = 'received', received_at = ${at} where id = ${id}`);
}

export interface PlanRow {
  id: number;
  provinceId: number;
  provinceName: string;
  provincePath: string;
  status: 'draft' | 'accepted' | 'cancelled';
  createdAt: Date;
  acceptedAt: Date | null;
  unserved: Plan['unserved'];
}

const planSelect = `select tp.id, tp.province_id as "provinceId", o.name as "provinceName", o.path as "provincePath",
    tp.status, tp.created_at as "createdAt", tp.accepted_at as "acceptedAt", tp.unserved
  from transfer_plan tp join org_unit o on o.id = tp.province_id`;

export async function findPlan(db: Queryable, id: number, lock = false): Promise<PlanRow | undefined> {
  const rows = await db.query<PlanRow>({ text: `${planSelect} where tp.id = $1 ${lock ? 'for update of tp' : ''}`, values: [id] });
  return rows[0];
}

export async function plansIn(db: Queryable, path: string): Promise<PlanRow[]> {
  return db.query<PlanRow>({
    text: `${planSelect} where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) order by tp.id desc limit 100`,
    values: [path],
  });
}

export async function insertPlan(db: Queryable, provinceId: number, userId: number, unserved: Plan['unserved']): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into transfer_plan (province_id, created_by, unserved) values (${provinceId}, ${userId}, ${JSON.stringify(unserved)}::jsonb) returning id`);
  return rows[0]!.id;
}

export async function acceptPlan(db: Queryable, id: number, userId: number, at: Date): Promise<void> {
  await db.execute(sql`update transfer_plan set status = 'accepted', accepted_by = ${userId}, accepted_at = ${at} where id = ${id}`);
}

/** Transfers of accepted plans (or none) not yet received, with an end in the subtree: stock already promised or on its way. */
export async function inFlight(db: Queryable, path: string): Promise<Pick<TransferRow, 'fromUnit' | 'toUnit' | 'lotId' | 'quantity' | 'status'>[]> {
  return db.query(sql`
    select t.from_unit as "fromUnit", t.to_unit as "toUnit", t.lot_id as "lotId", t.quantity, t.status
    from stock_transfer t
    join org_unit f on f.id = t.from_unit
    join org_unit o on o.id = t.to_unit
    left join transfer_plan tp on tp.id = t.plan_id
    where t.status in ('planned', 'sent') and (tp.status is null or tp.status = 'accepted')
      and ((f.path ~>=~ ${path} and f.path ~<~ subtree_end(${path})) or (o.path ~>=~ ${path} and o.path ~<~ subtree_end(${path})))`);
}

/** Earlier drafts for the same area, replaced by a new suggestion. */
export async function cancelDrafts(db: Queryable, provinceId: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(sql`
    update transfer_plan set status = 'cancelled' where province_id = ${provinceId} and status = 'draft' returning id`);
  return rows.map((r) => r.id);
}
