/**
 * The person-level registers at national scale, generated in SQL on the benchmark's
 * PostgreSQL (deterministic: every value is a hash of a row number), in chunks, two at a
 * time (one per core):
 *   people   N, spread over the communes by population share, Vietnamese names, birth dates,
 *            ~70 % with a 12-digit national ID, ~80 % with a phone;
 *   cases    N/10 (covid_case + case_status, with the positive test that confirmed each),
 *            in transmission chains: chain sizes follow a power law (most are one or two
 *            cases), and chain 1 is one outbreak of 10,000 cases;
 *   contacts ~N/2: case → case along each chain, case → F1 (1–5 per case), F1 → F2;
 *   tests of F1s, quarantines of F1s (centralised or at home by the dated policy),
 *   quarantine sites and treatment facilities for every district and province, clusters.
 * Secondary indexes are dropped before the load and recreated from their exact definitions
 * (pg_indexes.indexdef, i.e. the migrations') afterwards; constraint indexes stay.
 */
import type { Db, Queryable } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import { pool } from '../util.ts';
import { familyNames, givenNames, middleNames } from './names.ts';

/** The day the generated epidemic has reached: every case is confirmed by then. */
export const DATA_TODAY = '2021-12-10';
/** Cases of the big outbreak (chain 1): the "10,000-case chain" of the issue. */
export const BIG_CHAIN_CASES = 10_000;

const TABLES = ['person', 'facility', 'cluster', 'covid_case', 'case_status', 'lab_test', 'contact', 'quarantine'];

export interface GenerateOptions {
  people: number;
  log: (line: string) => void;
}

export interface Generated {
  people: number;
  cases: number;
  chains: number;
  bigChainCases: number;
  contacts: number;
  tests: number;
  caseStatuses: number;
  quarantines: number;
  activeQuarantines: number;
  facilities: number;
  clusters: number;
  seconds: { people: number; cases: number; contacts: number; quarantines: number; indexes: number; vacuum: number; total: number };
}

/** A non-negative pseudo-random integer below `n` from row number `expr` and a seed. */
export const rnd = (expr: string, seed: number, n: number | string) => `((hashint8extended((${expr})::bigint, ${seed}) & 2147483647) % ${n})`;

/**
 * The columns of a generated person number `i` (an SQL expression), as the select list of
 * insert into person (id, national_id, full_name, search_name, birth_date, sex, phone, unit_id, address).
 * Parameters $1…$10 are the name lists (personNameParams); the birth date is an SQL expression.
 */
export function personColumns(i: string, unitId: string, birthDate: string): string {
  const male = `(${rnd(i, 1, 2)} = 0)`;
  const mc = rnd(i, 2, 10); // 0: no middle name, 1–7: one, 8–9: two
  const [mm, mf] = [middleNames.male.names.length, middleNames.female.names.length];
  const pick = (maleList: number, femaleList: number, seed: number) =>
    `(case when ${male} then ($${maleList}::text[])[1 + ${rnd(i, seed, mm)}] else ($${femaleList}::text[])[1 + ${rnd(i, seed, mf)}] end)`;
  const name = (fam: number, midM: number, midF: number, givM: number, givF: number) =>
    `($${fam}::text[])[1 + ${rnd(i, 3, familyNames.names.length)}]
      || case when ${mc} = 0 then '' else ' ' || ${pick(midM, midF, 4)} end
      || case when ${mc} >= 8 then ' ' || ${pick(midM, midF, 5)} else '' end
      || ' ' || (case when ${male} then ($${givM}::text[])[1 + ${rnd(i, 6, givenNames.male.names.length)}]
                 else ($${givF}::text[])[1 + ${rnd(i, 6, givenNames.female.names.length)}] end)`;
  return `${i},
    case when ${rnd(i, 7, 100)} < 70 then lpad(((${i})::bigint * 2654435761 % 1000000000000)::text, 12, '0') end,
    ${name(1, 3, 5, 7, 9)},
    ${name(2, 4, 6, 8, 10)},
    ${birthDate},
    case when ${male} then 'male' else 'female' end,
    case when ${rnd(i, 8, 100)} < 80 then (array['09','03','08','07','05'])[1 + ${rnd(i, 9, 5)}] || lpad(((${i})::bigint * 48271 % 100000000)::text, 8, '0') end,
    ${unitId},
    'Số ' || (1 + ${rnd(i, 10, 300)}) || ', tổ ' || (1 + ${rnd(i, 11, 40)})`;
}

