/**
 * The data a national weekly assessment of epidemic levels reads (issue 6), on top of the main
 * dataset (bench/load.ts: the GSO units, commune populations and a year of daily situation
 * reports with their roll-ups for every commune and ancestor). Generated in SQL on the
 * benchmark's PostgreSQL, deterministic (every value is a hash of a row number or unit id), in
 * chunks, two at a time:
 *   population  rows for every district, province and the nation (sums of their communes);
 *   register    a tenth of the communes keep the case register (register_unit since the first
 *               day of the data): `cases` cases over the data's days, each for a person living
 *               in such a commune, with their status history (case_status: first care, then
 *               recovered or died; the last 14 days' cases still in care, tiers 2–3 among them);
 *   residents   `people` people spread over every commune by population, born 1930–2020, with
 *               vaccination_state (residence, birth year, first dose and primary series dates
 *               spread over the data's days and a little after, so coverage grows through the year);
 *   facilities  treatment facilities for every district and province (when none exist yet).
 * Existing people and cases (an earlier part of the same run) are kept: new rows take ids after them.
 */
import type { Db, Queryable } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import { UNKNOWN_BIRTH_YEAR } from '../../src/server/modules/vaccines/register.ts';
import { inChunks, registerBirthDate, rnd } from '../registers/generate.ts';

export interface LevelsDataOptions {
  /** residents with a vaccination state */
  people: number;
  /** cases in the register communes over the data's days */
  cases: number;
  /** first and last day of the data (the main dataset's days) */
  from: string;
  to: string;
  log: (line: string) => void;
}

export interface LevelsGenerated {
  people: number;
  vaccinated: number;
  cases: number;
  caseStatuses: number;
  registerCommunes: number;
  communes: number;
  facilities: number;
  populationRows: number;
  nationPopulation: number;
  rollupRows: number;
  seconds: { population: number; people: number; cases: number; vaccination: number; indexes: number; vacuum: number; total: number };
}

/** Tables whose secondary indexes are dropped during the load and rebuilt after it. */
const TABLES = ['person', 'covid_case', 'case_status', 'vaccination_state'];
const secs = (t0: number) => (performance.now() - t0) / 1000;
const count = async (db: Queryable, from: string) => Number((await db.query<{ n: number }>({ text: `select count(*)::bigint as n ${from}`, values: [] }))[0]!.n);

