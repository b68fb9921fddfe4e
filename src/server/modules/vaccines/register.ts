/**
 * The dose register's one write path: schedule checks, the dose, and the derived figures
 * (vaccination_state, coverage_rollup, vaccination_daily) in the same transaction.
 */
import { ageBandAt } from '../../../domain/age-groups.ts';
import { vietnamToday } from '../../../domain/dates.ts';
import { historyOf, stagesOf, stageReachedBy, stateOf, type VaccinationState } from '../../../domain/vaccination-state.ts';
import { checkDose, type ScheduleIssue } from '../../../domain/vaccine-schedule.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { requirePersonInScope } from '../people/scope.ts';
import { vmsg, type VaccineMessage } from './messages.ts';
import * as repo from './repository.ts';

export interface NewDose {
  clientId?: string | undefined;
  personId: number;
  productId: number;
  lotId?: number | null | undefined;
  lotCode?: string | undefined;
  expiryDate?: string | undefined;
  givenOn: string;
  site?: string | null | undefined;
  unitId?: number | undefined;
}

const fieldError = (field: string, key: VaccineMessage, lang: Lang, vars?: Record<string, string | number>): FieldError => ({
  field,
  message: vmsg(key, lang, vars),
});
export const issueError = (i: ScheduleIssue, lang: Lang) => fieldError(i.field, i.key, lang, i.vars);
const invalid = (errors: FieldError[]) => new AppError('validation', errors.map((e) => e.message).join('; '), errors);

/** Unknown birth year in coverage_rollup: such people count only in the 'all' group. */
export const UNKNOWN_BIRTH_YEAR = 0;

export async function recordDoseTx(tx: Queryable, actor: Actor, input: NewDose, lang: Lang, now: Date): Promise<{ id: number; warnings: FieldError[] }> {
  if (input.clientId) {
    const existing = await repo.doseIdByClientId(tx, input.clientId);
    if (existing) {
      const dose = (await repo.findDose(tx, existing))!;
      await requirePersonInScope(tx, actor, dose.personId, lang);
      return { id: existing, warnings: [] };
    }
  }
  const person = await requirePersonInScope(tx, actor, input.personId, lang);
  // one dose at a time per person: the dose number and the state follow from the ones before
  const [p] = await tx.query<{ birthDate: string | null }>(sql`select birth_date as "birthDate" from person where id = ${person.id} for update`);
  const unit = await requireUnitInScope(tx, actor, input.unitId ?? actor.unit.id, lang);
  const product = await repo.findProduct(tx, input.productId);
  if (!product) throw invalid([fieldError('productId', 'unknownProduct', lang)]);

  const errors: FieldError[] = [];
  const lotId = await resolveLot(tx, product.id, input, lang, errors);
  const earlier = await repo.dosesOfPerson(tx, person.id);
  const check = checkDose({
    product,
    intervals: await repo.listIntervals(tx, product.id),
    previous: earlier.length ? historyOf(earlier) : null,
    birthDate: p!.birthDate,
    givenOn: input.givenOn,
    today: vietnamToday(now),
  });
  errors.push(...check.errors.map((i) => issueError(i, lang)));
  if (errors.length) throw invalid(errors);

  const [row] = await tx.query<{ id: number }>(sql`
    insert into vaccine_dose (client_id, person_id, product_id, lot_id, dose_number, kind, given_on, site, unit_id, entered_at, entered_by)
    values (${input.clientId ?? null}, ${person.id}, ${product.id}, ${lotId}, ${check.doseNumber}, ${check.kind}, ${input.givenOn},
      ${input.site ?? null}, ${unit.id}, ${now}, ${actor.id})
    returning id`);
  const id = Number(row!.id);

  const before = earlier.length ? stateOf(earlier) : null;
  const after = await recomputeVaccination(tx, person.id);
  await addDaily(tx, [{ unitId: unit.id, day: input.givenOn, stage: stageReachedBy(before, after), band: ageBandAt(p!.birthDate, input.givenOn), n: 1 }]);
  await writeAudit(tx, {
    userId: actor.id,
    unitId: unit.id,
    action: 'create',
    entity: 'vaccine_dose',
    entityId: String(id),
    before: null,
    after: { personId: person.id, productId: product.id, lotId, doseNumber: check.doseNumber, kind: check.kind, givenOn: input.givenOn },
  });
  return { id, warnings: check.warnings.map((i) => issueError(i, lang)) };
}

