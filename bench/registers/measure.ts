/**
 * The register measurements: each calls the module function behind the route (in this
 * process, on the benchmark database) and, in the same run, a plain SQL baseline that
 * computes the same thing by hand.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/server/db/client.ts';
import type { Actor } from '../../src/server/modules/auth/policy.ts';
import { buildChain } from '../../src/server/modules/contacts/chain.ts';
import { personContacts } from '../../src/server/modules/contacts/service.ts';
import { listFacilities } from '../../src/server/modules/facilities/service.ts';
import type { Form } from '../../src/server/modules/forms/schema.ts';
import { findCandidates, type MatchInput } from '../../src/server/modules/people/duplicates.ts';
import { importRegister } from '../../src/server/modules/register-exchange/service.ts';
import { registerFigures } from '../../src/server/modules/registers/service.ts';
import { summarize, timed, type Summary } from '../util.ts';
import { DATA_TODAY, personColumns, personNameParams, rnd } from './generate.ts';

const LANG = 'vi' as const;

export interface Paired {
  label: string;
  probes: number;
  result: Summary;
  baseline: Summary;
  /** what the function returned, for the report (sizes, counts) */
  detail: string;
}

/** Times `fn` on every probe after `warmup` untimed calls, then `base` the same way. */
async function paired<P>(
  label: string,
  probes: P[],
  fn: (p: P) => Promise<unknown>,
  base: (p: P) => Promise<unknown>,
  describe: (results: unknown[], baseResults: unknown[]) => string,
  warmup = 3,
): Promise<Paired> {
  for (const p of probes.slice(0, warmup)) {
    await fn(p);
    await base(p);
  }
  const times: number[] = [];
  const results: unknown[] = [];
  for (const p of probes) {
    const [r, t] = await timed(() => fn(p));
    times.push(t);
    results.push(r);
  }
  const btimes: number[] = [];
  const bresults: unknown[] = [];
  for (const p of probes) {
    const [r, t] = await timed(() => base(p));
    btimes.push(t);
    bresults.push(r);
  }
  return { label, probes: probes.length, result: summarize(times), baseline: summarize(btimes), detail: describe(results, bresults) };
}

const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const f1 = (v: number) => v.toFixed(1);

// ---------------------------------------------------------------- 1. F1 and F2 of a case

/** GET /api/people/:id/contacts?depth=2 → personContacts; baseline: the two hops in one SQL query. */
export async function contactsOfCase(db: Db, actor: Actor, caseIds: number[]): Promise<Paired> {
  return paired(
    'F1 + F2 of a case',
    caseIds,
    (id) => personContacts(db, actor, id, 2, LANG),
    (id) => db.query({
      text: `select c1.person_id as f1, c2.person_id as f2 from contact c1 left join contact c2 on c2.source_person_id = c1.person_id
             where c1.source_person_id = $1`,
      values: [id],
    }),
    (rs) => {
      const r = rs as Awaited<ReturnType<typeof personContacts>>[];
      return `on average ${f1(avg(r.map((x) => x.down.filter((d) => d.level === 1).length)))} F1 and ${f1(avg(r.map((x) => x.down.filter((d) => d.level === 2).length)))} F2 listed, ` +
        `${f1(avg(r.map((x) => x.up.length)))} source(s) above`;
    },
  );
}

// ---------------------------------------------------------------- 2. the 10,000-case chain

/** GET /api/chains/:personId → buildChain; baseline: the connected component by a recursive SQL query. */
export async function bigChain(db: Db, actor: Actor, startIds: number[]): Promise<Paired> {
  return paired(
    'transmission chain of 10,000 cases',
    startIds,
    (id) => buildChain(db, actor, id, 10_000, LANG, DATA_TODAY),
    (id) => db.query({
      text: `with recursive comp(id) as (
               select $1::bigint
               union
               select x.id from comp cross join lateral (
                 select person_id from contact where source_person_id = comp.id
                 union all
                 select source_person_id from contact where person_id = comp.id) as x(id))
             select count(*)::int as people,
               (select count(*) from covid_case k where k.person_id in (select id from comp))::int as cases
             from comp`,
      values: [id],
    }),
    (rs, bs) => {
      const c = (rs as Awaited<ReturnType<typeof buildChain>>[])[0]!;
      const [component] = (bs as { people: number; cases: number }[][])[0]!;
      const cases = c.nodes.filter((n) => n.isCase).length;
      const whole = c.nodes.length === component!.people && cases === component!.cases;
      return `${c.nodes.length.toLocaleString('en')} people (${cases.toLocaleString('en')} cases) and ${c.edges.length.toLocaleString('en')} contacts, ` +
        `${whole ? 'the whole chain' : `**not the whole chain** (${component!.people.toLocaleString('en')} people, ${component!.cases.toLocaleString('en')} cases)`}` +
        `${c.truncated ? ' (flagged truncated)' : ''}; stats ${JSON.stringify(c.stats)}`;
    },
    1,
  );
}

