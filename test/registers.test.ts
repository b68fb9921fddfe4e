/**
 * One source of truth: the daily situation figures computed from the person-level registers,
 * beside what units reported by hand. The register rows are written with plain SQL here so
 * that the counting rules are tested on their own; the register APIs have their own tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unitId, type TestApp } from './helpers/app.ts';
import { reportValues } from './helpers/fixtures.ts';
import { TEST_TODAY } from './helpers/constants.ts';

let t: TestApp;
let hongGai: number;
let bachDang: number;
let haLong: number;

const q = (text: string, values: unknown[] = []) => t.db.query<{ id: number }>({ text, values });
const person = async (unit: number, name: string) =>
  (await q(`insert into person (full_name, search_name, unit_id) values ($1, lower($1), $2) returning id`, [name, unit]))[0]!.id;
const kase = async (p: number, unit: number, at: string, detection: string, status = 'home_care') => {
  const id = (await q(
    `insert into covid_case (person_id, unit_id, confirmed_at, detection, status, status_since) values ($1, $2, $3, $4, $5, $3) returning id`,
    [p, unit, at, detection, status],
  ))[0]!.id;
  await q(`insert into case_status (case_id, status, at) values ($1, $2, $3)`, [id, status, at]);
  return id;
};
const contact = (from: number, to: number, unit: number, at: string) =>
  q(`insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at) values ($1, $2, $3, 'household', $4::timestamptz::date, $4)`, [from, to, unit, at]);
const quarantine = (p: number, unit: number, place: string, start: string, end: string) =>
  q(`insert into quarantine (person_id, unit_id, place, facility_id, start_date, planned_end, end_date)
     values ($1, $2, $3, case when $3 = 'centralised' then (select id from facility limit 1) end, $4, $5, $5)`, [p, unit, place, start, end]);
const test = (p: number, unit: number, kind: string, at: string, pool: number | null = null) =>
  q(`insert into lab_test (person_id, unit_id, kind, sampled_at, pool_id) values ($1, $2, $3, $4, $5)`, [p, unit, kind, at, pool]);

const figures = async (username: string, unit: number, date = TEST_TODAY) => {
  const s = await t.login(username);
  const res = await s.request({ method: 'GET', url: `/api/registers/${unit}/figures?date=${date}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    keepsRegisters: boolean;
    figures: { code: string; register: number; reported: number | null; difference: number | null }[];
    children: { unit: { id: number }; keepsRegisters: boolean; figures: { code: string; register: number }[] }[];
  };
};
const valueOf = (f: { code: string; register: number }[], code: string) => f.find((x) => x.code === code)?.register;

beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  bachDang = await unitId(t.db, '06694');
  haLong = await unitId(t.db, '193');
  await q(`insert into facility (unit_id, kind, name, beds) values ($1, 'quarantine', 'Khu cách ly Hạ Long', 100)`, [haLong]);

  // Hồng Gai, 10/12 (times in UTC; 17:00Z on the 9th is midnight in Vietnam)
  const a = await person(hongGai, 'Nguyễn Văn A');
  const b = await person(hongGai, 'Trần Thị B');
  const c = await person(hongGai, 'Lê Văn C');
  const d = await person(hongGai, 'Phạm Thị D');
  const e = await person(hongGai, 'Hoàng Văn E');
  await kase(a, hongGai, '2021-12-09T18:00:00Z', 'community');
  await kase(b, hongGai, '2021-12-10T02:00:00Z', 'quarantine', 'hospital_t2');
  await kase(e, hongGai, '2021-12-09T16:59:00Z', 'community'); // the 9th in Vietnam: not today
  await contact(a, c, hongGai, '2021-12-10T03:00:00Z'); // F1
  await contact(c, d, hongGai, '2021-12-10T03:05:00Z'); // F2
  await quarantine(c, hongGai, 'home', TEST_TODAY, '2021-12-16');
  await quarantine(d, hongGai, 'centralised', '2021-12-01', '2021-12-14');
  await test(c, hongGai, 'pcr', '2021-12-10T04:00:00Z');
  const pool = (await q(`insert into test_pool (unit_id, sampled_at) values ($1, '2021-12-10T04:00:00Z') returning id`, [hongGai]))[0]!.id;
  await test(d, hongGai, 'pcr', '2021-12-10T04:00:00Z', pool);
  await test(e, hongGai, 'pcr', '2021-12-10T04:00:00Z', pool);
  await test(d, hongGai, 'antigen', '2021-12-10T04:30:00Z');
  // a death in Bạch Đằng today
  const f = await person(bachDang, 'Vũ Văn F');
  const fc = await kase(f, bachDang, '2021-12-01T02:00:00Z', 'community', 'hospital_t3');
  await q(`insert into case_status (case_id, status, at) values ($1, 'died', '2021-12-10T01:00:00Z')`, [fc]);
});
afterAll(() => t?.close());

describe('situation figures from the registers', () => {
  it('counts the commune day by Vietnamese time, pools once, degrees from the graph', async () => {
    const r = await figures('xa.honggai', hongGai);
    const v = (code: string) => valueOf(r.figures, code);
    expect(v('f0_community')).toBe(1);
    expect(v('f0_quarantined')).toBe(1);
    expect(v('hospital_current')).toBe(1);
    expect(v('hq_new')).toBe(1);
    expect(v('hq_current')).toBe(1);
    expect(v('cq_new')).toBe(0);
    expect(v('cq_current')).toBe(1);
    // one single sample and one pool of two: two samples, three people
    expect(v('pcr_samples')).toBe(2);
    expect(v('pcr_persons')).toBe(3);
    expect(v('rapid_tests')).toBe(1);
    expect(v('f1_traced')).toBe(1);
    expect(v('f2_traced')).toBe(1);
    expect(v('deaths')).toBe(0);
  });

  it('adds the communes up for the district, child by child', async () => {
    const r = await figures('tp.halong', haLong);
    expect(valueOf(r.figures, 'deaths')).toBe(1);
    expect(valueOf(r.figures, 'f0_community')).toBe(1);
    const child = (id: number) => r.children.find((c) => c.unit.id === id)!;
    expect(valueOf(child(bachDang).figures, 'deaths')).toBe(1);
    expect(valueOf(child(hongGai).figures, 'f0_quarantined')).toBe(1);
    // the patient who died is no longer in hospital
    expect(valueOf(child(bachDang).figures, 'hospital_current')).toBe(0);
  });

  it('a contact who tests positive moves its own contacts from F2 to F1', async () => {
    const c = (await q(`select id from person where full_name = 'Lê Văn C'`))[0]!.id;
    const before = await figures('xa.honggai', hongGai);
    expect(valueOf(before.figures, 'f2_traced')).toBe(1);
    await kase(c, hongGai, '2021-12-10T04:40:00Z', 'quarantine');
    const after = await figures('xa.honggai', hongGai);
    // C is a case now (not a traced contact), D is C's F1
    expect(valueOf(after.figures, 'f1_traced')).toBe(1);
    expect(valueOf(after.figures, 'f2_traced')).toBe(0);
    expect(valueOf(after.figures, 'f0_quarantined')).toBe(2);
  });

  it('shows what was reported by hand beside the registers, with the difference', async () => {
    const clerk = await t.login('xa.honggai');
    const put = await clerk.request({
      method: 'PUT',
      url: `/api/reports/BCTH-NGAY/${bachDang}/${TEST_TODAY}`,
      payload: { values: reportValues({ deaths: 0 }), submit: true },
    });
    expect(put.statusCode).toBe(404); // another commune: out of scope
    const district = await t.login('tp.halong');
    const res = await district.request({
      method: 'PUT',
      url: `/api/reports/BCTH-NGAY/${bachDang}/${TEST_TODAY}`,
      payload: { values: reportValues({ deaths: 0, f0_community: 3 }), submit: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = await figures('tp.halong', haLong);
    const bd = r.children.find((c) => c.unit.id === bachDang)! as unknown as { figures: { code: string; register: number; reported: number | null; difference: number | null }[] };
    expect(bd.figures.find((f) => f.code === 'deaths')).toEqual({ code: 'deaths', register: 1, reported: 0, difference: -1 });
    expect(bd.figures.find((f) => f.code === 'f0_community')).toEqual({ code: 'f0_community', register: 0, reported: 3, difference: 3 });
  });

  it('an officer marks a unit as keeping the registers, audited; a clerk cannot', async () => {
    const clerk = await t.login('xa.honggai');
    expect((await clerk.request({ method: 'PUT', url: `/api/registers/${hongGai}`, payload: { since: '2021-12-01' } })).statusCode).toBe(403);
    const district = await t.login('tp.halong');
    const res = await district.request({ method: 'PUT', url: `/api/registers/${hongGai}`, payload: { since: '2021-12-01' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await figures('xa.honggai', hongGai)).keepsRegisters).toBe(true);
    expect((await figures('xa.honggai', hongGai, '2021-11-30')).keepsRegisters).toBe(false);
    const r = await figures('tp.halong', haLong);
    expect(r.children.find((c) => c.unit.id === hongGai)!.keepsRegisters).toBe(true);
    expect(r.children.find((c) => c.unit.id === bachDang)!.keepsRegisters).toBe(false);
    const audit = await q(`select id from audit_log where entity = 'register_unit' and entity_id = $1`, [String(hongGai)]);
    expect(audit).toHaveLength(1);
    const bad = await district.request({ method: 'PUT', url: `/api/registers/${hongGai}`, payload: { since: '10/12/2021' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('since');
  });
});
