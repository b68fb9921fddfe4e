import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { requirePersonInScope } from '../people/scope.ts';
import { vmsg } from './messages.ts';
import * as repo from './repository.ts';
import type { NewInterval, NewProduct, ProductChange } from './schema.ts';

const invalid = (field: string, message: string) => new AppError('validation', message, [{ field, message }]);

export async function productsWithIntervals(db: Queryable) {
  const [products, intervals] = await Promise.all([repo.listProducts(db), repo.listIntervals(db)]);
  return products.map((p) => ({ ...p, intervals: intervals.filter((i) => i.productId === p.id) }));
}

async function productWithIntervals(db: Queryable, id: number) {
  const p = (await repo.findProduct(db, id))!;
  return { ...p, intervals: await repo.listIntervals(db, id) };
}

export async function createProduct(tx: Queryable, actor: Actor, b: NewProduct, lang: Lang) {
  if (await repo.findProductByCode(tx, b.code)) throw new AppError('conflict', vmsg('codeTaken', lang), [{ field: 'code', message: vmsg('codeTaken', lang) }]);
  const [row] = await tx.query<{ id: number }>(sql`
    insert into vaccine_product (code, name, manufacturer, primary_doses, min_age, max_age, valid_from, valid_to)
    values (${b.code}, ${b.name}, ${b.manufacturer ?? null}, ${b.primaryDoses}, ${b.minAge}, ${b.maxAge ?? null},
      ${b.validFrom ?? '2020-01-01'}, ${b.validTo ?? null}) returning id`);
  await writeAudit(tx, { userId: actor.id, unitId: actor.unit.id, action: 'create', entity: 'vaccine_product', entityId: String(row!.id), before: null, after: b });
  return productWithIntervals(tx, row!.id);
}

export async function changeProduct(tx: Queryable, actor: Actor, id: number, b: ProductChange, lang: Lang) {
  const before = await repo.findProduct(tx, id);
  if (!before) throw new AppError('not_found', msg('notFound', lang));
  const next = { ...before, ...b };
  if (next.maxAge !== null && next.maxAge !== undefined && next.maxAge < next.minAge) throw invalid('maxAge', vmsg('tooOld', lang, { age: next.maxAge, max: next.minAge }));
  await tx.execute(sql`update vaccine_product set name = ${next.name}, manufacturer = ${next.manufacturer ?? null}, primary_doses = ${next.primaryDoses},
    min_age = ${next.minAge}, max_age = ${next.maxAge ?? null}, valid_from = ${next.validFrom}, valid_to = ${next.validTo ?? null} where id = ${id}`);
  await writeAudit(tx, { userId: actor.id, unitId: actor.unit.id, action: 'update', entity: 'vaccine_product', entityId: String(id), before, after: b });
  return productWithIntervals(tx, id);
}

/** A rule change is a new dated row: the one in force until then ends the day it starts. */
export async function addInterval(tx: Queryable, actor: Actor, productId: number, b: NewInterval, lang: Lang) {
  const product = await repo.findProduct(tx, productId);
  if (!product) throw new AppError('not_found', msg('notFound', lang));
  const [later] = await tx.query<{ validFrom: string }>(sql`select valid_from as "validFrom" from vaccine_interval
    where product_id = ${productId} and dose_number = ${b.doseNumber} and valid_from >= ${b.validFrom} order by valid_from desc limit 1`);
  if (later) throw invalid('validFrom', vmsg('intervalOverlap', lang, { from: later.validFrom }));
  await tx.execute(sql`update vaccine_interval set valid_to = ${b.validFrom}
    where product_id = ${productId} and dose_number = ${b.doseNumber} and (valid_to is null or valid_to > ${b.validFrom})`);
  const [row] = await tx.query<{ id: number }>(sql`
    insert into vaccine_interval (product_id, dose_number, kind, min_days, max_days, previous_products, valid_from)
    values (${productId}, ${b.doseNumber}, ${b.kind}, ${b.minDays}, ${b.maxDays ?? null}, ${b.previousProducts ?? []}, ${b.validFrom}) returning id`);
  await writeAudit(tx, { userId: actor.id, unitId: actor.unit.id, action: 'create', entity: 'vaccine_interval', entityId: String(row!.id), before: null, after: { productId, ...b } });
  return productWithIntervals(tx, productId);
}

export async function createLot(tx: Queryable, actor: Actor, b: { productId: number; lotCode: string; expiryDate: string }, lang: Lang) {
  if (!(await repo.findProduct(tx, b.productId))) throw invalid('productId', vmsg('unknownProduct', lang));
  const lot = await repo.lotByCode(tx, b.productId, b.lotCode, b.expiryDate);
  if (lot.expiryDate !== b.expiryDate) throw invalid('expiryDate', vmsg('lotExpiryMismatch', lang, { lot: lot.lotCode, expiry: lot.expiryDate }));
  await writeAudit(tx, { userId: actor.id, unitId: actor.unit.id, action: 'create', entity: 'vaccine_lot', entityId: String(lot.id), before: null, after: b });
  return lot;
}