// ---------------------------------------------------------------- 3. duplicate check on insert

export interface DuplicateProbe {
  kind: 'same national ID' | 'similar name + birth date' | 'new person';
  input: MatchInput;
  nationalId: string;
}

/**
 * New entries resembling existing people (a third typed with the same national ID, a third
 * with the name without accents and a middle name left out, same birth date, no ID), and a
 * third of new people (new name, birth date and phone, with a national ID nobody has).
 */
export async function duplicateProbes(db: Db, n: number, people: number): Promise<DuplicateProbe[]> {
  const rows = await db.query<{ id: number; nationalId: string | null; searchName: string; birthDate: string; phone: string | null }>({
    text: `select id, national_id as "nationalId", search_name as "searchName", birth_date as "birthDate", phone from person
           where id in (select 1 + ${rnd('g', 91, people)} from generate_series(1, $1) g) and national_id is not null`,
    values: [n * 2],
  });
  const fresh = await db.query<{ fullName: string; birthDate: string; phone: string | null }>({
    text: `select p.full_name as "fullName", p.birth_date as "birthDate", p.phone
           from (select ${personColumns('g', '0', "date '2021-01-01' + (g % 300)")}
                 from generate_series(${people + 200_001}, ${people + 200_000 + n}) g)
             as p(id, national_id, full_name, search_name, birth_date, sex, phone, unit_id, address)`,
    values: personNameParams(),
  });
  const out: DuplicateProbe[] = [];
  for (let i = 0; i < n; i++) {
    const r = rows[i % rows.length]!;
    const words = r.searchName.split(' ');
    if (i % 3 === 0) out.push({ kind: 'same national ID', input: { nationalId: r.nationalId, fullName: r.searchName, birthDate: r.birthDate }, nationalId: r.nationalId! });
    else if (i % 3 === 1) {
      const name = words.length > 2 ? [words[0], ...words.slice(2)].join(' ') : r.searchName;
      out.push({ kind: 'similar name + birth date', input: { fullName: name, birthDate: r.birthDate, phone: null }, nationalId: r.nationalId! });
    } else {
      const p = fresh[i % fresh.length]!;
      // an ID and a phone nobody in the register has
      const nationalId = `9${String(people + i).padStart(11, '0')}`;
      out.push({ kind: 'new person', input: { nationalId, fullName: p.fullName, birthDate: p.birthDate, phone: p.phone ?? `02${String(i).padStart(8, '0')}` }, nationalId });
    }
  }
  return out;
}

/** findCandidates (people/duplicates.ts, run by every create and edit); baseline: the national-ID lookup alone. */
export async function duplicateCheck(db: Db, probes: DuplicateProbe[]): Promise<Paired[]> {
  const out: Paired[] = [];
  for (const kind of ['same national ID', 'similar name + birth date', 'new person'] as const) {
    const mine = probes.filter((p) => p.kind === kind);
    out.push(await paired(
      `duplicate check, ${kind}`,
      mine,
      (p) => findCandidates(db, p.input),
      (p) => db.query({ text: `select id from person where national_id = $1 and merged_into is null`, values: [p.nationalId] }),
      (rs) => {
        const r = rs as Awaited<ReturnType<typeof findCandidates>>[];
        return `${r.filter((c) => c.length > 0).length} of ${r.length} found candidates (on average ${f1(avg(r.map((c) => c.length)))})`;
      },
    ));
  }
  return out;
}

// ---------------------------------------------------------------- 4. occupancy and register figures

export interface UnitProbe {
  label: string;
  id: number;
  path: string;
}

