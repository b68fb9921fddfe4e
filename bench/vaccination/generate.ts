/**
 * The dose register at national scale (issue 4), generated in SQL on the benchmark's
 * PostgreSQL over the people of bench/registers (deterministic: every value is a hash of the
 * person id), in chunks, two at a time:
 *   doses    about two per person up to VAX_TODAY: adults from March 2021 (most in the
 *            July–December mass campaign), 12–17-year-olds from mid-October 2021 (Pfizer or
 *            Moderna); products by share, each within its age range (Vero Cell 18–65,
 *            Abdala 19–65); dose 2 after the product's interval (AstraZeneca 56–84 days,
 *            10 % of them completed with Pfizer), Abdala's third primary dose; boosters
 *            (Pfizer, Moderna, AstraZeneca) from 2021-11-19, 90–180 days after the series;
 *            given at the residence commune (8 % at the district), lots by product, 7 %
 *            entered days late;
 *   state    vaccination_state from each person's doses, set-wise;
 *   rollups  coverage_rollup (residence unit and every ancestor × stage × birth year) and
 *            vaccination_daily (giving unit and every ancestor × day × stage reached × band),
 *            set-wise from the state and the doses, as the register keeps them.
 * Secondary indexes of vaccine_dose are dropped before the load and recreated after.
 */
import type { Db } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import { UNKNOWN_BIRTH_YEAR } from '../../src/server/modules/vaccines/register.ts';
import { inChunks, rnd } from '../registers/generate.ts';

/** The day the generated register has reached (doses up to it). */
export const VAX_TODAY = '2022-03-31';
export const BOOSTER_FROM = '2021-11-19';

const TABLES = ['vaccine_dose', 'vaccination_state', 'coverage_rollup', 'vaccination_daily'];

export interface VaxGenerated {
  people: number;
  doses: number;
  vaccinated: number;
  primary: number;
  boosted: number;
  byProduct: Record<string, number>;
  rollupRows: number;
  dailyRows: number;
  lots: number;
  seconds: { doses: number; state: number; rollups: number; indexes: number; vacuum: number; total: number };
}

const secs = (t0: number) => (performance.now() - t0) / 1000;
const count = async (db: Db, from: string) => Number((await db.query<{ n: number }>({ text: `select count(*)::bigint as n ${from}`, values: [] }))[0]!.n);

