import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { ScheduleInterval, ScheduleProduct } from '../../../domain/vaccine-schedule.ts';

export interface ProductRow extends ScheduleProduct {
  name: string;
  manufacturer: string | null;
}

const productColumns = `id, code, name, manufacturer, primary_doses as "primaryDoses", min_age as "minAge", max_age as "maxAge",
  valid_from as "validFrom", valid_to as "validTo"`;
const intervalColumns = `id, product_id as "productId", dose_number as "doseNumber", kind, min_days as "minDays", max_days as "maxDays",
  previous_products as "previousProducts", valid_from as "validFrom", valid_to as "validTo"`;

export interface IntervalRow extends ScheduleInterval {
  id: number;
}

export const listProducts = (db: Queryable) => db.query<ProductRow>({ text: `select ${productColumns} from vaccine_product order by code`, values: [] });

export async function findProduct(db: Queryable, id: number): Promise<ProductRow | undefined> {
  return (await db.query<ProductRow>({ text: `select ${productColumns} from vaccine_product where id = $1`, values: [id] }))[0];
}

export async function findProductByCode(db: Queryable, code: string): Promise<ProductRow | undefined> {
  return (await db.query<ProductRow>({ text: `select ${productColumns} from vaccine_product where code = $1`, values: [code] }))[0];
}

export const listIntervals = (db: Queryable, productId?: number) =>
  db.query<IntervalRow>({
    text: `select ${intervalColumns} from vaccine_interval where $1::int is null or product_id = $1 order by product_id, dose_number, valid_from`,
    values: [productId ?? null],
  });

export interface LotRow {
  id: number;
  productId: number;
  lotCode: string;
  expiryDate: string;
}
const lotColumns = `id, product_id as "productId", lot_code as "lotCode", expiry_date as "expiryDate"`;

export async function findLot(db: Queryable, id: number): Promise<LotRow | undefined> {
  return (await db.query<LotRow>({ text: `select ${lotColumns} from vaccine_lot where id = $1`, values: [id] }))[0];
}

/** The lot of a product by its code, created when new (a retry finds the one made before). */
export async function lotByCode(db: Queryable, productId: number, lotCode: string, expiryDate: string): Promise<LotRow> {
  await db.execute(sql`insert into vaccine_lot (product_id, lot_code, expiry_date) values (${productId}, ${lotCode}, ${expiryDate})
    on conflict (product_id, lot_code) do nothing`);
  return (await findLotByCode(db, productId, lotCode))!;
}

export async function findLotByCode(db: Queryable, productId: number, lotCode: string): Promise<LotRow | undefined> {
  return (await db.query<LotRow>({ text: `select ${lotColumns} from vaccine_lot where product_id = $1 and lot_code = $2`, values: [productId, lotCode] }))[0];
}

export const listLots = (db: Queryable, productId?: number) =>
  db.query<LotRow>({ text: `select ${lotColumns} from vaccine_lot where $1::int is null or product_id = $1 order by expiry_date, lot_code`, values: [productId ?? null] });

export interface DoseRow {
  id: number;
  personId: number;
  productId: number;
  productCode: string;
  productName: string;
  primaryDoses: number;
  lotId: number | null;
  lotCode: string | null;
  expiryDate: string | null;
  doseNumber: number;
  kind: 'primary' | 'additional' | 'booster';
  givenOn: string;
  site: string | null;
  unitId: number;
  unitName: string;
  enteredAt: Date;
  /** whole days between the dose and its entry (Vietnam calendar) */
  entryDelayDays: number;
}

/** Days between a dose and its entry, by the Vietnam calendar (UTC+7, no time-zone data needed). */
export const ENTRY_DELAY = `(((d.entered_at at time zone 'UTC') + interval '7 hours')::date - d.given_on)`;

export const doseColumns = `d.id, d.person_id as "personId", d.product_id as "productId", vp.code as "productCode", vp.name as "productName",
  vp.primary_doses as "primaryDoses", d.lot_id as "lotId", l.lot_code as "lotCode", l.expiry_date as "expiryDate",
  d.dose_number as "doseNumber", d.kind, d.given_on as "givenOn", d.site, d.unit_id as "unitId", o.name as "unitName",
  d.entered_at as "enteredAt", ${ENTRY_DELAY} as "entryDelayDays"`;
export const doseFrom = `vaccine_dose d join vaccine_product vp on vp.id = d.product_id join org_unit o on o.id = d.unit_id
  left join vaccine_lot l on l.id = d.lot_id`;

export const dosesOfPerson = (db: Queryable, personId: number) =>
  db.query<DoseRow>({ text: `select ${doseColumns} from ${doseFrom} where d.person_id = $1 order by d.dose_number`, values: [personId] });

export async function findDose(db: Queryable, id: number): Promise<DoseRow | undefined> {
  return (await db.query<DoseRow>({ text: `select ${doseColumns} from ${doseFrom} where d.id = $1`, values: [id] }))[0];
}

export async function doseIdByClientId(db: Queryable, clientId: string): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`select id from vaccine_dose where client_id = ${clientId}`);
  return rows[0] ? Number(rows[0].id) : undefined;
}
