/**
 * A week's figures (LevelInputs) for every unit of a subtree, gathered set-wise: one statement
 * per source for the whole subtree, grouped by the unit the figures were recorded at; then
 * summed up the tree here (≈ 11,000 units × a few numbers). Communes that keep the case
 * register (register_unit, since ≤ the Monday) count cases from it, the others from their own
 * rows of the daily situation report; vaccination counts people by residence.
 */
import { addDays, vietnamDayStart } from '../../../domain/dates.ts';
import type { LevelInputs } from '../../../domain/epidemic-level.ts';
import type { Queryable } from '../../db/client.ts';

export interface ScopeUnit {
  id: number;
  parentId: number | null;
  level: number;
  path: string;
  code: string;
  name: string;
  fullName: string;
}

/** The week Monday–Sunday and the instants that bound it in Vietnam time. */
export interface WeekWindow {
  monday: string;
  sunday: string;
  /** the first day of the 14 days to the Sunday */
  from14: string;
  start: Date;
  end: Date;
  start14: Date;
  /** the Sunday's year: population year and ages */
  year: number;
}

export function weekWindow(monday: string): WeekWindow {
  const sunday = addDays(monday, 6);
  const from14 = addDays(monday, -7);
  return {
    monday, sunday, from14,
    start: vietnamDayStart(monday), end: vietnamDayStart(addDays(monday, 7)), start14: vietnamDayStart(from14),
    year: Number(sunday.slice(0, 4)),
  };
}

/** What was recorded at one unit itself (not below it). */
interface Own {
  communityCases: number;
  newCases14Days: number;
  deaths: number;
  oxygenPatients: number;
  adultDose1: number;
  elderlyFull: number;
  allFull: number;
  beds: number;
  icuBeds: number;
  occupied: number;
  register: boolean;
  report: boolean;
}

const emptyOwn = (): Own => ({
  communityCases: 0, newCases14Days: 0, deaths: 0, oxygenPatients: 0, adultDose1: 0, elderlyFull: 0, allFull: 0,
  beds: 0, icuBeds: 0, occupied: 0, register: false, report: false,
});

const subtree = (alias: string, p: string) => `${alias}.path ~>=~ ${p} and ${alias}.path ~<~ subtree_end(${p})`;

export async function unitsOfSubtree(db: Queryable, path: string, day: string): Promise<ScopeUnit[]> {
  return db.query<ScopeUnit>({
    text: `select id, parent_id as "parentId", level, path, code, name, full_name as "fullName" from org_unit u
      where ${subtree('u', '$1')} and u.valid_from <= $2::date and (u.valid_to is null or u.valid_to > $2::date)
      order by level, code`,
    values: [path, day],
  });
}

export interface Gathered {
  units: ScopeUnit[];
  inputs: Map<number, LevelInputs>;
  /** time of each statement, for the benchmark's breakdown */
  steps: { name: string; ms: number }[];
}

/**
 * Figures of every unit under `path` valid on the week's Sunday. `formId` is the daily
 * situation report (null when there is none: every non-register commune has no figures).
 */