export const personNameParams = () => [
  familyNames.names, familyNames.folded,
  middleNames.male.names, middleNames.male.folded, middleNames.female.names, middleNames.female.folded,
  givenNames.male.names, givenNames.male.folded, givenNames.female.names, givenNames.female.folded,
];

/** Birth dates of the register: 1930-01-01 … 2020-12-31. */
export const registerBirthDate = (i: string) => `date '1930-01-01' + ${rnd(i, 12, 33237)}::int`;

const secs = (t0: number) => (performance.now() - t0) / 1000;

/** Runs `fn` on consecutive ranges [from, to] of 1…total, two at a time, with a progress line. */
export async function inChunks(
  db: Db,
  label: string,
  total: number,
  size: number,
  replica: boolean,
  log: (line: string) => void,
  fn: (tx: Queryable, from: number, to: number) => Promise<number>,
): Promise<number> {
  const ranges: [number, number][] = [];
  for (let a = 1; a <= total; a += size) ranges.push([a, Math.min(total, a + size - 1)]);
  const t0 = performance.now();
  let rows = 0;
  let done = 0;
  let lastLog = t0;
  await pool(ranges, 2, async ([a, b]) => {
    const n = await db.transaction(async (tx) => {
      // generated rows reference rows generated before them: no need for the FK triggers
      if (replica) await tx.exec(`set local session_replication_role = replica`);
      // one chunk touches a small range of the big tables: index lookups, not a hash of all of `person`
      // (the estimate of generate_series, 1000 rows, would otherwise pick one); no JIT for that either
      await tx.exec(`set local work_mem = '256MB'; set local enable_hashjoin = off; set local enable_mergejoin = off; set local jit = off`);
      return fn(tx, a, b);
    });
    rows += n;
    done++;
    if (performance.now() - lastLog > 10_000 || done === ranges.length) {
      lastLog = performance.now();
      const eta = ((ranges.length - done) / done) * secs(t0);
      log(`    ${label}: ${done}/${ranges.length} chunks, ${rows.toLocaleString('en')} rows, ${secs(t0).toFixed(0)} s` +
        ` (${Math.round(rows / secs(t0)).toLocaleString('en')} rows/s${done < ranges.length ? `, ~${eta.toFixed(0)} s to go` : ''})`);
    }
  });
  return rows;
}

interface IndexDef {
  name: string;
  def: string;
}

/** Secondary indexes of the register tables (not those behind a primary key or unique constraint). */
async function secondaryIndexes(db: Queryable): Promise<IndexDef[]> {
  return db.query<IndexDef>(sql`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = any(${TABLES}::text[])
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
    order by i.tablename, i.indexname`);
}

/** count(*) of `from …`. */
const count = async (db: Queryable, from: string) => Number((await db.query<{ n: number }>({ text: `select count(*)::int as n ${from}`, values: [] }))[0]!.n);