async function resolveLot(tx: Queryable, productId: number, input: NewDose, lang: Lang, errors: FieldError[]): Promise<number | null> {
  if (input.lotId) {
    const lot = await repo.findLot(tx, input.lotId);
    if (!lot || lot.productId !== productId) errors.push(fieldError('lotId', 'lotOtherProduct', lang));
    else if (lot.expiryDate < input.givenOn) errors.push(fieldError('lotId', 'lotExpired', lang, { expiry: lot.expiryDate }));
    return lot?.id ?? null;
  }
  if (!input.lotCode) return null;
  if (!input.expiryDate) {
    errors.push(fieldError('expiryDate', 'lotRequired', lang));
    return null;
  }
  const lot = await repo.lotByCode(tx, productId, input.lotCode, input.expiryDate);
  if (lot.expiryDate !== input.expiryDate) errors.push(fieldError('expiryDate', 'lotExpiryMismatch', lang, { lot: lot.lotCode, expiry: lot.expiryDate }));
  else if (lot.expiryDate < input.givenOn) errors.push(fieldError('lotId', 'lotExpired', lang, { expiry: lot.expiryDate }));
  return lot.id;
}

interface CountedState {
  personId: number;
  firstDoseOn: string | null;
  primaryDoneOn: string | null;
  boosterOn: string | null;
  countedUnitId: number | null;
  countedBirthYear: number | null;
}

export interface RollupDelta { unitId: number; birthYear: number; stage: string; n: number }
export interface DailyDelta { unitId: number; day: string; stage: string; band: string; n: number }

/**
 * Ancestors (the unit itself included) of many units at once, rows (base, id), read off each
 * unit's path ('/1/15/209/3256/') rather than walked up: the units are joined, not searched
 * for in the array (`= any` scans the whole array for each unit).
 */
const ANCESTORS_OF = (param: string) => `with up(base, id) as (
    select o.id, a.id from unnest(${param}) as u(id) join org_unit o on o.id = u.id
    cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::int[]) as a(id))`;

/**
 * Deltas summed by key, zero sums dropped: an import brings one per dose, and `= any(array)` over
 * org_unit is a linear search of the array for every unit, so the array must be short.
 */
function summed<T extends { unitId: number; n: number }>(rows: T[], key: (r: T) => string): { rows: T[]; units: number[] } {
  const byKey = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const s = byKey.get(k);
    if (s) s.n += r.n;
    else byKey.set(k, { ...r });
  }
  const out = [...byKey.values()].filter((r) => r.n !== 0);
  return { rows: out, units: [...new Set(out.map((r) => r.unitId))] };
}

/** Adds counts to coverage_rollup for each unit and its ancestors, in one statement, in key order (the rows are walked in order). */
export async function addRollups(tx: Queryable, deltas: RollupDelta[]): Promise<void> {
  const { rows, units } = summed(deltas, (d) => `${d.unitId}|${d.birthYear}|${d.stage}`);
  if (!rows.length) return;
  await tx.execute({
    text: `${ANCESTORS_OF('$5::int[]')}, d as (select * from unnest($1::int[], $2::smallint[], $3::text[], $4::int[]) as x(unit_id, birth_year, stage, n))
      insert into coverage_rollup (unit_id, stage, birth_year, n)
      select up.id, d.stage, d.birth_year, sum(d.n) from d join up on up.base = d.unit_id
      group by up.id, d.stage, d.birth_year order by 1, 2, 3
      on conflict (unit_id, stage, birth_year) do update set n = coverage_rollup.n + excluded.n`,
    values: [rows.map((d) => d.unitId), rows.map((d) => d.birthYear), rows.map((d) => d.stage), rows.map((d) => d.n), units],
  });
}