export async function generateLevelsData(db: Db, o: LevelsDataOptions): Promise<LevelsGenerated> {
  const { log } = o;
  const t0 = performance.now();
  const [{ replica }] = (await db.query<{ replica: boolean }>(sql`select rolsuper as replica from pg_roles where rolname = current_user`)) as [{ replica: boolean }];
  const days = Math.round((Date.parse(o.to) - Date.parse(o.from)) / 86_400_000) + 1;
  const year = Number(o.to.slice(0, 4));

  // ------------------------------------------------------------ populations of every unit for the data's years
  const tp = performance.now();
  await db.execute(sql`
    insert into population (unit_id, year, total, age_18plus, age_50plus, age_12_17, age_15_17, age_5_11, is_demo, source)
    select p.unit_id, y.year, p.total, p.age_18plus, p.age_50plus, p.age_12_17, p.age_15_17, p.age_5_11, true, p.source
    from (select distinct on (unit_id) * from population order by unit_id, year desc) p
    cross join (select distinct extract(year from d)::int as year from generate_series(${o.from}::date, ${o.to}::date, interval '1 day') d) y
    on conflict (unit_id, year) do nothing`);
  await db.execute(sql`
    insert into population (unit_id, year, total, age_18plus, age_50plus, age_12_17, age_15_17, age_5_11, is_demo, source)
    select a.id, p.year, sum(p.total), sum(p.age_18plus), sum(p.age_50plus), sum(p.age_12_17), sum(p.age_15_17), sum(p.age_5_11), true,
      'Tổng các xã (benchmark)'
    from population p join org_unit c on c.id = p.unit_id and c.level = 3
    cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')::int[]) as a(id)
    where a.id <> c.id
    group by a.id, p.year
    on conflict (unit_id, year) do nothing`);
  const tPopulation = secs(tp);

  // ------------------------------------------------------------ the plan: communes, register communes, id ranges
  const [{ personBase, caseBase }] = (await db.query<{ personBase: number; caseBase: number }>(sql`
    select coalesce((select max(id) from person), 0)::bigint as "personBase", coalesce((select max(id) from covid_case), 0)::bigint as "caseBase"`)) as [
    { personBase: number; caseBase: number },
  ];
  const P = Number(personBase);
  const K = Number(caseBase);
  await db.exec(`drop table if exists bench_lvl_commune`);
  // residents by population share; cases by population share times a commune's own intensity (a heavy tail)
  await db.execute({
    text: `
    create unlogged table bench_lvl_commune as
    with pop as (
      select c.id, c.path, p.total, ${rnd('c.id', 201, 10)} = 0 as register,
        power((${rnd('c.id', 202, 1000)} + 1) / 1000.0, 3) as intensity
      from org_unit c join lateral (select total from population where unit_id = c.id and year <= $1 order by year desc limit 1) p on true
      where c.level = 3 and c.valid_to is null),
    cum as (
      select *, sum(total) over (order by id) as upto, sum(total) over () as grand,
        sum(case when register then total * intensity else 0 end) over (order by id) as cupto,
        sum(case when register then total * intensity else 0 end) over () as cgrand
      from pop)
    select id as unit_id, path, register,
      ${P} + (floor((upto - total)::numeric * ${o.people} / grand) + 1)::bigint as lo, ${P} + (floor(upto::numeric * ${o.people} / grand) + 1)::bigint as hi,
      ${K} + (floor((cupto - case when register then total * intensity else 0 end)::numeric * ${o.cases} / cgrand) + 1)::bigint as clo,
      ${K} + (floor(cupto::numeric * ${o.cases} / cgrand) + 1)::bigint as chi
    from cum`,
    values: [year],
  });
  await db.exec(`alter table bench_lvl_commune add primary key (unit_id); analyze bench_lvl_commune`);
  await db.execute(sql`
    insert into register_unit (unit_id, since) select unit_id, ${o.from}::date from bench_lvl_commune where register
    on conflict (unit_id) do nothing`);

  // ------------------------------------------------------------ facilities (the registers part makes them when it runs)
  if ((await count(db, `from facility where kind = 'treatment'`)) === 0) {
    await db.exec(`
      insert into facility (unit_id, kind, name, tier, beds, icu_beds)
      select d.id, 'treatment', 'Cơ sở thu dung, điều trị COVID-19 số ' || n || ' - ' || d.name, 1, 100 + ${rnd('d.id * 10 + n', 53, 300)}, 0
      from org_unit d cross join lateral generate_series(1, 1 + ${rnd('d.id', 54, 2)}::int) n where d.level = 2 and d.valid_to is null
      union all
      select p.id, 'treatment', 'Bệnh viện dã chiến số ' || n || ' - ' || p.name, 2, 200 + ${rnd('p.id * 10 + n', 55, 500)}, 10
      from org_unit p cross join lateral generate_series(1, 2 + ${rnd('p.id', 56, 3)}::int) n where p.level = 1 and p.valid_to is null
      union all
      select p.id, 'treatment', 'Trung tâm hồi sức tích cực COVID-19 số ' || n || ' - ' || p.name, 3, 100 + ${rnd('p.id * 10 + n', 57, 200)}, 40
      from org_unit p cross join lateral generate_series(1, 1 + ${rnd('p.id', 58, 2)}::int) n where p.level = 1 and p.valid_to is null`);
  }
  await db.exec(`
    drop table if exists bench_lvl_fac;
    create unlogged table bench_lvl_fac as
      select unit_id as area, tier, array_agg(id order by id) as ids from facility where kind = 'treatment' and active group by 1, 2;
    create index on bench_lvl_fac (area, tier); analyze bench_lvl_fac`);

  const indexes = await db.query<{ name: string; def: string }>(sql`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = any(${TABLES}::text[])
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
    order by i.tablename, i.indexname`);
  log(`  dropping ${indexes.length} secondary indexes of ${TABLES.join(', ')} (rebuilt after the load)`);
  for (const ix of indexes) await db.exec(`drop index ${ix.name}`);

  // ------------------------------------------------------------ residents and cases' people
  const t1 = performance.now();
  const person = (i: string, unit: string) => `${i}, 'Người dân số ' || ${i}, 'nguoi dan so ' || ${i}, ${registerBirthDate(i)},
    case when ${rnd(i, 1, 2)} = 0 then 'male' else 'female' end, ${unit}`;
  await inChunks(db, 'residents', o.people, 500_000, replica, log, (tx, a, b) =>
    tx.execute({
      text: `insert into person (id, full_name, search_name, birth_date, sex, unit_id)
             select ${person('g.i', 'c.unit_id')}
             from bench_lvl_commune c cross join lateral generate_series(greatest(c.lo, $1::bigint), least(c.hi - 1, $2::bigint)) as g(i)
             where c.hi > $1::bigint and c.lo <= $2::bigint`,
      values: [P + a, P + b],
    }),
  );
  // a case's person is number P + people + (case number − K), living in the case's commune
  const caseP = P + o.people - K;
  await inChunks(db, "cases' people", o.cases, 500_000, replica, log, (tx, a, b) =>
    tx.execute({
      text: `insert into person (id, full_name, search_name, birth_date, sex, unit_id)
             select ${person(`(g.k + ${caseP})`, 'c.unit_id')}
             from bench_lvl_commune c cross join lateral generate_series(greatest(c.clo, $1::bigint), least(c.chi - 1, $2::bigint)) as g(k)
             where c.register and c.chi > $1::bigint and c.clo <= $2::bigint`,
      values: [K + a, K + b],
    }),
  );
  await db.exec(`select setval('person_id_seq', greatest(1, (select max(id) from person)))`);
  const tPeople = secs(t1);

  // ------------------------------------------------------------ cases and their status history
  const t2 = performance.now();
  const recent = `date '${o.to}' - 14`;
  // a wave: more cases late in the data, with a commune's own hash spread
  const day = `date '${o.from}' + least(${days - 1}, floor(${days} * power((${rnd('g.k', 211, 1000000)} + 0.5) / 1000000.0, 0.6)))::int`;
  await inChunks(db, 'cases (+ status history)', o.cases, 200_000, replica, log, async (tx, a, b) => {
    const n = await tx.execute({
      text: `insert into covid_case (id, person_id, unit_id, confirmed_at, rule_version, origin, detection, status, status_since, facility_id)
             select g.k, g.k + ${caseP}, c.unit_id, t.at, 1, 'domestic',
               case when ${rnd('g.k', 212, 100)} < 60 then 'community' else 'quarantine' end,
               s.st, t.at + (case when s.st in ('recovered', 'died') then 10 + ${rnd('g.k', 213, 12)} else ${rnd('g.k', 214, 3)} end) * interval '1 day',
               bf.ids[1 + ${rnd('g.k', 215, 'cardinality(bf.ids)')}]
             from bench_lvl_commune c cross join lateral generate_series(greatest(c.clo, $1::bigint), least(c.chi - 1, $2::bigint)) as g(k)
             cross join lateral (select ${day} as day) d
             cross join lateral (select (d.day + time '07:00' + ${rnd('g.k', 216, 720)} * interval '1 minute') at time zone 'Asia/Ho_Chi_Minh' as at) t
             cross join lateral (select case when d.day >= ${recent} then
                 case when r < 45 then 'home_care' when r < 70 then 'centralised' when r < 85 then 'hospital_t1'
                      when r < 95 then 'hospital_t2' when r < 99 then 'hospital_t3' else 'died' end
               else case when r < 98 then 'recovered' else 'died' end end as st
               from (select ${rnd('g.k', 217, 100)} as r) x) s
             left join bench_lvl_fac bf on bf.tier = case s.st when 'centralised' then 1 when 'hospital_t1' then 1 when 'hospital_t2' then 2 when 'hospital_t3' then 3 end
               and bf.area = split_part(c.path, '/', case when s.st in ('centralised', 'hospital_t1') then 4 else 3 end)::int
             where c.register and c.chi > $1::bigint and c.clo <= $2::bigint`,
      values: [K + a, K + b],
    });
    await tx.execute({
      text: `insert into case_status (case_id, status, at, facility_id)
             select id, case when status in ('recovered', 'died') then f.st else status end, confirmed_at,
               case when status in ('recovered', 'died') then null else facility_id end
             from covid_case cross join lateral (select case when r < 12 then 'hospital_t1' when r < 17 then 'hospital_t2' when r < 19 then 'hospital_t3'
                 when r < 35 then 'centralised' else 'home_care' end as st from (select ${rnd('id', 218, 100)} as r) x) f
             where id between $1 and $2
             union all
             select id, status, status_since, null from covid_case where id between $1 and $2 and status in ('recovered', 'died')`,
      values: [K + a, K + b],
    });
    return n;
  });
  await db.exec(`select setval('covid_case_id_seq', greatest(1, (select max(id) from covid_case)))`);
  const tCases = secs(t2);

  // ------------------------------------------------------------ vaccination state of the residents
  const t3 = performance.now();
  // 0–99: below 8 never vaccinated; 8–19 one dose only; the rest the primary series. First doses
  // from 200 days before the data's first day to 60 days after its last, most in its second half
  const span = days + 260;
  const d1 = `date '${o.from}' - 200 + floor(${span} * sqrt((${rnd('p.id', 222, 1000000)} + 0.5) / 1000000.0))::int`;
  await inChunks(db, 'vaccination_state', o.people, 1_000_000, replica, log, (tx, a, b) =>
    tx.execute({
      text: `insert into vaccination_state (person_id, doses, first_dose_on, primary_done_on, booster_on, counted_unit_id, counted_birth_year)
             select p.id, case when v.t < 20 then 1 else 2 end, x.d1, case when v.t >= 20 then x.d1 + 28 + ${rnd('p.id', 223, 56)}::int end, null,
               p.unit_id, coalesce(extract(year from p.birth_date)::int, ${UNKNOWN_BIRTH_YEAR})
             from person p cross join lateral (select ${rnd('p.id', 221, 100)} as t) v cross join lateral (select ${d1} as d1) x
             where p.id between $1 and $2 and v.t >= 8 and x.d1 <= date '${o.to}' + 60`,
      values: [P + a, P + b],
    }),
  );
  const tVaccination = secs(t3);

  const t4 = performance.now();
  log(`  rebuilding ${indexes.length} indexes…`);
  await db.transaction(async (tx) => {
    await tx.exec(`set local maintenance_work_mem = '1GB'`);
    for (const ix of indexes) await tx.exec(ix.def);
  });
  const tIndexes = secs(t4);
  const t5 = performance.now();
  await db.exec(`vacuum analyze ${TABLES.join(', ')}, population, register_unit, facility, rollup`);
  const tVacuum = secs(t5);

  const [nation] = await db.query<{ total: number }>(sql`
    select p.total from population p join org_unit o on o.id = p.unit_id where o.level = 0 and p.year <= ${year} order by p.year desc limit 1`);
  const g: LevelsGenerated = {
    people: o.people,
    vaccinated: await count(db, 'from vaccination_state'),
    cases: await count(db, 'from covid_case c join register_unit r on r.unit_id = c.unit_id'),
    caseStatuses: await count(db, `from case_status where case_id > ${K}`),
    registerCommunes: await count(db, 'from register_unit'),
    communes: await count(db, 'from bench_lvl_commune'),
    facilities: await count(db, `from facility where kind = 'treatment'`),
    populationRows: await count(db, 'from population'),
    nationPopulation: Number(nation?.total ?? 0),
    rollupRows: await count(db, `from rollup where period between '${o.from}' and '${o.to}'`),
    seconds: { population: tPopulation, people: tPeople, cases: tCases, vaccination: tVaccination, indexes: tIndexes, vacuum: tVacuum, total: secs(t0) },
  };
  await db.exec('drop table bench_lvl_commune, bench_lvl_fac');
  log(`  levels data loaded in ${g.seconds.total.toFixed(0)} s: ${g.registerCommunes.toLocaleString('en')} register communes with ` +
    `${g.cases.toLocaleString('en')} cases, ${g.vaccinated.toLocaleString('en')} vaccination states, national population ${g.nationPopulation.toLocaleString('en')}`);
  return g;
}