export async function gatherInputs(db: Queryable, path: string, w: WeekWindow, formId: number | null): Promise<Gathered> {
  const steps: { name: string; ms: number }[] = [];
  const timed = async <T>(name: string, q: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await q();
    steps.push({ name, ms: Math.round(performance.now() - t0) });
    return out;
  };
  const units = await timed('units', () => unitsOfSubtree(db, path, w.sunday));
  const own = new Map(units.map((u) => [u.id, emptyOwn()]));
  const at = (id: number) => own.get(id);

  const population = await timed('population', () => db.query<{ unitId: number; total: number; age18: number; age50: number }>({
    text: `select distinct on (p.unit_id) p.unit_id as "unitId", p.total, p.age_18plus as age18, p.age_50plus as age50
      from population p join org_unit u on u.id = p.unit_id
      where ${subtree('u', '$1')} and p.year <= $2
      order by p.unit_id, p.year desc`,
    values: [path, w.year],
  }));

  const registerUnits = await timed('register units', () => db.query<{ unitId: number }>({
    text: `select r.unit_id as "unitId" from register_unit r join org_unit u on u.id = r.unit_id
      where ${subtree('u', '$1')} and r.since <= $2::date`,
    values: [path, w.monday],
  }));
  for (const r of registerUnits) if (at(r.unitId)) at(r.unitId)!.register = true;

  // the case register: new cases of the week and of the 14 days, deaths of the week
  const cases = await timed('register cases', () => db.query<{ unitId: number; community: number; all14: number }>({
    text: `select c.unit_id as "unitId",
        count(*) filter (where c.detection = 'community' and c.confirmed_at >= $3) as community, count(*) as all14
      from covid_case c join register_unit r on r.unit_id = c.unit_id and r.since <= $5::date
      join org_unit u on u.id = c.unit_id
      where c.confirmed_at >= $2 and c.confirmed_at < $4 and ${subtree('u', '$1')}
      group by c.unit_id`,
    values: [path, w.start14, w.start, w.end, w.monday],
  }));
  for (const c of cases) {
    const o = at(c.unitId);
    if (o) { o.communityCases += c.community; o.newCases14Days += c.all14; }
  }
  const deaths = await timed('register deaths', () => db.query<{ unitId: number; n: number }>({
    text: `select c.unit_id as "unitId", count(distinct s.case_id) as n
      from case_status s join covid_case c on c.id = s.case_id
      join register_unit r on r.unit_id = c.unit_id and r.since <= $4::date
      join org_unit u on u.id = c.unit_id
      where s.status = 'died' and s.at >= $2 and s.at < $3 and ${subtree('u', '$1')}
      group by c.unit_id`,
    values: [path, w.start, w.end, w.monday],
  }));
  for (const d of deaths) if (at(d.unitId)) at(d.unitId)!.deaths += d.n;

  // each case's status at the week's end: its current one unless it changed after the week
  // (then the last history row before the end); closed cases are left out early
  const atEnd = await timed('status at week end', () => db.query<{ kind: 'oxygen' | 'occupied'; unitId: number; n: number }>({
    text: `with at_end as (
        select c.unit_id, st.status, st.facility_id
        from covid_case c
        cross join lateral (
          select c.status, c.facility_id where c.status_since < $2
          union all
          (select s.status, s.facility_id from case_status s
           where c.status_since >= $2 and s.case_id = c.id and s.at < $2 order by s.at desc, s.id desc limit 1)
        ) st
        where c.confirmed_at < $2 and (c.status not in ('recovered', 'died') or c.status_since >= $2)
      )
      select 'oxygen' as kind, e.unit_id as "unitId", count(*) as n
      from at_end e join register_unit r on r.unit_id = e.unit_id and r.since <= $3::date join org_unit u on u.id = e.unit_id
      where e.status in ('hospital_t2', 'hospital_t3') and ${subtree('u', '$1')}
      group by e.unit_id
      union all
      select 'occupied', f.unit_id, count(*)
      from at_end e join facility f on f.id = e.facility_id join org_unit u on u.id = f.unit_id
      where f.kind = 'treatment' and f.active and e.status not in ('recovered', 'died') and ${subtree('u', '$1')}
      group by f.unit_id`,
    values: [path, w.end, w.monday],
  }));
  for (const r of atEnd) {
    const o = at(r.unitId);
    if (o) o[r.kind === 'oxygen' ? 'oxygenPatients' : 'occupied'] += r.n;
  }

  const beds = await timed('facilities', () => db.query<{ unitId: number; beds: number; icu: number }>({
    text: `select f.unit_id as "unitId", sum(f.beds)::bigint as beds, sum(f.icu_beds)::bigint as icu
      from facility f join org_unit u on u.id = f.unit_id
      where f.kind = 'treatment' and f.active and ${subtree('u', '$1')}
      group by f.unit_id`,
    values: [path],
  }));
  for (const b of beds) {
    const o = at(b.unitId);
    if (o) { o.beds += b.beds; o.icuBeds += b.icu; }
  }

  // the daily situation report for communes that keep no register (their own rows only)
  const reportCommunes = units.filter((u) => u.level === 3 && !at(u.id)!.register).map((u) => u.id);
  if (formId !== null && reportCommunes.length) {
    const reported = await timed('situation reports', () => db.query<{ unitId: number; community: number; all14: number; deaths: number }>({
      text: `select r.unit_id as "unitId",
          coalesce(sum((r.vals ->> 'f0_community')::bigint) filter (where r.period >= $3::date), 0) as community,
          coalesce(sum(coalesce((r.vals ->> 'f0_community')::bigint, 0) + coalesce((r.vals ->> 'f0_quarantined')::bigint, 0)), 0) as all14,
          coalesce(sum((r.vals ->> 'deaths')::bigint) filter (where r.period >= $3::date), 0) as deaths
        from rollup r
        where r.unit_id = any($1::int[]) and r.form_id = $2 and r.period between $4::date and $5::date
        group by r.unit_id`,
      values: [reportCommunes, formId, w.monday, w.from14, w.sunday],
    }));
    for (const r of reported) {
      const o = at(r.unitId)!;
      o.report = true;
      o.communityCases += r.community;
      o.newCases14Days += r.all14;
      o.deaths += r.deaths;
    }
  }

  // people by residence who reached each stage by the Sunday (birth year 0 = unknown: counted in "all" only)
  const whole = units[0]?.level === 0; // the nation: every row, no join to the units
  const vaccinated = await timed('vaccination', () => db.query<{ unitId: number; adultDose1: number; elderlyFull: number; allFull: number }>({
    text: `select v.counted_unit_id as "unitId",
        count(*) filter (where v.counted_birth_year between 1 and $3) as "adultDose1",
        count(*) filter (where v.primary_done_on <= $2::date and v.counted_birth_year between 1 and $4) as "elderlyFull",
        count(*) filter (where v.primary_done_on <= $2::date) as "allFull"
      from vaccination_state v ${whole ? '' : 'join org_unit u on u.id = v.counted_unit_id'}
      where v.first_dose_on <= $2::date and ${whole ? 'v.counted_unit_id is not null and $1::text is not null' : subtree('u', '$1')}
      group by v.counted_unit_id`,
    values: [path, w.sunday, w.year - 18, w.year - 50],
  }));
  for (const v of vaccinated) {
    const o = at(v.unitId);
    if (o) { o.adultDose1 += v.adultDose1; o.elderlyFull += v.elderlyFull; o.allFull += v.allFull; }
  }

  const t0 = performance.now();
  const inputs = sumUp(units, own, new Map(population.map((p) => [p.unitId, p])));
  steps.push({ name: 'sum up the tree', ms: Math.round(performance.now() - t0) });
  return { units, inputs, steps };
}