/** GET /api/facilities → listFacilities (occupancy of each site); baseline: grouped counts by hand. */
export async function occupancy(db: Db, actor: Actor, units: UnitProbe[], probes: number): Promise<Paired[]> {
  const out: Paired[] = [];
  for (const u of units) {
    out.push(await paired(
      `facility occupancy, ${u.label}`,
      Array.from({ length: probes }, () => u),
      (x) => listFacilities(db, actor, { unitId: x.id }, LANG),
      (x) => db.query({
        text: `select f.id, f.beds, coalesce(q.n, 0) + coalesce(k.n, 0) as occupied
               from facility f join org_unit o on o.id = f.unit_id
               left join (select facility_id, count(*) as n from quarantine where status = 'active' and facility_id is not null group by 1) q on q.facility_id = f.id
               left join (select facility_id, count(*) as n from covid_case where facility_id is not null and status not in ('recovered', 'died') group by 1) k
                 on k.facility_id = f.id
               where o.path ~>=~ $1 and o.path ~<~ subtree_end($1)`,
        values: [x.path],
      }),
      (rs) => {
        const r = rs as Awaited<ReturnType<typeof listFacilities>>[];
        const list = r[0]!;
        return `${list.length.toLocaleString('en')} facilities, ${list.reduce((s, f) => s + f.occupied, 0).toLocaleString('en')} of ${list.reduce((s, f) => s + f.beds, 0).toLocaleString('en')} beds occupied`;
      },
      2,
    ));
  }
  return out;
}

/** GET /api/registers/figures → registerFigures; baseline: the day's counts of each register by hand. */
export async function figures(db: Db, actor: Actor, form: Form, units: UnitProbe[], day: string, probes: number): Promise<Paired[]> {
  const now = new Date(`${day}T10:00:00+07:00`);
  const out: Paired[] = [];
  for (const u of units) {
    out.push(await paired(
      `register figures, ${u.label}`,
      Array.from({ length: probes }, () => u),
      (x) => registerFigures(db, actor, form, x.id, day, LANG, now),
      (x) => db.query({
        text: `with s as (select $2::date as day, ($2::date::timestamp at time zone 'Asia/Ho_Chi_Minh') as t0,
                 (($2::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh') as t1)
               select
                 (select count(*) from covid_case k join org_unit o on o.id = k.unit_id, s
                  where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and k.confirmed_at >= s.t0 and k.confirmed_at < s.t1) as cases,
                 (select count(*) from covid_case k join org_unit o on o.id = k.unit_id
                  where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and k.status like 'hospital%') as in_hospital,
                 (select count(*) from quarantine q join org_unit o on o.id = q.unit_id, s
                  where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and q.start_date <= s.day and q.end_date >= s.day) as quarantined,
                 (select count(*) from lab_test t join org_unit o on o.id = t.unit_id, s
                  where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and t.sampled_at >= s.t0 and t.sampled_at < s.t1) as tests,
                 (select count(*) from contact c join org_unit o on o.id = c.unit_id, s
                  where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and c.listed_at >= s.t0 and c.listed_at < s.t1) as contacts`,
        values: [x.path, day],
      }),
      (rs) => {
        const r = (rs as Awaited<ReturnType<typeof registerFigures>>[])[0]!;
        const get = (code: string) => r.figures.find((f) => f.code === code)?.register ?? 0;
        return `${r.children.length} children; new F0 ${get('f0_community') + get('f0_quarantined')}, in hospital ${get('hospital_current')}, ` +
          `in quarantine ${get('cq_current') + get('hq_current')}, F1 / F2 traced ${get('f1_traced')} / ${get('f2_traced')}, PCR samples ${get('pcr_samples')}`;
      },
      1,
    ));
  }
  return out;
}

// ---------------------------------------------------------------- 5. bulk import beside COPY

export interface ImportResult {
  rows: number;
  csvBytes: number;
  dryRunSeconds: number;
  importSeconds: number;
  copySeconds: number | null;
  copyError: string | null;
  created: number;
  importRate: number;
  copyRate: number | null;
  share: number | null;
  /** the apply step alone, estimated as the import minus its dry run (which parses and checks the same file) */
  applySeconds: number;
  applyShare: number | null;
}