const present = (d: repo.DoseRow) => ({ ...d, enteredAt: new Date(d.enteredAt).toISOString(), entryDelayDays: Number(d.entryDelayDays) });
export type PresentedDose = ReturnType<typeof present>;
export const presentDose = present;

export async function listDoses(db: Queryable, unitPath: string, f: { from?: string | undefined; to?: string | undefined; limit: number; offset: number }) {
  const where = `o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and ($2::date is null or d.given_on >= $2) and ($3::date is null or d.given_on <= $3)`;
  const values = [unitPath, f.from ?? null, f.to ?? null];
  const [count] = await db.query<{ n: number }>({ text: `select count(*)::int as n from ${repo.doseFrom} where ${where}`, values });
  const rows = await db.query<repo.DoseRow>({
    text: `select ${repo.doseColumns} from ${repo.doseFrom} where ${where} order by d.given_on desc, d.id desc limit $4 offset $5`,
    values: [...values, f.limit, f.offset],
  });
  return { total: count!.n, items: rows.map(present) };
}

export async function personDoses(db: Queryable, actor: Actor, id: number, lang: Lang) {
  const person = await requirePersonInScope(db, actor, id, lang);
  const items = (await repo.dosesOfPerson(db, person.id)).map(present);
  const [state] = await db.query<{ doses: number; firstDoseOn: string | null; primaryDoneOn: string | null; boosterOn: string | null }>(sql`
    select doses, first_dose_on as "firstDoseOn", primary_done_on as "primaryDoneOn", booster_on as "boosterOn" from vaccination_state where person_id = ${person.id}`);
  return { person, state: state ?? { doses: 0, firstDoseOn: null, primaryDoneOn: null, boosterOn: null }, items };
}

/** Per child unit (the unit itself when it has none): doses given and days from dose to entry. */
export async function lateEntry(db: Queryable, unitId: number, from: string, to: string) {
  return db.query<{ unitId: number; code: string; name: string; doses: number; medianDays: number | null; p90Days: number | null }>({
    text: `select c.id as "unitId", c.code, c.name, count(x.delay)::int as doses,
             percentile_cont(0.5) within group (order by x.delay) as "medianDays",
             percentile_cont(0.9) within group (order by x.delay) as "p90Days"
           from org_unit c
           left join lateral (
             select ${repo.ENTRY_DELAY} as delay from vaccine_dose d join org_unit o on o.id = d.unit_id
             where o.path ~>=~ c.path and o.path ~<~ subtree_end(c.path) and d.given_on between $2 and $3) x on true
           where c.parent_id = $1 or (c.id = $1 and not exists (select 1 from org_unit k where k.parent_id = $1))
           group by c.id, c.code, c.name order by c.code`,
    values: [unitId, from, to],
  });
}

export async function noteNotVaccinated(
  tx: Queryable, actor: Actor, b: { personId: number; reason: string; notedOn: string; note?: string | null | undefined }, lang: Lang,
) {
  const person = await requirePersonInScope(tx, actor, b.personId, lang);
  const [before] = await tx.query<{ reason: string }>(sql`select reason from not_vaccinated where person_id = ${person.id}`);
  await tx.execute(sql`insert into not_vaccinated (person_id, reason, noted_on, note, created_by)
    values (${person.id}, ${b.reason}, ${b.notedOn}, ${b.note ?? null}, ${actor.id})
    on conflict (person_id) do update set reason = excluded.reason, noted_on = excluded.noted_on, note = excluded.note, created_by = excluded.created_by`);
  await writeAudit(tx, {
    userId: actor.id, unitId: person.unitId, action: before ? 'update' : 'create', entity: 'not_vaccinated', entityId: String(person.id),
    before: before ?? null, after: b,
  });
  return person.id;
}

export async function listNotVaccinated(db: Queryable, unitPath: string, f: { reason?: string | undefined; limit: number; offset: number; personId?: number }) {
  const where = `o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and ($2::text is null or n.reason = $2) and ($3::bigint is null or n.person_id = $3)
    and p.merged_into is null`;
  const from = `not_vaccinated n join person p on p.id = n.person_id join org_unit o on o.id = p.unit_id`;
  const values = [unitPath, f.reason ?? null, f.personId ?? null];
  const [count] = await db.query<{ n: number }>({ text: `select count(*)::int as n from ${from} where ${where}`, values });
  const items = await db.query<Record<string, unknown>>({
    text: `select n.person_id as "personId", p.full_name as "fullName", p.birth_date as "birthDate", p.unit_id as "unitId", o.name as "unitName",
             n.reason, n.noted_on as "notedOn", n.note
           from ${from} where ${where} order by n.noted_on desc, n.person_id limit $4 offset $5`,
    values: [...values, f.limit, f.offset],
  });
  return { total: count!.n, items };
}