export async function generateRegisters(db: Db, o: GenerateOptions): Promise<Generated> {
  const { log } = o;
  const N = o.people;
  const C = Math.floor(N / 10);
  const bigChain = Math.min(BIG_CHAIN_CASES, Math.floor(C / 2));
  const t0 = performance.now();
  const [{ replica }] = (await db.query<{ replica: boolean }>(sql`select rolsuper as replica from pg_roles where rolname = current_user`)) as [{ replica: boolean }];

  const indexes = await secondaryIndexes(db);
  log(`  dropping ${indexes.length} secondary indexes of ${TABLES.join(', ')} (recreated after the load)`);
  for (const ix of indexes) await db.exec(`drop index ${ix.name}`);

  // ------------------------------------------------------------ people
  await db.exec(`drop table if exists bench_commune, bench_chain, bench_case, bench_fac`);
  await db.execute(sql`
    create unlogged table bench_commune as
    with pop as (
      select distinct on (c.id) c.id, p.total from org_unit c join population p on p.unit_id = c.id
      where c.level = 3 and c.valid_to is null order by c.id, p.year desc),
    cum as (select id, total, sum(total) over (order by id) as upto, sum(total) over () as grand from pop)
    select id as unit_id, (floor((upto - total)::numeric * ${N} / grand) + 1)::bigint as lo, (floor(upto::numeric * ${N} / grand) + 1)::bigint as hi
    from cum`);
  const t1 = performance.now();
  const people = await inChunks(db, 'people', N, 500_000, replica, log, (tx, a, b) =>
    tx.execute({
      text: `insert into person (id, national_id, full_name, search_name, birth_date, sex, phone, unit_id, address)
             select ${personColumns('g.i', 'c.unit_id', registerBirthDate('g.i'))}
             from bench_commune c cross join lateral generate_series(greatest(c.lo, $11::bigint), least(c.hi - 1, $12::bigint)) as g(i)
             where c.hi > $11::bigint and c.lo <= $12::bigint`,
      values: [...personNameParams(), a, b],
    }),
  );
  await db.exec(`select setval('person_id_seq', ${N})`);
  const tPeople = secs(t1);

  // ------------------------------------------------------------ facilities: every district and province
  await db.exec(`
    insert into facility (unit_id, kind, name, tier, beds, icu_beds)
    select d.id, 'quarantine', 'Khu cách ly tập trung số ' || n || ' - ' || d.name, null, 100 + ${rnd('d.id * 10 + n', 51, 400)}, 0
    from org_unit d cross join lateral generate_series(1, 1 + ${rnd('d.id', 52, 3)}::int) n where d.level = 2 and d.valid_to is null
    union all
    select d.id, 'treatment', 'Cơ sở thu dung, điều trị COVID-19 số ' || n || ' - ' || d.name, 1, 100 + ${rnd('d.id * 10 + n', 53, 300)}, 0
    from org_unit d cross join lateral generate_series(1, 1 + ${rnd('d.id', 54, 2)}::int) n where d.level = 2 and d.valid_to is null
    union all
    select p.id, 'treatment', 'Bệnh viện dã chiến số ' || n || ' - ' || p.name, 2, 200 + ${rnd('p.id * 10 + n', 55, 500)}, 10
    from org_unit p cross join lateral generate_series(1, 2 + ${rnd('p.id', 56, 3)}::int) n where p.level = 1 and p.valid_to is null
    union all
    select p.id, 'treatment', 'Trung tâm hồi sức tích cực COVID-19 số ' || n || ' - ' || p.name, 3, 100 + ${rnd('p.id * 10 + n', 57, 200)}, 40
    from org_unit p cross join lateral generate_series(1, 1 + ${rnd('p.id', 58, 2)}::int) n where p.level = 1 and p.valid_to is null;
    create unlogged table bench_fac as
      select unit_id as area, coalesce(tier, 0) as k, array_agg(id order by id) as ids from facility group by 1, 2;
    create index on bench_fac (area, k);`);

  // ------------------------------------------------------------ the chains and their cases (the plan)
  const t2 = performance.now();
  // chain sizes: P(size >= s) = s^-1.25 (mean ~4), capped at 2,000; chain 1 is the big outbreak
  await db.exec(`
    create unlogged table bench_chain as
    with s as (
      select c as chain, case when c = 1 then ${bigChain} else least(2000, floor(1 / power((${rnd('c', 21, 1000000)} + 1) / 1000000.0, 0.8)))::int end as size
      from generate_series(1, ${Math.max(2, Math.ceil(C / 2))}) c),
    cum as (select chain, size, sum(size) over (order by chain) - size as before from s)
    select chain, least(size, ${C} - before)::int as size, (before + 1)::bigint as first_k,
      case when chain = 1 then date '2021-10-01' else date '2021-05-01' + ${rnd('chain', 22, 163)}::int end as day
    from cum where before < ${C};
    alter table bench_chain add primary key (chain);
    create unlogged table bench_case as
    with k as (
      select ch.first_k + j as k, ch.chain, j as pos,
        case when j = 0 then null else ch.first_k + ${rnd('ch.first_k + j', 31, 'j')} end as parent_k,
        ch.day + (60 * j / ch.size)::int as day,
        case when ch.chain = 1 then 1 + (${rnd('ch.first_k + j', 32, 10)} < 4)::int else 1 + ${rnd('ch.first_k + j', 32, 5)} end as f1,
        ch.chain = 1 as big
      from bench_chain ch cross join lateral generate_series(0, ch.size - 1) j),
    f as (select *, case when big then 0 else (select count(*) from generate_series(1, f1) m where ${rnd('k * 8 + m', 33, 100)} < 42)::int end as f2 from k)
    select k, chain, pos, parent_k, day, f1, f2,
      -- each case and its F1s and F2s are neighbours in the register (same commune, mostly), the blocks spread over it
      (1 + floor((sum(1 + f1 + f2) over (order by k rows unbounded preceding) - (1 + f1 + f2))::numeric * ${N} / sum(1 + f1 + f2) over ()))::bigint as pid
    from f;
    alter table bench_case add primary key (k);
    analyze bench_chain, bench_case, bench_fac;`);
  const chains = await count(db, 'from bench_chain');
  await db.exec(`
    insert into cluster (id, unit_id, name, place, status, opened_on, closed_on)
    select ch.chain, split_part(o.path, '/', 4)::int, 'Ổ dịch ' || o.name || ' (' || ch.chain || ')', 'Thôn/tổ dân phố ' || (1 + ch.chain % 20),
      case when ch.day + 60 < date '${DATA_TODAY}' then 'closed' else 'active' end, ch.day,
      case when ch.day + 60 < date '${DATA_TODAY}' then ch.day + 60 end
    from bench_chain ch join bench_case k on k.k = ch.first_k join person p on p.id = k.pid join org_unit o on o.id = p.unit_id
    where ch.size >= 20;
    select setval('cluster_id_seq', greatest(1, (select max(id) from cluster)));`);

  const recent = `date '${DATA_TODAY}' - 14`;
  await inChunks(db, 'cases (+ status history, confirming test)', C, 200_000, replica, log, async (tx, a, b) => {
    const n = await tx.execute({
      text: `insert into covid_case (id, person_id, unit_id, confirmed_at, confirming_test_id, rule_version, origin, detection,
               infected_place, symptom_onset, cluster_id, status, status_since, facility_id)
             select k.k, k.pid, p.unit_id, t.at, k.k, 1,
               case when k.pos = 0 and ${rnd('k.k', 42, 100)} < 8 then 'imported' else 'domestic' end,
               case when k.pos > 0 and ${rnd('k.k', 43, 100)} < 55 then 'quarantine' else 'community' end,
               case when k.pos > 0 then 'Lây từ ca bệnh trong chuỗi ' || k.chain end,
               case when ${rnd('k.k', 44, 100)} < 60 then k.day - ${rnd('k.k', 45, 4)}::int end,
               case when ch.size >= 20 then ch.chain end,
               s.st, t.at + (case when s.st in ('recovered', 'died') then 10 + ${rnd('k.k', 46, 12)} else ${rnd('k.k', 47, 3)} end) * interval '1 day',
               bf.ids[1 + ${rnd('k.k', 48, 'cardinality(bf.ids)')}]
             from bench_case k join bench_chain ch on ch.chain = k.chain join person p on p.id = k.pid join org_unit o on o.id = p.unit_id
             cross join lateral (select (k.day + time '07:00' + ${rnd('k.k', 40, 720)} * interval '1 minute') at time zone 'Asia/Ho_Chi_Minh' as at) t
             cross join lateral (select case when k.day >= ${recent} then
                 case when r < 45 then 'home_care' when r < 70 then 'centralised' when r < 85 then 'hospital_t1'
                      when r < 95 then 'hospital_t2' when r < 99 then 'hospital_t3' else 'died' end
               else case when r < 98 then 'recovered' else 'died' end end as st
               from (select ${rnd('k.k', 41, 100)} as r) x) s
             left join bench_fac bf on bf.k = case s.st when 'centralised' then 1 when 'hospital_t1' then 1 when 'hospital_t2' then 2 when 'hospital_t3' then 3 end
               and bf.area = split_part(o.path, '/', case when s.st in ('centralised', 'hospital_t1') then 4 else 3 end)::int
             where k.k between $1 and $2`,
      values: [a, b],
    });
    await tx.execute({
      text: `insert into case_status (case_id, status, at, facility_id)
             -- a case that has since recovered or died was first cared for at home, isolated or in hospital
             select id, case when status in ('recovered', 'died') then f.st else status end, confirmed_at,
               case when status in ('recovered', 'died') then null else facility_id end
             from covid_case cross join lateral (select case when r < 12 then 'hospital_t1' when r < 17 then 'hospital_t2' when r < 19 then 'hospital_t3'
                 when r < 35 then 'centralised' else 'home_care' end as st from (select ${rnd('id', 59, 100)} as r) x) f
             where id between $1 and $2
             union all
             select id, status, status_since, null from covid_case where id between $1 and $2 and status in ('recovered', 'died')`,
      values: [a, b],
    });
    await tx.execute({
      text: `insert into lab_test (id, person_id, unit_id, kind, sampled_at, place, lab, result, result_at, symptoms)
             select id, person_id, unit_id, t.kind, confirmed_at - interval '6 hours', 'Trạm y tế', 'CDC tỉnh', 'positive', confirmed_at,
               t.kind = 'antigen' or ${rnd('id', 49, 2)} = 0
             from covid_case cross join lateral (select case when ${rnd('id', 50, 100)} < 80 then 'pcr' else 'antigen' end as kind) t
             where id between $1 and $2`,
      values: [a, b],
    });
    return n;
  });
  await db.exec(`select setval('covid_case_id_seq', ${C}); select setval('lab_test_id_seq', ${C})`);
  const tCases = secs(t2);

  // ------------------------------------------------------------ contacts (and the F1s' tests)
  const t3 = performance.now();
  const exposure = (h: string) => `(array['household','household','household','household','workplace','workplace','venue','school','vehicle','other'])[1 + ${rnd(h, 61, 10)}]`;
  const at = (day: string, h: string, seed: number, fromHour: number) =>
    `((${day}) + time '${String(fromHour).padStart(2, '0')}:00' + ${rnd(h, seed, 600)} * interval '1 minute') at time zone 'Asia/Ho_Chi_Minh'`;
  const contacts = await inChunks(db, 'contacts (+ tests of F1s)', C, 100_000, replica, log, async (tx, a, b) => {
    const n = await tx.execute({
      text: `insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at, reached_at)
             select pk.pid, k.pid, p.unit_id, ${exposure('k.k')}, k.day - 3, l.at, l.at + interval '2 hours'
             from bench_case k join bench_case pk on pk.k = k.parent_k join person p on p.id = k.pid
             cross join lateral (select ${at('least(pk.day + 1, k.day)', 'k.k', 62, 6)} as at) l
             where k.k between $1 and $2
             union all
             select k.pid, k.pid + m, p.unit_id, ${exposure('k.pid + m')}, k.day - 1 - ${rnd('k.pid + m', 63, 3)}::int, l.at,
               case when ${rnd('k.pid + m', 64, 100)} < 92 then l.at + ${rnd('k.pid + m', 65, 360)} * interval '1 minute' end
             from bench_case k cross join lateral generate_series(1, k.f1) m join person p on p.id = k.pid + m
             cross join lateral (select ${at('k.day', 'k.pid + m', 66, 10)} as at) l
             where k.k between $1 and $2
             union all
             select k.pid + m, k.pid + k.f1 + m, p.unit_id, ${exposure('k.pid + k.f1 + m')}, k.day, l.at,
               case when ${rnd('k.pid + k.f1 + m', 64, 100)} < 85 then l.at + ${rnd('k.pid + k.f1 + m', 65, 720)} * interval '1 minute' end
             from bench_case k cross join lateral generate_series(1, k.f2) m join person p on p.id = k.pid + k.f1 + m
             cross join lateral (select ${at('k.day + 1', 'k.pid + k.f1 + m', 67, 8)} as at) l
             where k.k between $1 and $2`,
      values: [a, b],
    });
    await tx.execute({
      text: `insert into lab_test (person_id, unit_id, kind, sampled_at, place, lab, result, result_at)
             select k.pid + m, p.unit_id, 'pcr', s.at, 'Tại nhà', 'CDC tỉnh', 'negative', s.at + interval '20 hours'
             from bench_case k cross join lateral generate_series(1, least(2, k.f1)) m join person p on p.id = k.pid + m
             cross join lateral (select ${at('k.day + 1', 'k.pid + m', 68, 7)} as at) s
             where k.k between $1 and $2`,
      values: [a, b],
    });
    return n;
  });
  const tContacts = secs(t3);

  // ------------------------------------------------------------ quarantines of F1s (up to 3 per case)
  const t4 = performance.now();
  // the contact's id is read through the (source, person) unique index, which the load keeps; a
  // range on it rather than a join on generate_series, whose estimate (1,000 rows, filtered down to
  // a handful) once put a scan of org_unit outside the whole chunk: 20 times slower
  await inChunks(db, 'quarantines', C, 100_000, replica, log, (tx, a, b) =>
    tx.execute({
      text: `insert into quarantine (person_id, unit_id, contact_id, policy_id, place, facility_id, fully_vaccinated, start_date,
               planned_end, end_date, test_days, status, released_on)
             select c.person_id, c.unit_id, c.id, pol.id, pol.place,
               case when pol.place = 'centralised' then bf.ids[1 + ${rnd('c.person_id', 71, 'cardinality(bf.ids)')}] end,
               v.full, c.exposure_date, c.exposure_date + pol.days - 1, c.exposure_date + pol.days - 1, pol.test_days,
               case when c.exposure_date + pol.days - 1 >= date '${DATA_TODAY}' then 'active' else 'released' end,
               case when c.exposure_date + pol.days - 1 < date '${DATA_TODAY}' then c.exposure_date + pol.days end
             from bench_case k
             join contact c on c.source_person_id = k.pid and c.person_id > k.pid and c.person_id <= k.pid + least(3, k.f1)
             join org_unit o on o.id = c.unit_id
             cross join lateral (select ${rnd('c.person_id', 72, 100)} < 60 as full) v
             join quarantine_policy pol on pol.degree = 1 and c.exposure_date >= pol.valid_from
               and (pol.valid_to is null or c.exposure_date < pol.valid_to)
               and (pol.vaccination = 'any' or (pol.vaccination = 'full') = v.full)
             left join bench_fac bf on bf.k = 0 and bf.area = split_part(o.path, '/', 4)::int
             where k.k between $1 and $2`,
      values: [a, b],
    }),
  );
  const tQuarantines = secs(t4);

  // ------------------------------------------------------------ indexes, statistics
  const t5 = performance.now();
  log(`  recreating ${indexes.length} indexes…`);
  await db.transaction(async (tx) => {
    await tx.exec(`set local maintenance_work_mem = '1GB'`);
    for (const ix of indexes) await tx.exec(ix.def);
  });
  const tIndexes = secs(t5);
  const t6 = performance.now();
  await db.exec(`vacuum analyze ${TABLES.join(', ')}, bench_case, bench_chain`);
  const tVacuum = secs(t6);

  const g: Generated = {
    people,
    cases: await count(db, 'from covid_case'),
    chains,
    bigChainCases: bigChain,
    contacts,
    tests: await count(db, 'from lab_test'),
    caseStatuses: await count(db, 'from case_status'),
    quarantines: await count(db, 'from quarantine'),
    activeQuarantines: await count(db, `from quarantine where status = 'active'`),
    facilities: await count(db, 'from facility'),
    clusters: await count(db, 'from cluster'),
    seconds: { people: tPeople, cases: tCases, contacts: tContacts, quarantines: tQuarantines, indexes: tIndexes, vacuum: tVacuum, total: secs(t0) },
  };
  log(`  registers loaded in ${g.seconds.total.toFixed(0)} s: ${g.people.toLocaleString('en')} people, ${g.cases.toLocaleString('en')} cases in ` +
    `${g.chains.toLocaleString('en')} chains, ${g.contacts.toLocaleString('en')} contacts, ${g.tests.toLocaleString('en')} tests, ` +
    `${g.quarantines.toLocaleString('en')} quarantines, ${g.facilities.toLocaleString('en')} facilities`);
  return g;
}

/** Drops the generator's working tables (kept until the measurements have chosen their probes). */
export async function dropPlan(db: Queryable): Promise<void> {
  await db.exec(`drop table if exists bench_commune, bench_chain, bench_case, bench_fac`);
}
