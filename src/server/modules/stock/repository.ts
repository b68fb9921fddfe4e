import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';

export interface LotRow {
  id: number;
  code: string;
  productId: number;
  productCode: string;
  productName: string;
  expiryDate: string;
}

const lotColumns = `l.id, l.lot_code as code, l.product_id as "productId", p.code as "productCode", p.name as "productName",
  to_char(l.expiry_date, 'YYYY-MM-DD') as "expiryDate"`;

/** The lot, locked: movements of one lot are serialised so a balance check holds until commit. */
export async function lockLot(db: Queryable, id: number): Promise<LotRow | undefined> {
  const rows = await db.query<LotRow>({
    text: `select ${lotColumns} from vaccine_lot l join vaccine_product p on p.id = l.product_id where l.id = $1 for update of l`,
    values: [id],
  });
  return rows[0];
}

export async function findLotByCode(db: Queryable, productId: number, code: string): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`select id from vaccine_lot where product_id = ${productId} and lot_code = ${code}`);
  return rows[0]?.id;
}

export async function productExists(db: Queryable, id: number): Promise<boolean> {
  return (await db.query(sql`select 1 from vaccine_product where id = ${id}`)).length > 0;
}

export async function insertLot(db: Queryable, productId: number, code: string, expiryDate: string): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into vaccine_lot (product_id, lot_code, expiry_date) values (${productId}, ${code}, ${expiryDate})
    on conflict (product_id, lot_code) do update set lot_code = excluded.lot_code returning id`);
  return rows[0]!.id;
}

export interface BalanceRow {
  unitId: number;
  unitName: string;
  unitPath: string;
  lot: LotRow;
  received: number;
  transferIn: number;
  transferOut: number;
  wasted: number;
  adjust: number;
  given: number;
  balance: number;
}

/** Stock by unit and lot in a subtree (or one unit, or one unit and lot): the ledger plus doses given from the register. */
export async function balances(db: Queryable, f: { path?: string; unitId?: number; lotId?: number }): Promise<BalanceRow[]> {
  const rows = await db.query<Omit<BalanceRow, 'lot'> & LotRow & { lotId: number }>({
    text: `with scope as (
        select id, name, path from org_unit o
        where ($1::text is null or (o.path ~>=~ $1 and o.path ~<~ subtree_end($1))) and ($2::int is null or o.id = $2)),
      m as (
        select sm.unit_id, sm.lot_id,
          coalesce(sum(quantity) filter (where kind = 'received'), 0) as received,
          coalesce(sum(quantity) filter (where kind = 'transfer_in'), 0) as transfer_in,
          coalesce(-sum(quantity) filter (where kind = 'transfer_out'), 0) as transfer_out,
          coalesce(-sum(quantity) filter (where kind = 'wasted'), 0) as wasted,
          coalesce(sum(quantity) filter (where kind = 'adjust'), 0) as adjust
        from stock_movement sm join scope s on s.id = sm.unit_id
        where ($3::int is null or sm.lot_id = $3) group by sm.unit_id, sm.lot_id),
      g as (
        select d.unit_id, d.lot_id, count(*) as given
        from vaccine_dose d join scope s on s.id = d.unit_id
        where d.lot_id is not null and ($3::int is null or d.lot_id = $3) group by d.unit_id, d.lot_id)
      select s.id as "unitId", s.name as "unitName", s.path as "unitPath", ${lotColumns}, l.id as "lotId",
        coalesce(m.received, 0)::int as received, coalesce(m.transfer_in, 0)::int as "transferIn",
        coalesce(m.transfer_out, 0)::int as "transferOut", coalesce(m.wasted, 0)::int as wasted,
        coalesce(m.adjust, 0)::int as adjust, coalesce(g.given, 0)::int as given,
        (coalesce(m.received, 0) + coalesce(m.transfer_in, 0) - coalesce(m.transfer_out, 0) - coalesce(m.wasted, 0)
          + coalesce(m.adjust, 0) - coalesce(g.given, 0))::int as balance
      from m full join g on g.unit_id = m.unit_id and g.lot_id = m.lot_id
      join scope s on s.id = coalesce(m.unit_id, g.unit_id)
      join vaccine_lot l on l.id = coalesce(m.lot_id, g.lot_id)
      join vaccine_product p on p.id = l.product_id
      order by s.path, l.expiry_date, l.id`,
    values: [f.path ?? null, f.unitId ?? null, f.lotId ?? null],
  });
  return rows.map(({ id, code, productId, productCode, productName, expiryDate, ...r }) => ({
    ...r,
    lot: { id, code, productId, productCode, productName, expiryDate },
  }));
}

export async function balanceOf(db: Queryable, unitId: number, lotId: number): Promise<number> {
  return (await balances(db, { unitId, lotId }))[0]?.balance ?? 0;
}

export interface MovementInsert {
  clientId: string | null;
  unitId: number;
  lotId: number;
  kind: 'received' | 'wasted' | 'adjust' | 'transfer_in' | 'transfer_out';
  quantity: number;
  at: Date;
  transferId: number | null;
  note: string | null;
  userId: number;
}

export async function insertMovement(db: Queryable, m: MovementInsert): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into stock_movement (client_id, unit_id, lot_id, kind, quantity, at, transfer_id, note, created_by)
    values (${m.clientId}, ${m.unitId}, ${m.lotId}, ${m.kind}, ${m.quantity}, ${m.at}, ${m.transferId}, ${m.note}, ${m.userId})
    returning id`);
  return Number(rows[0]!.id);
}

export interface MovementRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  lotId: number;
  kind: string;
  quantity: number;
  at: Date;
  note: string | null;
}

export async function findMovement(db: Queryable, f: { id?: number; clientId?: string }): Promise<MovementRow | undefined> {
  const rows = await db.query<MovementRow>({
    text: `select m.id, m.unit_id as "unitId", o.name as "unitName", o.path as "unitPath", m.lot_id as "lotId", m.kind,
        m.quantity, m.at, m.note
      from stock_movement m join org_unit o on o.id = m.unit_id
      where ($1::bigint is null or m.id = $1) and ($2::uuid is null or m.client_id = $2)`,
    values: [f.id ?? null, f.clientId ?? null],
  });
  return rows.map((r) => ({ ...r, id: Number(r.id) }))[0];
}

export async function findLot(db: Queryable, id: number): Promise<LotRow | undefined> {
  const rows = await db.query<LotRow>({ text: `select ${lotColumns} from vaccine_lot l join vaccine_product p on p.id = l.product_id where l.id = $1`, values: [id] });
  return rows[0];
}
