import { vietnamToday } from '../../../domain/dates.ts';
import { compareFigures, emptyRegisterValues, vietnamDayBounds, type RegisterValues } from '../../../domain/register-figures.ts';
import type { Db } from '../../db/client.ts';
import type { Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { degreesOf } from '../contacts/degree.ts';
import type { Form } from '../forms/schema.ts';
import { childUnits, toRef } from '../orgunits/repository.ts';
import { rollupSeries } from '../rollups/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import * as repo from './repository.ts';
import type { RegisterFigures, RegisterUnit } from './schema.ts';

/** Register figures of each child of the unit on a day (key null: rows kept at the unit itself). */
async function countsByChild(db: Db, scope: repo.Scope): Promise<Map<number | null, RegisterValues>> {
  const [cases, outcomes, hospital, quarantines, tests, listed] = await Promise.all([
    repo.caseCounts(db, scope),
    repo.outcomeCounts(db, scope),
    repo.hospitalCounts(db, scope),
    repo.quarantineCounts(db, scope),
    repo.testCounts(db, scope),
    repo.contactsListed(db, scope),
  ]);
  const out = new Map<number | null, RegisterValues>();
  const of = (child: number | null) => {
    let v = out.get(child);
    if (!v) out.set(child, (v = emptyRegisterValues()));
    return v;
  };
  for (const { child, ...counts } of [...cases, ...outcomes, ...hospital, ...quarantines, ...tests]) Object.assign(of(child), counts);
  const degrees = await degreesOf(db, [...new Set(listed.map((l) => l.personId))]);
  for (const { child, personId } of listed) {
    const d = degrees.get(personId);
    if (d === 1) of(child).f1_traced++;
    if (d === 2) of(child).f2_traced++;
  }
  return out;
}

function sum(values: Iterable<RegisterValues>): RegisterValues {
  const total = emptyRegisterValues();
  for (const v of values) for (const k of Object.keys(total) as (keyof RegisterValues)[]) total[k] += v[k];
  return total;
}

/**
 * The situation figures computed from the registers for a unit and each of its children
 * on a day, beside the figures reported by hand (the counted reports' totals).
 */
export async function registerFigures(db: Db, actor: Actor, form: Form, unitId: number, date: string | undefined, lang: Lang, now: Date): Promise<RegisterFigures> {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  const day = date ?? vietnamToday(now);
  const scope = { path: unit.path, level: unit.level, day, ...vietnamDayBounds(day) };
  const children = unit.level < 3 ? await childUnits(db, unit.id, day) : [];
  const [byChild, reported, registerUnits] = await Promise.all([
    countsByChild(db, scope),
    rollupSeries(db, { formId: form.id, unitIds: [unit.id, ...children.map((c) => c.id)], from: day, to: day }),
    repo.registerUnitsIn(db, unit.path),
  ]);
  const reportedOf = new Map(reported.filter((r) => r.nReported > 0).map((r) => [r.unitId, r.vals]));
  const own = registerUnits.find((r) => r.unitId === unit.id);
  return {
    unit: toRef(unit),
    date: day,
    keepsRegisters: !!own && own.since <= day,
    since: own?.since ?? null,
    registerUnits: registerUnits.filter((r) => r.since <= day).length,
    figures: compareFigures(sum(byChild.values()), reportedOf.get(unit.id) ?? null),
    children: children.map((c) => ({
      unit: toRef(c),
      keepsRegisters: registerUnits.some((r) => r.path.startsWith(c.path) && r.since <= day),
      figures: compareFigures(byChild.get(c.id) ?? emptyRegisterValues(), reportedOf.get(c.id) ?? null),
    })),
  };
}

export async function listRegisterUnits(db: Db, actor: Actor, unitId: number, lang: Lang): Promise<RegisterUnit[]> {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  const rows = await repo.registerUnitsIn(db, unit.path);
  return rows.map((r) => ({ unit: r.unit, since: r.since }));
}

/** Marks a unit as keeping the registers from a date: its report is then pre-filled from them. */
export async function setRegisterUnit(db: Db, actor: Actor, unitId: number, since: string | null, lang: Lang): Promise<void> {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  await db.transaction(async (tx) => {
    const before = (await repo.findRegisterUnit(tx, unit.id)) ?? null;
    if (since === null) await repo.deleteRegisterUnit(tx, unit.id);
    else await repo.upsertRegisterUnit(tx, unit.id, since, actor.id);
    const after = since === null ? null : { unitId: unit.id, since };
    await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: since === null ? 'delete' : 'update', entity: 'register_unit', entityId: String(unit.id), before, after });
  });
}
