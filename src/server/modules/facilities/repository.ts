import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';

export type FacilityKind = 'quarantine' | 'treatment';

export interface FacilityRow {
  id: number;
  unitId: number;
  unitPath: string;
  unitName: string;
  kind: FacilityKind;
  name: string;
  tier: number | null;
  beds: number;
  icuBeds: number;
  active: boolean;
  /** people in active quarantine at the site + cases currently treated there */
  occupied: number;
  quarantined: number;
  patients: number;
}

/** A case is at a facility while its current facility_id is it and it is still ill. */
const CASE_AT_FACILITY = `k.facility_id = f.id and k.status not in ('recovered', 'died')`;

const columns = `f.id, f.unit_id as "unitId", o.path as "unitPath", o.name as "unitName", f.kind, f.name, f.tier, f.beds,
  f.icu_beds as "icuBeds", f.active,
  (select count(*) from quarantine q where q.facility_id = f.id and q.status = 'active')::int as quarantined,
  (select count(*) from covid_case k where ${CASE_AT_FACILITY})::int as patients`;

const withOccupied = (r: Omit<FacilityRow, 'occupied'>): FacilityRow => ({ ...r, occupied: r.quarantined + r.patients });

export async function findFacility(db: Queryable, id: number, forUpdate = false): Promise<FacilityRow | undefined> {
  // the row lock serialises placements at one site, so two people cannot take its last bed
  if (forUpdate) await db.query(sql`select id from facility where id = ${id} for update`);
  const rows = await db.query<Omit<FacilityRow, 'occupied'>>({
    text: `select ${columns} from facility f join org_unit o on o.id = f.unit_id where f.id = $1`,
    values: [id],
  });
  return rows[0] && withOccupied(rows[0]);
}

/**
 * Facilities in the subtree of `path`, plus (with `withAbove`) those of the units above it,
 * which a commune or district also sends people to.
 */
export async function listFacilities(
  db: Queryable,
  q: { path: string; kind?: FacilityKind | undefined; withAbove?: boolean; activeOnly?: boolean },
): Promise<FacilityRow[]> {
  const above = q.withAbove ? q.path.split('/').filter(Boolean).map(Number) : [];
  const list = await db.query<Omit<FacilityRow, 'occupied'>>({
    text: `select ${columns} from facility f join org_unit o on o.id = f.unit_id
      where ((o.path ~>=~ $1 and o.path ~<~ subtree_end($1)) or f.unit_id = any($2::int[]))
        and ($3::text is null or f.kind = $3) and (not $4 or f.active)
      order by f.kind, o.path, f.tier nulls first, f.name`,
    values: [q.path, above, q.kind ?? null, q.activeOnly ?? false],
  });
  return list.map(withOccupied);
}

export interface NewFacilityRow {
  unitId: number;
  kind: FacilityKind;
  name: string;
  tier: number | null;
  beds: number;
  icuBeds: number;
  active: boolean;
}

export async function insertFacility(db: Queryable, f: NewFacilityRow): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into facility (unit_id, kind, name, tier, beds, icu_beds, active)
    values (${f.unitId}, ${f.kind}, ${f.name}, ${f.tier}, ${f.beds}, ${f.icuBeds}, ${f.active}) returning id`);
  return rows[0]!.id;
}

export async function updateFacility(db: Queryable, id: number, f: NewFacilityRow): Promise<void> {
  await db.execute(sql`
    update facility set unit_id = ${f.unitId}, kind = ${f.kind}, name = ${f.name}, tier = ${f.tier}, beds = ${f.beds},
      icu_beds = ${f.icuBeds}, active = ${f.active}
    where id = ${id}`);
}

type UnitKey = { id: number; path: string };
const unnestUnits = (units: UnitKey[]) => [units.map((d) => d.id), units.map((d) => d.path)];

/** Beds of active treatment facilities in each district's subtree, by tier. */
export async function treatmentBedsByDistrict(
  db: Queryable,
  districts: { id: number; path: string }[],
): Promise<Map<number, { tier: number; beds: number }[]>> {
  const out = new Map<number, { tier: number; beds: number }[]>(districts.map((d) => [d.id, []]));
  if (!districts.length) return out;
  const [ids, paths] = unnestUnits(districts);
  const rows = await db.query<{ districtId: number; tier: number; beds: number }>(sql`
    select d.id as "districtId", f.tier, sum(f.beds)::int as beds
    from unnest(${ids}::int[], ${paths}::text[]) as d(id, path)
    join org_unit o on o.path ~>=~ d.path and o.path ~<~ subtree_end(d.path)
    join facility f on f.unit_id = o.id and f.kind = 'treatment' and f.active
    group by d.id, f.tier order by d.id, f.tier`);
  for (const r of rows) out.get(r.districtId)?.push({ tier: r.tier, beds: r.beds });
  return out;
}


/**
 * Each unit's population in the latest year it has figures, summed over its communes (as
 * orgunits' unitPopulation reads it), for many units in one query.
 */
export async function latestPopulations(db: Queryable, units: UnitKey[]): Promise<Map<number, { year: number; total: number }>> {
  if (!units.length) return new Map();
  const [ids, paths] = unnestUnits(units);
  const rows = await db.query<{ id: number; year: number; total: number }>(sql`
    select distinct on (id) id, year, total from (
      select d.id, p.year, sum(p.total)::bigint as total
      from unnest(${ids}::int[], ${paths}::text[]) as d(id, path)
      join org_unit u on u.path ~>=~ d.path and u.path ~<~ subtree_end(d.path) and u.level = 3
      join population p on p.unit_id = u.id
      group by d.id, p.year) y
    order by id, year desc`);
  return new Map(rows.map((r) => [r.id, { year: r.year, total: r.total }]));
}