/** The ids of the preset products by code. */
export async function productIds(db: Db): Promise<Record<string, number>> {
  const rows = await db.query<{ id: number; code: string }>(sql`select id, code from vaccine_product`);
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

/** Ancestors of an org_unit row `o` (its own id included), one row each: `lateral unnest(…) as a(id)`. */
export const ancestorsOf = (o: string) => `unnest(string_to_array(trim(both '/' from ${o}.path), '/')::int[])`;

/**
 * The plan of person `p` (an alias of person): products and dates of the doses they get,
 * null where they get none (dates after VAX_TODAY are dropped when inserting).
 */
function planSql(P: Record<string, number>): string {
  const i = 'p.id';
  const by = `extract(year from p.birth_date)::int`;
  const t = rnd(i, 103, 1000); // 0–29 never vaccinated (adults), 30–79 dose 1 only, ≥ 480 a booster
  const adult = `${by} <= 2003`;
  const teen = `${by} between 2004 and 2009`;
  const r = rnd(i, 102, 100);
  const p1 = `case
      when ${adult} and ${t} >= 30 then case
        when ${r} < 35 then ${P.ASTRAZENECA} when ${r} < 60 then ${P.PFIZER} when ${r} < 70 then ${P.MODERNA}
        when ${r} < 95 then case when ${by} >= 1956 then ${P.VEROCELL} else ${P.PFIZER} end
        else case when ${by} between 1956 and 2002 then ${P.ABDALA} else ${P.ASTRAZENECA} end end
      when ${teen} and ${t} >= 50 then case when ${r} < 85 then ${P.PFIZER} else ${P.MODERNA} end
    end`;
  const d1 = `case when ${adult}
      then case when ${rnd(i, 104, 1000)} < 150 then date '2021-03-08' + ${rnd(i, 105, 114)}::int else date '2021-07-01' + ${rnd(i, 105, 168)}::int end
      else date '2021-10-15' + ${rnd(i, 105, 123)}::int end`;
  return `select p.id, p.unit_id as home, coalesce(${by}, ${UNKNOWN_BIRTH_YEAR}) as by, x.p1,
      x.p1 is not null and ${t} >= ${`case when ${adult} then 80 else 110 end`} as second, ${t} >= 480 as boost, ${d1} as d1
    from person p cross join lateral (select ${p1} as p1) x`;
}

function dosesSql(P: Record<string, number>): string {
  const gap2 = (i: string) => `case pl.p1 when ${P.ASTRAZENECA} then 56 + ${rnd(i, 111, 29)} when ${P.PFIZER} then 21 + ${rnd(i, 111, 22)}
      when ${P.MODERNA} then 28 + ${rnd(i, 111, 15)} when ${P.VEROCELL} then 21 + ${rnd(i, 111, 8)} else 14 + ${rnd(i, 111, 8)} end::int`;
  const p2 = `case when pl.p1 = ${P.ASTRAZENECA} and ${rnd('pl.id', 112, 10)} = 0 then ${P.PFIZER} else pl.p1 end`;
  const p3 = `case ${rnd('s.id', 113, 10)} when 0 then ${P.ASTRAZENECA} when 1 then ${P.MODERNA} when 2 then ${P.MODERNA} when 3 then ${P.MODERNA} else ${P.PFIZER} end`;
  return `
    with pl as materialized (${planSql(P)} where p.id between $1 and $2),
    sched as materialized (
      select pl.*, ${p2} as p2, pl.d1 + ${gap2('pl.id')} as d2, pl.p1 = ${P.ABDALA} as abdala from pl where pl.p1 is not null),
    doses as (
      select s.id, s.home, v.n, v.product, v.kind, v.day from sched s cross join lateral (values
        (1, s.p1, 'primary', s.d1),
        (2, case when s.second then s.p2 end, 'primary', s.d2),
        (3, case when s.second and s.abdala then s.p1 when s.second and s.boost then ${p3} end,
           case when s.abdala then 'primary' else 'booster' end,
           case when s.abdala then s.d2 + 14 + ${rnd('s.id', 114, 8)}::int
                else greatest(s.d2 + 90 + ${rnd('s.id', 115, 91)}::int, date '${BOOSTER_FROM}' + ${rnd('s.id', 116, 45)}::int) end)
      ) as v(n, product, kind, day)
      where v.product is not null and v.day <= date '${VAX_TODAY}')
    insert into vaccine_dose (person_id, product_id, lot_id, dose_number, kind, given_on, site, unit_id, entered_at)
    select d.id, d.product, bl.ids[1 + ${rnd('d.id * 4 + d.n', 117, 'cardinality(bl.ids)')}], d.n, d.kind, d.day,
      case when ${rnd('d.id * 4 + d.n', 118, 5)} = 0 then 'Cánh tay phải' else 'Cánh tay trái' end,
      case when ${rnd('d.id * 4 + d.n', 119, 100)} < 8 then split_part(o.path, '/', 4)::int else d.home end,
      (d.day + time '16:00' + ${rnd('d.id * 4 + d.n', 120, 300)} * interval '1 minute'
        + case when ${rnd('d.id * 4 + d.n', 121, 100)} < 7 then (1 + ${rnd('d.id * 4 + d.n', 122, 20)}) * interval '1 day' else interval '0' end)
        at time zone 'Asia/Ho_Chi_Minh'
    from doses d join org_unit o on o.id = d.home join bench_lot bl on bl.product_id = d.product
    order by d.id, d.n`;
}

/**
 * A person's state from their doses, as the register keeps it (domain/vaccination-state.ts
 * stateOf; recomputeVaccination): doses, the first dose, the first primary dose whose number
 * reaches its product's primary_doses, the first booster after it, the last dose; counted at
 * the residence unit and birth year.
 */
const stateSql = `
  with d as (
    select d.person_id, d.dose_number, d.kind, d.given_on, d.product_id,
      min(d.dose_number) filter (where d.kind = 'primary' and d.dose_number >= pr.primary_doses) over (partition by d.person_id) as pn
    from vaccine_dose d join vaccine_product pr on pr.id = d.product_id
    where d.person_id between $1 and $2),
  s as (
    select person_id, count(*) as doses, (array_agg(given_on order by dose_number))[1] as first_on,
      (array_agg(given_on order by dose_number) filter (where dose_number = pn))[1] as primary_on,
      (array_agg(given_on order by dose_number) filter (where kind = 'booster' and dose_number > pn))[1] as booster_on,
      max(dose_number) as last_n, (array_agg(product_id order by dose_number desc))[1] as last_product,
      (array_agg(given_on order by dose_number desc))[1] as last_on
    from d group by person_id)
  insert into vaccination_state (person_id, doses, first_dose_on, primary_done_on, booster_on, counted_unit_id, counted_birth_year,
    last_dose_number, last_product_id, last_dose_on)
  select s.person_id, s.doses, s.first_on, s.primary_on, s.booster_on, p.unit_id, coalesce(extract(year from p.birth_date)::int, ${UNKNOWN_BIRTH_YEAR}),
    s.last_n, s.last_product, s.last_on
  from s join person p on p.id = s.person_id`;

const rollupSql = `
  with c as (
    select s.counted_unit_id as unit_id, s.counted_birth_year as birth_year,
      count(*) filter (where s.first_dose_on is not null) as dose1, count(*) filter (where s.primary_done_on is not null) as "primary",
      count(*) filter (where s.booster_on is not null) as booster
    from vaccination_state s group by 1, 2),
  a as (
    select a.id, c.birth_year, sum(c.dose1) as dose1, sum(c."primary") as "primary", sum(c.booster) as booster
    from c join org_unit o on o.id = c.unit_id cross join lateral ${ancestorsOf('o')} as a(id) group by 1, 2)
  insert into coverage_rollup (unit_id, stage, birth_year, n)
  select a.id, v.stage, a.birth_year, v.n from a cross join lateral (values ('dose1', a.dose1), ('primary', a."primary"), ('booster', a.booster)) v(stage, n)
  where v.n > 0`;

/**
 * The highest stage a dose `d` made the person reach (state `s`, product `pr`; stageReachedBy),
 * and its age band at the dose date (person `p`, approximate age `a`). A person's doses have
 * distinct dates in the generated register, so the date names the dose.
 */
export const doseStageSql = `case
    when d.kind = 'primary' and d.dose_number >= pr.primary_doses and d.given_on = s.primary_done_on then 'primary'
    when d.kind = 'booster' and d.given_on = s.booster_on then 'booster'
    when d.given_on = s.first_dose_on then 'dose1' else 'other' end`;
export const doseBandSql = `case when p.birth_date is null then 'unknown' else
    case when a < 5 then '0-4' when a < 12 then '5-11' when a < 15 then '12-14' when a < 18 then '15-17' when a < 50 then '18-49' else '50+' end end`;

const dailySql = `
  with c as (
    select d.unit_id, d.given_on as day, ${doseStageSql} as stage, ${doseBandSql} as age_band, count(*) as n
    from vaccine_dose d join vaccine_product pr on pr.id = d.product_id join vaccination_state s on s.person_id = d.person_id
      join person p on p.id = d.person_id
      cross join lateral (select extract(year from d.given_on)::int - extract(year from p.birth_date)::int as a) y
    group by 1, 2, 3, 4)
  insert into vaccination_daily (unit_id, day, stage, age_band, n)
  select a.id, c.day, c.stage, c.age_band, sum(c.n) from c join org_unit o on o.id = c.unit_id cross join lateral ${ancestorsOf('o')} as a(id)
  group by 1, 2, 3, 4`;

export async function generateDoses(db: Db, log: (line: string) => void): Promise<VaxGenerated> {
  const t0 = performance.now();
  const P = await productIds(db);
  const N = Number((await db.query<{ n: number }>(sql`select coalesce(max(id), 0)::bigint as n from person`))[0]!.n);
  const [{ replica }] = (await db.query<{ replica: boolean }>(sql`select rolsuper as replica from pg_roles where rolname = current_user`)) as [{ replica: boolean }];
  await db.exec(`truncate ${TABLES.join(', ')}; delete from vaccine_lot; drop table if exists bench_lot`);
  const indexes = await db.query<{ name: string; def: string }>(sql`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = any(${TABLES}::text[])
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`);
  for (const ix of indexes) await db.exec(`drop index ${ix.name}`);

  // 24 lots a product, expiring through 2022
  await db.exec(`
    insert into vaccine_lot (product_id, lot_code, expiry_date)
    select pr.id, left(pr.code, 2) || to_char(2100 + n * 7 + pr.id, 'FM0000') || chr(65 + n % 26), date '2021-09-30' + n * 20
    from vaccine_product pr cross join generate_series(1, 24) n;
    create unlogged table bench_lot as select product_id, array_agg(id order by id) as ids from vaccine_lot group by 1;
    alter table bench_lot add primary key (product_id);`);

  const t1 = performance.now();
  const doses = await inChunks(db, 'doses', N, 500_000, replica, log, (tx, a, b) => tx.execute({ text: dosesSql(P), values: [a, b] }));
  await db.exec(`select setval('vaccine_dose_id_seq', greatest(1, (select max(id) from vaccine_dose)))`);
  const tDoses = secs(t1);
  const t2 = performance.now();
  const vaccinated = await inChunks(db, 'vaccination_state', N, 1_000_000, replica, log, (tx, a, b) => tx.execute({ text: stateSql, values: [a, b] }));
  const tState = secs(t2);
  const t3 = performance.now();
  // the roll-ups' primary keys are built once after the load, by sorting, not row by row
  const keys = await db.query<{ table: string; name: string; def: string }>(sql`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def
    from pg_constraint where contype = 'p' and conrelid::regclass::text = any(${['coverage_rollup', 'vaccination_daily']}::text[])`);
  await db.transaction(async (tx) => {
    await tx.exec(`set local work_mem = '256MB'; set local maintenance_work_mem = '1GB'; set local jit = off`);
    await tx.exec(`analyze vaccine_dose, vaccination_state`);
    for (const k of keys) await tx.exec(`alter table ${k.table} drop constraint ${k.name}`);
    let t = performance.now();
    await tx.exec(rollupSql);
    log(`  coverage_rollup: ${secs(t).toFixed(0)} s`);
    t = performance.now();
    await tx.exec(dailySql);
    log(`  vaccination_daily: ${secs(t).toFixed(0)} s`);
    t = performance.now();
    for (const k of keys) await tx.exec(`alter table ${k.table} add constraint ${k.name} ${k.def}`);
    log(`  their primary keys: ${secs(t).toFixed(0)} s`);
  });
  const tRollups = secs(t3);
  const t4 = performance.now();
  await db.transaction(async (tx) => {
    await tx.exec(`set local maintenance_work_mem = '1GB'`);
    for (const ix of indexes) await tx.exec(ix.def);
  });
  const tIndexes = secs(t4);
  const t5 = performance.now();
  await db.exec(`vacuum analyze ${TABLES.join(', ')}, vaccine_lot`);
  const tVacuum = secs(t5);

  const byProduct = Object.fromEntries((await db.query<{ code: string; n: number }>(sql`
    select pr.code, count(*)::bigint as n from vaccine_dose d join vaccine_product pr on pr.id = d.product_id group by pr.code order by 2 desc`)).map((r) => [r.code, Number(r.n)]));
  const [st] = await db.query<{ primary: number; boosted: number }>(sql`
    select count(primary_done_on)::bigint as primary, count(booster_on)::bigint as boosted from vaccination_state`);
  const g: VaxGenerated = {
    people: N,
    doses,
    vaccinated,
    primary: Number(st!.primary),
    boosted: Number(st!.boosted),
    byProduct,
    rollupRows: await count(db, 'from coverage_rollup'),
    dailyRows: await count(db, 'from vaccination_daily'),
    lots: await count(db, 'from vaccine_lot'),
    seconds: { doses: tDoses, state: tState, rollups: tRollups, indexes: tIndexes, vacuum: tVacuum, total: secs(t0) },
  };
  await db.exec('drop table bench_lot');
  log(`  doses loaded in ${g.seconds.total.toFixed(0)} s: ${g.doses.toLocaleString('en')} doses for ${g.vaccinated.toLocaleString('en')} of ` +
    `${g.people.toLocaleString('en')} people (${g.primary.toLocaleString('en')} primary series complete, ${g.boosted.toLocaleString('en')} boosted); ` +
    `${g.rollupRows.toLocaleString('en')} coverage_rollup rows, ${g.dailyRows.toLocaleString('en')} vaccination_daily rows`);
  return g;
}