/** Adds doses to vaccination_daily for each giving unit and its ancestors, in one statement. */
export async function addDaily(tx: Queryable, deltas: DailyDelta[]): Promise<void> {
  const { rows, units } = summed(deltas, (d) => `${d.unitId}|${d.day}|${d.stage}|${d.band}`);
  if (!rows.length) return;
  await tx.execute({
    text: `${ANCESTORS_OF('$6::int[]')}, d as (select * from unnest($1::int[], $2::date[], $3::text[], $4::text[], $5::int[]) as x(unit_id, day, stage, band, n))
      insert into vaccination_daily (unit_id, day, stage, age_band, n)
      select up.id, d.day, d.stage, d.band, sum(d.n) from d join up on up.base = d.unit_id
      group by up.id, d.day, d.stage, d.band order by 1, 2, 3, 4
      on conflict (unit_id, day, stage, age_band) do update set n = vaccination_daily.n + excluded.n`,
    values: [rows.map((d) => d.unitId), rows.map((d) => d.day), rows.map((d) => d.stage), rows.map((d) => d.band), rows.map((d) => d.n), units],
  });
}

const moveRollup = (tx: Queryable, unitId: number, birthYear: number, stages: string[], n: 1 | -1) =>
  addRollups(tx, stages.map((stage) => ({ unitId, birthYear, stage, n })));

/** Takes a person's counts out of coverage_rollup and drops their state (a merge recounts the survivor after). */
export async function forgetVaccination(tx: Queryable, personId: number): Promise<void> {
  const [c] = await tx.query<Omit<CountedState, 'personId'>>(sql`
    select first_dose_on as "firstDoseOn", primary_done_on as "primaryDoneOn", booster_on as "boosterOn",
      counted_unit_id as "countedUnitId", counted_birth_year as "countedBirthYear"
    from vaccination_state where person_id = ${personId}`);
  if (!c) return;
  if (c.countedUnitId !== null) await moveRollup(tx, c.countedUnitId, c.countedBirthYear ?? UNKNOWN_BIRTH_YEAR, stagesOf(c), -1);
  await tx.execute(sql`delete from vaccination_state where person_id = ${personId}`);
}

/**
 * Rebuilds one person's state from their doses and moves their roll-up counts: what was
 * counted before (where and at which birth year) is taken back and the new state added at
 * the person's residence now. Records merged into this person lose their own counts.
 */
export async function recomputeVaccination(tx: Queryable, personId: number): Promise<VaccinationState> {
  const counted = await tx.query<CountedState>(sql`
    select s.person_id as "personId", s.first_dose_on as "firstDoseOn", s.primary_done_on as "primaryDoneOn", s.booster_on as "boosterOn",
      s.counted_unit_id as "countedUnitId", s.counted_birth_year as "countedBirthYear"
    from vaccination_state s join person p on p.id = s.person_id
    where p.id = ${personId} or p.merged_into = ${personId}`);
  for (const c of counted) {
    if (c.countedUnitId !== null) await moveRollup(tx, c.countedUnitId, c.countedBirthYear ?? UNKNOWN_BIRTH_YEAR, stagesOf(c), -1);
  }
  await tx.execute(sql`delete from vaccination_state where person_id in (select id from person where id = ${personId} or merged_into = ${personId})`);

  const doses = await repo.dosesOfPerson(tx, personId);
  const state = stateOf(doses);
  if (!state.doses) return state;
  const last = doses[doses.length - 1]!;
  const [p] = await tx.query<{ unitId: number; birthYear: number | null }>(sql`
    select unit_id as "unitId", extract(year from birth_date)::int as "birthYear" from person where id = ${personId}`);
  const birthYear = p!.birthYear ?? UNKNOWN_BIRTH_YEAR;
  await tx.execute(sql`
    insert into vaccination_state (person_id, doses, first_dose_on, primary_done_on, booster_on, counted_unit_id, counted_birth_year, last_dose_number, last_product_id, last_dose_on)
    values (${personId}, ${state.doses}, ${state.firstDoseOn}, ${state.primaryDoneOn}, ${state.boosterOn}, ${p!.unitId}, ${birthYear}, ${last.doseNumber}, ${last.productId}, ${last.givenOn})`);
  await moveRollup(tx, p!.unitId, birthYear, stagesOf(state), 1);
  return state;
}