type Pop = { total: number; age18: number; age50: number };

/**
 * Each unit's figures: its own plus those of every unit below it. A unit's population is its
 * own row when it has one, else the sum of its children's (null when none is known). A commune's
 * treatment capacity is its district's.
 */
export function sumUp(units: ScopeUnit[], own: Map<number, Own>, population: Map<number, Pop>): Map<number, LevelInputs> {
  const total = new Map<number, Own>();
  const pop = new Map<number, Pop | null>();
  const byId = new Map(units.map((u) => [u.id, u]));
  const deepestFirst = [...units].sort((a, b) => b.level - a.level);
  for (const u of deepestFirst) {
    const t = total.get(u.id) ?? emptyOwn();
    const o = own.get(u.id)!;
    add(t, o);
    t.register ||= o.register;
    t.report ||= o.report;
    total.set(u.id, t);
    const p = population.get(u.id) ?? pop.get(u.id) ?? null;
    pop.set(u.id, p);
    const parent = u.parentId === null ? undefined : byId.get(u.parentId);
    if (parent) {
      const pt = total.get(parent.id) ?? emptyOwn();
      add(pt, t);
      pt.register ||= t.register;
      pt.report ||= t.report;
      total.set(parent.id, pt);
      if (!population.has(parent.id) && p) {
        const pp = pop.get(parent.id) ?? { total: 0, age18: 0, age50: 0 };
        pop.set(parent.id, { total: pp.total + p.total, age18: pp.age18 + p.age18, age50: pp.age50 + p.age50 });
      }
    }
  }
  const out = new Map<number, LevelInputs>();
  for (const u of units) {
    const t = total.get(u.id)!;
    const p = pop.get(u.id) ?? null;
    const capUnit = u.level === 3 && u.parentId !== null && byId.has(u.parentId) ? u.parentId : u.id;
    const cap = total.get(capUnit)!;
    out.set(u.id, {
      population: p?.total ?? null,
      population18: p?.age18 ?? null,
      population50: p?.age50 ?? null,
      communityCases: t.communityCases,
      caseSource: t.register && t.report ? 'mixed' : t.register ? 'register' : t.report ? 'report' : 'none',
      newCases14Days: t.newCases14Days,
      oxygenPatients: t.oxygenPatients,
      deaths: t.deaths,
      vaccinated: { adultDose1: t.adultDose1, elderlyFull: t.elderlyFull, allFull: t.allFull, highRiskFull: t.elderlyFull },
      capacity: { beds: cap.beds, occupied: cap.occupied, icuBeds: cap.icuBeds, population: pop.get(capUnit)?.total ?? null },
    });
  }
  return out;
}

function add(t: Own, o: Own): void {
  t.communityCases += o.communityCases;
  t.newCases14Days += o.newCases14Days;
  t.deaths += o.deaths;
  t.oxygenPatients += o.oxygenPatients;
  t.adultDose1 += o.adultDose1;
  t.elderlyFull += o.elderlyFull;
  t.allFull += o.allFull;
  t.beds += o.beds;
  t.icuBeds += o.icuBeds;
  t.occupied += o.occupied;
}
