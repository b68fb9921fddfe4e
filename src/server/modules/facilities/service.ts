import { readiness } from '../../../domain/treatment-readiness.ts';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnit, toRef, unitsAtLevel } from '../orgunits/repository.ts';
import { fmsg, kindName } from './messages.ts';
import * as repo from './repository.ts';
import type { DistrictReadiness, Facility, FacilityChange, NewFacility, ReadinessReply } from './schema.ts';

const DISTRICT = 2;
const notFound = (lang: Lang) => new AppError('not_found', msg('notFound', lang));

async function requireUnit(db: Queryable, actor: Actor, unitId: number, lang: Lang) {
  const unit = await findUnit(db, unitId);
  if (!unit || !inScope(actor, unit)) throw notFound(lang);
  return unit;
}

/** A site people of the actor's units may be sent to: in scope, or run by a unit above. */
const usableBy = (actor: Actor, f: { unitPath: string }) => inScope(actor, { path: f.unitPath }) || actor.unitPath.startsWith(f.unitPath);

export const present = (f: repo.FacilityRow): Facility => ({
  id: f.id,
  unit: { id: f.unitId, name: f.unitName },
  kind: f.kind,
  name: f.name,
  tier: f.tier,
  beds: f.beds,
  icuBeds: f.icuBeds,
  active: f.active,
  occupied: f.occupied,
  quarantined: f.quarantined,
  patients: f.patients,
  free: Math.max(0, f.beds - f.occupied),
  usedPercent: f.beds > 0 ? Math.round((f.occupied / f.beds) * 1000) / 10 : null,
});

/**
 * For placing someone at a site: locks the site (so two placements cannot take its last
 * bed) and refuses one that is not usable, not of this kind, inactive or full.
 */
export async function requireFacilityUsable(tx: Queryable, actor: Actor, id: number, kind: repo.FacilityKind, lang: Lang): Promise<repo.FacilityRow> {
  const f = await repo.findFacility(tx, id, true);
  if (!f || !usableBy(actor, f)) throw notFound(lang);
  if (f.kind !== kind || !f.active) {
    const message = fmsg('notUsable', lang, { kind: kindName(kind, lang) });
    throw new AppError('validation', message, [{ field: 'facilityId', message }]);
  }
  if (f.occupied >= f.beds) {
    const message = fmsg('full', lang, { name: f.name, used: f.occupied, beds: f.beds });
    throw new AppError('conflict', message, [{ field: 'facilityId', message }]);
  }
  return f;
}

export async function listFacilities(
  db: Queryable,
  actor: Actor,
  q: { unitId?: number | undefined; kind?: repo.FacilityKind | undefined; includeAbove?: boolean | undefined; activeOnly?: boolean | undefined },
  lang: Lang,
): Promise<Facility[]> {
  const unit = await requireUnit(db, actor, q.unitId ?? actor.unit.id, lang);
  const rows = await repo.listFacilities(db, { path: unit.path, kind: q.kind, withAbove: q.includeAbove ?? false, activeOnly: q.activeOnly ?? false });
  return rows.map(present);
}

function checkFields(f: repo.NewFacilityRow, lang: Lang): void {
  const fields: { field: string; message: string }[] = [];
  if (f.kind === 'treatment' && f.tier === null) fields.push({ field: 'tier', message: fmsg('tierRequired', lang) });
  if (f.kind === 'quarantine' && f.tier !== null) fields.push({ field: 'tier', message: fmsg('noTierForQuarantine', lang) });
  if (f.icuBeds > f.beds) fields.push({ field: 'icuBeds', message: fmsg('icuOverBeds', lang) });
  if (fields.length) throw new AppError('validation', fields[0]!.message, fields);
}

export async function createFacility(tx: Queryable, actor: Actor, input: NewFacility, lang: Lang): Promise<Facility> {
  await requireUnit(tx, actor, input.unitId, lang);
  const row: repo.NewFacilityRow = {
    unitId: input.unitId,
    kind: input.kind,
    name: input.name.trim(),
    tier: input.tier ?? null,
    beds: input.beds,
    icuBeds: input.icuBeds ?? 0,
    active: input.active ?? true,
  };
  checkFields(row, lang);
  const id = await repo.insertFacility(tx, row);
  await writeAudit(tx, { userId: actor.id, unitId: row.unitId, action: 'create', entity: 'facility', entityId: String(id), before: null, after: row });
  return present((await repo.findFacility(tx, id))!);
}

export async function changeFacility(tx: Queryable, actor: Actor, id: number, change: FacilityChange, lang: Lang): Promise<Facility> {
  const before = await repo.findFacility(tx, id, true);
  if (!before || !inScope(actor, { path: before.unitPath })) throw notFound(lang);
  if (change.unitId !== undefined) await requireUnit(tx, actor, change.unitId, lang);
  const old: repo.NewFacilityRow = {
    unitId: before.unitId, kind: before.kind, name: before.name, tier: before.tier, beds: before.beds, icuBeds: before.icuBeds, active: before.active,
  };
  const next: repo.NewFacilityRow = { ...old, ...change, name: (change.name ?? old.name).trim() };
  checkFields(next, lang);
  await repo.updateFacility(tx, id, next);
  await writeAudit(tx, { userId: actor.id, unitId: before.unitId, action: 'update', entity: 'facility', entityId: String(id), before: old, after: next });
  return present((await repo.findFacility(tx, id))!);
}

/** Each district in scope against the seed rule (100 or 200 patients at once), with its gap. */
export async function treatmentReadiness(db: Queryable, actor: Actor, unitId: number | undefined, lang: Lang, today: string): Promise<ReadinessReply> {
  const unit = await requireUnit(db, actor, unitId ?? actor.unit.id, lang);
  const districts = unit.level === DISTRICT ? [unit] : unit.level < DISTRICT ? await unitsAtLevel(db, unit.path, DISTRICT, today) : [];
  const [beds, populations] = await Promise.all([repo.treatmentBedsByDistrict(db, districts), repo.latestPopulations(db, districts)]);
  const rows: DistrictReadiness[] = districts.map((d) => {
    const tiers = beds.get(d.id) ?? [];
    const byTier = (t: number) => tiers.find((x) => x.tier === t)?.beds ?? 0;
    const total = tiers.reduce((s, x) => s + x.beds, 0);
    const pop = populations.get(d.id);
    return {
      unit: toRef(d),
      population: pop?.total ?? null,
      populationYear: pop?.year ?? null,
      ...readiness(pop?.total ?? null, total),
      bedsByTier: { tier1: byTier(1), tier2: byTier(2), tier3: byTier(3) },
    };
  });
  return {
    unit: toRef(unit),
    districts: rows,
    totals: {
      districts: rows.length,
      met: rows.filter((r) => r.met === true).length,
      notMet: rows.filter((r) => r.met === false).length,
      gap: rows.reduce((s, r) => s + (r.gap ?? 0), 0),
    },
  };
}
