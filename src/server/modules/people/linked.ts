/** What hangs off one person, read straight from the register tables for the person page. */
import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../auth/policy.ts';
import type { Linked } from './schema.ts';
import { personBriefs } from './scope.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function linkedItems(db: Queryable, actor: Actor, id: number): Promise<Linked> {
  const q = <T>(text: string) => db.query<T>({ text, values: [id] });
  const [tests, cases, listed, exposures, quarantines, trips] = await Promise.all([
    q<{ id: number; kind: string; sampledAt: Date; result: string; resultAt: Date | null; place: string | null; lab: string | null }>(
      `select id, kind, sampled_at as "sampledAt", result, result_at as "resultAt", place, lab
       from lab_test where person_id = $1 order by sampled_at desc, id desc limit 500`),
    q<{ id: number; confirmedAt: Date; origin: string; detection: string; status: string; statusSince: Date }>(
      `select id, confirmed_at as "confirmedAt", origin, detection, status, status_since as "statusSince"
       from covid_case where person_id = $1 order by confirmed_at desc`),
    q<{ id: number; other: number; exposureType: string; exposureDate: string }>(
      `select id, person_id as other, exposure_type as "exposureType", exposure_date as "exposureDate"
       from contact where source_person_id = $1 order by exposure_date desc, id limit 1000`),
    q<{ id: number; other: number; exposureType: string; exposureDate: string }>(
      `select id, source_person_id as other, exposure_type as "exposureType", exposure_date as "exposureDate"
       from contact where person_id = $1 order by exposure_date desc, id limit 1000`),
    q<{ id: number; place: string; startDate: string; endDate: string; status: string }>(
      `select id, place, start_date as "startDate", end_date as "endDate", status
       from quarantine where person_id = $1 order by start_date desc, id desc`),
    q<{ transportId: number; kind: string; code: string; departedAt: Date; seat: string | null }>(
      `select t.id as "transportId", t.kind, t.code, t.departed_at as "departedAt", tp.seat
       from transport_passenger tp join transport t on t.id = tp.transport_id where tp.person_id = $1 order by t.departed_at desc`),
  ]);
  const briefs = await personBriefs(db, actor, [...listed, ...exposures].map((c) => Number(c.other)));
  const brief = (pid: number) => {
    const b = briefs.get(Number(pid));
    return { id: Number(pid), visible: b?.visible ?? false, fullName: b?.fullName ?? null };
  };
  return {
    tests: tests.map((t) => ({ ...t, id: Number(t.id), sampledAt: iso(t.sampledAt)!, resultAt: iso(t.resultAt) })),
    cases: cases.map((c) => ({ ...c, id: Number(c.id), confirmedAt: iso(c.confirmedAt)!, statusSince: iso(c.statusSince)! })),
    contactsListed: listed.map((c) => ({ id: Number(c.id), person: brief(c.other), exposureType: c.exposureType, exposureDate: c.exposureDate })),
    exposures: exposures.map((c) => ({ id: Number(c.id), source: brief(c.other), exposureType: c.exposureType, exposureDate: c.exposureDate })),
    quarantines: quarantines.map((x) => ({ ...x, id: Number(x.id) })),
    trips: trips.map((t) => ({ ...t, transportId: Number(t.transportId), departedAt: iso(t.departedAt)! })),
  };
}