const csvCell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: unknown[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

/**
 * `rows` new people (born in 2021, new national IDs and phones: none is a duplicate, so the
 * whole file applies) imported with importRegister (register-exchange: parse, check every row
 * against the register, apply with bulk inserts, audit) from a CSV in the template's columns;
 * beside it, raw `COPY person (…) FROM '<file>'` of the same rows (the table's own columns,
 * search_name and unit_id precomputed), in a transaction rolled back so the import meets the
 * same register.
 */
/** A refused import stops the benchmark with its first bad rows. */
const refused = (err: unknown): never => {
  const rows = (err as { rows?: unknown[] }).rows;
  throw new Error(`import refused: ${(err as Error).message}${rows ? ` ${JSON.stringify(rows.slice(0, 3))}` : ''}`);
};

export async function bulkImport(db: Db, actor: Actor, rows: number, people: number, log: (line: string) => void): Promise<ImportResult> {
  const data = await db.query<{ nationalId: string | null; fullName: string; searchName: string; birthDate: string; sex: string; phone: string | null; unitId: number; unitCode: string; address: string }>({
    text: `select p.national_id as "nationalId", p.full_name as "fullName", p.search_name as "searchName", p.birth_date as "birthDate", p.sex, p.phone,
             p.unit_id as "unitId", o.code as "unitCode", p.address
           from (select ${personColumns('g', `(select unit_id from person where id = g % ${people} + 1)`, "date '2021-01-01' + (g % 300)")}
                 from generate_series(${people + 1}, ${people + rows}) g)
             as p(id, national_id, full_name, search_name, birth_date, sex, phone, unit_id, address)
           join org_unit o on o.id = p.unit_id order by p.id`,
    values: personNameParams(),
  });
  // the import knows people without a national ID by name + birth date + phone: give every row a phone
  // nobody has (a prefix the register does not use), so that no two rows of the file are the same person
  data.forEach((p, i) => {
    p.phone ??= `02${String(i).padStart(8, '0')}`;
  });
  const importCsv = Buffer.from(csv([
    ['national_id', 'full_name', 'birth_date', 'sex', 'phone', 'unit_code', 'address', 'workplace'],
    ...data.map((p) => [p.nationalId, p.fullName, p.birthDate, p.sex, p.phone, p.unitCode, p.address, null]),
  ]));
  const file = join(tmpdir(), `epicenter-bench-copy-${randomBytes(4).toString('hex')}.csv`);
  writeFileSync(file, csv(data.map((p) => [p.nationalId, p.fullName, p.searchName, p.birthDate, p.sex, p.phone, p.unitId, p.address])));
  chmodSync(file, 0o644); // read by the server process (user postgres)

  let copySeconds: number | null = null;
  let copyError: string | null = null;
  try {
    await db.transaction(async (tx) => {
      const t = performance.now();
      await tx.exec(`copy person (national_id, full_name, search_name, birth_date, sex, phone, unit_id, address) from '${file}' with (format csv)`);
      copySeconds = (performance.now() - t) / 1000;
      throw new Error('rollback');
    });
  } catch (err) {
    if ((err as Error).message !== 'rollback') copyError = (err as Error).message;
  } finally {
    rmSync(file, { force: true });
  }
  log(`    COPY of ${rows.toLocaleString('en')} rows: ${copySeconds === null ? `failed (${copyError})` : `${(copySeconds as number).toFixed(2)} s`}`);

  const now = new Date();
  const [, dryMs] = await timed(() => importRegister(db, actor, { kind: 'people', dryRun: true }, importCsv, LANG, now)).catch(refused);
  log(`    import, dry run (parse and check only): ${(dryMs / 1000).toFixed(2)} s`);
  const [reply, ms] = await timed(() => importRegister(db, actor, { kind: 'people', dryRun: false }, importCsv, LANG, now)).catch(refused);
  log(`    import: ${(ms / 1000).toFixed(2)} s, ${reply.created.toLocaleString('en')} people created`);
  const importRate = rows / (ms / 1000);
  const copyRate = copySeconds === null ? null : rows / copySeconds;
  return {
    rows,
    csvBytes: importCsv.length,
    dryRunSeconds: dryMs / 1000,
    importSeconds: ms / 1000,
    copySeconds,
    copyError,
    created: reply.created,
    importRate,
    copyRate,
    share: copyRate === null ? null : importRate / copyRate,
    applySeconds: (ms - dryMs) / 1000,
    applyShare: copySeconds === null ? null : (copySeconds as number) / ((ms - dryMs) / 1000),
  };
}
