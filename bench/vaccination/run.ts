/**
 * The vaccination part of `npm run bench` (issue 4): generate the dose register over the
 * people of bench/registers, then measure coverage at the nation, a province and a district,
 * recording a dose with its schedule checks, and the bulk dose import beside raw COPY.
 */
import type { Db } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import { phases, type CpuShares } from '../cpu.ts';
import { benchActor } from '../registers/run.ts';
import { generateDoses, VAX_TODAY, type VaxGenerated } from './generate.ts';
import { boosterCandidates, bulkImport, coverage, recordDose, type ImportResult, type Measured, type UnitProbe } from './measure.ts';

export interface VaccinationOptions {
  probes: number;
  importRows: number;
  importRounds: number;
  log: (line: string) => void;
}

export interface VaccinationResults {
  generated: VaxGenerated;
  date: string;
  units: UnitProbe[];
  coverage: Measured[];
  record: Measured;
  import: ImportResult;
  cpu: Record<string, CpuShares>;
}

/** The nation, the province with the most vaccinated residents, and its district with the most. */
async function probeUnits(db: Db): Promise<UnitProbe[]> {
  const biggest = (where: string, values: unknown[]) =>
    db.query<{ id: number; name: string; path: string }>({
      text: `select o.id, o.name, o.path from coverage_rollup r join org_unit o on o.id = r.unit_id
             where r.stage = 'dose1' and ${where} group by o.id order by sum(r.n) desc, o.id limit 1`,
      values,
    }).then((r) => r[0]!);
  const nation = await biggest('o.level = 0', []);
  const province = await biggest('o.level = 1', []);
  const district = await biggest('o.level = 2 and o.parent_id = $1', [province.id]);
  return [
    { label: `nation (${nation.name})`, id: nation.id, path: nation.path },
    { label: `province (${province.name})`, id: province.id, path: province.path },
    { label: `district (${district.name})`, id: district.id, path: district.path },
  ];
}

export async function runVaccination(db: Db, o: VaccinationOptions): Promise<VaccinationResults> {
  const { log } = o;
  log('vaccination: generating the dose register (about two doses a person)…');
  const generated = await generateDoses(db, log);
  const actor = await benchActor(db);
  const units = await probeUnits(db);
  const { phase, cpu } = phases(log);
  const ms = (v: number) => v.toFixed(1);

  log(`Vaccination 1. coverage by age group and stage (coverageCounts) at ${units.map((u) => u.label).join(', ')}: ${o.probes} probes each`);
  // plain SQL scans the subtree's people: a few probes at the nation
  const baseProbes = (u: UnitProbe) => Math.min(o.probes, u === units[0] ? 5 : u === units[1] ? 10 : 50);
  const cov = await phase('coverage', () => coverage(db, units, o.probes, baseProbes));
  for (const c of cov) log(`    ${c.label}: p50 ${ms(c.result.p50)} ms, p95 ${ms(c.result.p95)} ms; plain SQL p95 ${ms(c.baseline.p95)} ms; ${c.detail}`);

  // the import's rounds take the first people due a booster, round after round: recording takes them from the end
  const recordProbes = await boosterCandidates(db, o.probes, o.importRows * (o.importRounds + 1));
  log(`Vaccination 2. recording a dose (recordDoseTx, booster with schedule checks): ${recordProbes.length} doses`);
  const record = await phase('recording a dose', () => recordDose(db, actor, recordProbes));
  log(`    p50 ${ms(record.result.p50)} ms, p95 ${ms(record.result.p95)} ms; plain SQL p95 ${ms(record.baseline.p95)} ms; ${record.detail}`);

  log(`Vaccination 3. bulk dose import of ${o.importRows.toLocaleString('en')} rows beside COPY, ${o.importRounds} rounds`);
  const imported = await phase('import', () => bulkImport(db, actor, o.importRows, o.importRounds, log));
  return { generated, date: VAX_TODAY, units, coverage: cov, record, import: imported, cpu };
}

/** Whether the register has people to vaccinate (else the registers' generator must run first). */
export async function peopleCount(db: Db): Promise<number> {
  return Number((await db.query<{ n: number }>(sql`select count(*)::bigint as n from person`))[0]!.n);
}
