/**
 * Writing a checked dose import, in one transaction: the doses chunk by chunk (progress moves by
 * a chunk), then the people's states, then the coverage roll-ups and daily counts once for the
 * whole file. The states and counts follow from the plan the checks worked out, not from the
 * rows written.
 */
import { ageBandAt } from '../../../domain/age-groups.ts';
import { chunksOf } from '../../../domain/collections.ts';
import type { DoseHistory, VaccinationState } from '../../../domain/vaccination-state.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import * as irepo from './import-repository.ts';
import { addDaily, addRollups, UNKNOWN_BIRTH_YEAR, type DailyDelta, type RollupDelta } from './register.ts';

/** A checked row to write. */
export interface DoseToWrite {
  personId: number;
  productId: number;
  lotCode: string | null;
  expiry: string | null;
  /** a lot the register does not know yet: inserted before the doses */
  newLot: boolean;
  givenOn: string;
  unitId: number;
  doseNumber: number;
  kind: string;
  /** the stage the dose makes its person reach (vaccination_daily) */
  stage: string;
}

/** What the import changes for one person: their history after the file's doses, and where they were counted. */
export interface PersonPlan {
  history: DoseHistory;
  lastProductId: number;
  birthDate: string | null;
  unitId: number;
  counted: VaccinationState | null;
  countedUnitId: number | null;
  countedBirthYear: number | null;
}

export interface ApplyContext {
  actor: Actor;
  now: Date;
  /** a hash of the file, for the audit row */
  source: string;
  chunkRows: number;
  onWritten: (done: number, total: number) => Promise<void>;
}

const birthYearOf = (birthDate: string | null) => (birthDate ? Number(birthDate.slice(0, 4)) : UNKNOWN_BIRTH_YEAR);

export async function applyImport(db: Db, rows: DoseToWrite[], plans: Map<number, PersonPlan>, ctx: ApplyContext): Promise<void> {
  // in person order, so that the indexes and tables keyed by person are walked in order rather
  // than at random (a fifth of the time on the benchmark)
  const ordered = [...rows].sort((a, b) => a.personId - b.personId || a.doseNumber - b.doseNumber);
  await db.transaction(async (tx) => {
    // all the doses, then all the states: each walks its own tables and indexes in order
    const people = [...plans.keys()].sort((a, b) => a - b);
    const total = rows.length + people.length;
    let done = 0;
    const inChunks = async <T>(items: T[], write: (chunk: T[]) => Promise<unknown>) => {
      for (const chunk of chunksOf(items, ctx.chunkRows)) {
        await write(chunk);
        done += chunk.length;
        await ctx.onWritten(done, total);
      }
    };
    await inChunks(ordered, (chunk) => writeDoses(tx, chunk, ctx));
    await inChunks(people, (chunk) => writeStates(tx, chunk, plans));
    await writeTotals(tx, plans, dailyDeltas(rows, plans));
    await writeAudit(tx, {
      userId: ctx.actor.id, unitId: ctx.actor.unit.id, action: 'import', entity: 'vaccine_dose', entityId: ctx.source, before: null,
      after: { rows: rows.length, people: plans.size },
    });
  });
}

/** A chunk's new lots and its doses. */
async function writeDoses(tx: Queryable, chunk: DoseToWrite[], ctx: ApplyContext): Promise<void> {
  const newLots = new Map(chunk.filter((r) => r.newLot).map((r) => [`${r.productId}|${r.lotCode}`, { productId: r.productId, lotCode: r.lotCode!, expiry: r.expiry! }]));
  if (newLots.size) await irepo.insertLots(tx, [...newLots.values()]);
  await irepo.insertDoses(tx, chunk, ctx.now, ctx.actor.id);
}

/** Their state and last dose after the import, and where the state is now counted. */
const writeStates = (tx: Queryable, people: number[], plans: Map<number, PersonPlan>) => irepo.upsertStates(tx, people.map((personId) => {
  const p = plans.get(personId)!;
  return { personId, history: p.history, lastProductId: p.lastProductId, unitId: p.unitId, birthYear: birthYearOf(p.birthDate) };
}));

/** The doses counted by giving unit, day, the stage each made its person reach and age band. */
function dailyDeltas(rows: DoseToWrite[], plans: Map<number, PersonPlan>): DailyDelta[] {
  const byKey = new Map<string, DailyDelta>();
  for (const r of rows) {
    const band = ageBandAt(plans.get(r.personId)!.birthDate, r.givenOn);
    const key = `${r.unitId}|${r.givenOn}|${r.stage}|${band}`;
    const d = byKey.get(key);
    if (d) d.n++;
    else byKey.set(key, { unitId: r.unitId, day: r.givenOn, stage: r.stage, band, n: 1 });
  }
  return [...byKey.values()];
}

const STAGE_DATES = [['dose1', 'firstDoseOn'], ['primary', 'primaryDoneOn'], ['booster', 'boosterOn']] as const;

/**
 * The figures kept with the register, once for the whole file: coverage_rollup takes back where
 * each person was counted and counts their new state (only the stages they reached, when they
 * are counted where they were); vaccination_daily counts each dose.
 */
async function writeTotals(db: Queryable, plans: Map<number, PersonPlan>, daily: DailyDelta[]) {
  const rollups: RollupDelta[] = [];
  for (const p of plans.values()) {
    const birthYear = birthYearOf(p.birthDate);
    const countedHere = p.counted && p.countedUnitId === p.unitId && (p.countedBirthYear ?? UNKNOWN_BIRTH_YEAR) === birthYear;
    for (const [stage, date] of STAGE_DATES) {
      const had = !!p.counted?.[date] && p.countedUnitId !== null;
      const has = !!p.history[date];
      if (countedHere && had === has) continue;
      if (had) rollups.push({ unitId: p.countedUnitId!, birthYear: p.countedBirthYear ?? UNKNOWN_BIRTH_YEAR, stage, n: -1 });
      if (has) rollups.push({ unitId: p.unitId, birthYear, stage, n: 1 });
    }
  }
  await addRollups(db, rollups);
  await addDaily(db, daily);
}
