/**
 * The person-level register part of `npm run bench` (issue 3): generate the registers on the
 * benchmark database, then measure F1/F2 listing, the 10,000-case chain, the duplicate check,
 * occupancy and register figures, and the bulk import beside raw COPY.
 */
import type { Db } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import { insertUser } from '../../src/server/modules/auth/repository.ts';
import type { Actor } from '../../src/server/modules/auth/policy.ts';
import type { Form } from '../../src/server/modules/forms/schema.ts';
import { MAX_ROWS } from '../../src/server/modules/register-exchange/service.ts';
import { phases, type CpuShares } from '../cpu.ts';
import { dropPlan, generateRegisters, type Generated } from './generate.ts';
import {
  bigChain, bulkImport, contactsOfCase, duplicateCheck, duplicateProbes, figures, occupancy, type ImportResult, type Paired, type UnitProbe,
} from './measure.ts';

export interface RegisterOptions {
  people: number;
  probes: number;
  importRows: number;
  form: Form;
  log: (line: string) => void;
}

export interface RegisterResults {
  generated: Generated;
  figuresDay: string;
  units: UnitProbe[];
  contacts: Paired;
  chain: Paired;
  duplicates: Paired[];
  occupancy: Paired[];
  figures: Paired[];
  import: ImportResult;
  /** who used the CPUs during each measurement */
  cpu: Record<string, CpuShares>;
}

export async function benchActor(db: Db): Promise<Actor> {
  const [nation] = await db.query<{ id: number; code: string; name: string; path: string }>(sql`select id, code, name, path from org_unit where level = 0`);
  const [existing] = await db.query<{ id: number }>(sql`select id from app_user where username = 'bench.registers'`);
  // nobody signs in as this user: it only stands for the caller in the audit rows
  const id = existing?.id ?? (await insertUser(db, { username: 'bench.registers', passwordHash: '-', fullName: 'Bench registers', role: 'admin', unitId: nation!.id, isDemo: false }));
  return {
    id, username: 'bench.registers', fullName: 'Bench registers', role: 'admin', csrfToken: '', unitPath: nation!.path,
    unit: { id: nation!.id, code: nation!.code, name: nation!.name, fullName: nation!.name, level: 0 },
  };
}

/** The nation, and the province and district of the big outbreak (chain 1), where the registers are heaviest. */
async function probeUnits(db: Db): Promise<UnitProbe[]> {
  const [first] = await db.query<{ path: string }>(sql`
    select o.path from bench_case k join person p on p.id = k.pid join org_unit o on o.id = p.unit_id where k.k = 1`);
  const parts = first!.path.split('/');
  const unit = async (label: string, id: number) => {
    const [u] = await db.query<{ name: string; path: string }>(sql`select name, path from org_unit where id = ${id}`);
    return { label: `${label} (${u!.name})`, id, path: u!.path };
  };
  return [await unit('nation', Number(parts[1])), await unit('province', Number(parts[2])), await unit('district', Number(parts[3]))];
}

const pick = async (db: Db, where: string, n: number, seed: number) =>
  (await db.query<{ pid: number }>({ text: `select pid from bench_case where ${where} order by hashint8extended(k, ${seed}) limit ${n}`, values: [] })).map((r) => Number(r.pid));

export async function runRegisters(db: Db, o: RegisterOptions): Promise<RegisterResults> {
  const { log } = o;
  log(`registers: generating ${o.people.toLocaleString('en')} people, ${Math.floor(o.people / 10).toLocaleString('en')} cases, ~${Math.floor(o.people / 2).toLocaleString('en')} contacts…`);
  const generated = await generateRegisters(db, { people: o.people, log });
  const actor = await benchActor(db);
  const units = await probeUnits(db);
  const [{ day }] = (await db.query<{ day: string }>(sql`
    select day::text from bench_case group by day order by count(*) desc, day limit 1`)) as [{ day: string }];
  const { phase, cpu } = phases(log);

  log(`R1. F1 + F2 of a case (personContacts, depth 2): ${o.probes} cases`);
  const caseIds = await pick(db, 'chain <> 1', o.probes, 93);
  const contacts = await phase('F1 + F2', () => contactsOfCase(db, actor, caseIds));
  log(`    p50 ${contacts.result.p50.toFixed(1)} ms, p95 ${contacts.result.p95.toFixed(1)} ms; plain SQL p95 ${contacts.baseline.p95.toFixed(1)} ms; ${contacts.detail}`);

  log('R2. the 10,000-case chain (buildChain) from 20 of its cases');
  const starts = await pick(db, 'chain = 1', 20, 94);
  const chain = await phase('chain', () => bigChain(db, actor, starts));
  log(`    p50 ${chain.result.p50.toFixed(0)} ms, p95 ${chain.result.p95.toFixed(0)} ms; recursive SQL p95 ${chain.baseline.p95.toFixed(0)} ms; ${chain.detail}`);

  log(`R3. duplicate check (findCandidates): ${o.probes} new entries`);
  const entries = await duplicateProbes(db, o.probes, o.people);
  const duplicates = await phase('duplicate check', () => duplicateCheck(db, entries));
  for (const d of duplicates) log(`    ${d.label}: p50 ${d.result.p50.toFixed(1)} ms, p95 ${d.result.p95.toFixed(1)} ms; national-ID lookup p95 ${d.baseline.p95.toFixed(1)} ms; ${d.detail}`);

  log(`R4. occupancy (listFacilities) and register figures (registerFigures, ${day}): ${units.map((u) => u.label).join(', ')}`);
  const occ = await phase('occupancy', () => occupancy(db, actor, units, 20));
  for (const d of occ) log(`    ${d.label}: p50 ${d.result.p50.toFixed(1)} ms, p95 ${d.result.p95.toFixed(1)} ms; plain SQL p95 ${d.baseline.p95.toFixed(1)} ms; ${d.detail}`);
  const fig = await phase('register figures', () => figures(db, actor, o.form, units, day, 5));
  for (const d of fig) log(`    ${d.label}: p50 ${d.result.p50.toFixed(0)} ms, p95 ${d.result.p95.toFixed(0)} ms; plain SQL p95 ${d.baseline.p95.toFixed(0)} ms; ${d.detail}`);

  const rows = Math.min(o.importRows, MAX_ROWS);
  log(`R5. bulk import (importRegister, people) of ${rows.toLocaleString('en')} rows beside COPY`);
  const imported = await phase('import', () => bulkImport(db, actor, rows, o.people, log));

  await dropPlan(db);
  return { generated, figuresDay: day, units, contacts, chain, duplicates, occupancy: occ, figures: fig, import: imported, cpu };
}
