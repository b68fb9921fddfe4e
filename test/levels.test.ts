/**
 * Epidemic levels fed with known weekly figures: a register commune (Hồng Gai: cases from the
 * case register), a report commune (Bạch Đằng: the daily situation report), Phúc Xá in Hà Nội;
 * populations and vaccinations set here. Checked under 4800/QĐ-BYT (autumn 2021) and
 * 218/QĐ-BYT (from 27/01/2022), across the change, with Quảng Ninh's adjusted rules, and with
 * levels set by decision.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/server/db/client.ts';
import { sql } from '../src/server/db/sql.ts';
import { loadConfig } from '../src/server/env.ts';
import { JOBS } from '../src/server/jobs/list.ts';
import { runDueJobs } from '../src/server/jobs/scheduler.ts';
import { createUser } from '../src/server/modules/auth/service.ts';
import { findForm } from '../src/server/modules/forms/repository.ts';
import { addToRollups } from '../src/server/modules/rollups/repository.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { PASSWORD, TEST_NOW } from './helpers/constants.ts';

let t: TestApp;
let u: Record<'hongGai' | 'bachDang' | 'haLong' | 'vangDanh' | 'uongBi' | 'quangNinh' | 'phucXa' | 'baDinh' | 'haNoi' | 'nation', number>;
let admin: Session;
let province: Session;
let district: Session;
let viewer: Session;
let clerk: Session;

/** An instant given in Vietnam time. */
const vn = (day: string, hhmm = '10:00') => `${day}T${hhmm}:00+07:00`;

async function setPopulation(db: Db, unit: number, total: number, age18: number, age50: number) {
  await db.execute(sql`
    insert into population (unit_id, year, total, age_18plus, age_50plus, age_12_17, age_5_11, source)
    values (${unit}, 2021, ${total}, ${age18}, ${age50}, 0, 0, 'test')
    on conflict (unit_id, year) do update set total = excluded.total, age_18plus = excluded.age_18plus, age_50plus = excluded.age_50plus`);
}

/** n people living in the unit, vaccinated as given (null: not yet). */
async function vaccinate(db: Db, unit: number, n: number, birthYear: number, firstDose: string, primaryDone: string | null) {
  await db.execute(sql`
    with p as (
      insert into person (full_name, search_name, unit_id, birth_date)
      select 'Người tiêm ' || g, 'nguoi tiem ' || g, ${unit}, make_date(${birthYear}, 6, 1) from generate_series(1, ${n}) g
      returning id)
    insert into vaccination_state (person_id, doses, first_dose_on, primary_done_on, counted_unit_id, counted_birth_year)
    select id, case when ${primaryDone}::date is null then 1 else 2 end, ${firstDose}::date, ${primaryDone}::date, ${unit}, ${birthYear} from p`);
}

/** n confirmed cases of the unit's register at an instant, with their status history. */
async function cases(db: Db, unit: number, n: number, at: string, detection: 'community' | 'quarantine' = 'community',
  later: { status: string; at: string; facilityId?: number } | null = null) {
  await db.execute(sql`
    with p as (
      insert into person (full_name, search_name, unit_id) select 'Ca bệnh ' || g, 'ca benh ' || g, ${unit} from generate_series(1, ${n}) g returning id),
    c as (
      insert into covid_case (person_id, unit_id, confirmed_at, detection, status, status_since, facility_id)
      select id, ${unit}, ${at}::timestamptz, ${detection}, coalesce(${later?.status ?? null}::text, 'home_care'),
        coalesce(${later?.at ?? null}::timestamptz, ${at}::timestamptz), ${later?.facilityId ?? null}::int from p returning id),
    s1 as (insert into case_status (case_id, status, at) select id, 'home_care', ${at}::timestamptz from c)
    insert into case_status (case_id, status, at, facility_id)
    select id, ${later?.status ?? null}::text, ${later?.at ?? null}::timestamptz, ${later?.facilityId ?? null}::int from c where ${later !== null}`);
}

/** A day of the situation report of a commune, added to its row and its ancestors' as the reports module does. */
async function report(db: Db, commune: number, day: string, vals: Record<string, number>) {
  const form = (await findForm(db, 'BCTH-NGAY'))!;
  const [{ path }] = (await db.query<{ path: string }>(sql`select path from org_unit where id = ${commune}`)) as [{ path: string }];
  await addToRollups(db, { formId: form.id, unitIds: path.split('/').filter(Boolean).map(Number), period: day, delta: vals, reported: 1, onTime: 1 });
}

async function assess(who: Session, week: string, unitId?: number) {
  const res = await who.request({ method: 'POST', url: '/api/levels/assess', payload: { week, unitId } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { week: string; units: number; ms: number };
}

async function overview(who: Session, unitId: number, week?: string) {
  const res = await who.request({ method: 'GET', url: `/api/levels/${unitId}${week ? `?week=${week}` : ''}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  const codes = { hongGai: '06691', bachDang: '06694', haLong: '193', vangDanh: '06808', uongBi: '196', quangNinh: '22', phucXa: '00001', baDinh: '001', haNoi: '01', nation: 'VN' };
  u = Object.fromEntries(await Promise.all(Object.entries(codes).map(async ([k, c]) => [k, await unitId(t.db, c)]))) as typeof u;
  await createUser(t.db, null, { username: 'xem.halong', password: PASSWORD, fullName: 'Người xem Hạ Long', role: 'viewer', unitId: u.haLong });
  [admin, province, district, viewer, clerk] = await Promise.all([
    t.login('trunguong'), t.login('tinh.quangninh'), t.login('tp.halong'), t.login('xem.halong'), t.login('xa.honggai'),
  ]);

  // Hồng Gai keeps the case register; 2,000 people, 1,500 aged 18+, 400 aged 50+
  await t.db.execute(sql`insert into register_unit (unit_id, since) values (${u.hongGai}, '2021-10-01')`);
  await setPopulation(t.db, u.hongGai, 2000, 1500, 400);
  await vaccinate(t.db, u.hongGai, 340, 1960, '2021-09-01', '2021-10-01');
  await vaccinate(t.db, u.hongGai, 760, 1990, '2021-09-01', '2021-10-01');
  await vaccinate(t.db, u.hongGai, 100, 1990, '2021-11-01', '2022-01-15');
  await vaccinate(t.db, u.hongGai, 30, 1960, '2021-12-20', '2022-01-20');
  await vaccinate(t.db, u.hongGai, 400, 2010, '2021-12-20', '2022-01-20');
  // by 07/11/2021: 18+ with a first dose 1,200/1,500 = 80%, 50+ fully 340/400 = 85% (4800: met; everyone fully 55%)
  // by 30/01/2022: everyone fully 1,630/2,000 = 81.5%, 50+ fully 370/400 = 92.5% (218: met)

  // Bạch Đằng reports daily; nobody vaccinated
  await setPopulation(t.db, u.bachDang, 10_000, 7000, 2000);
  await setPopulation(t.db, u.phucXa, 10_000, 7000, 2000);
});
afterAll(() => t.close());

describe('levels under 4800/QĐ-BYT (a week in November 2021)', () => {
  const week = '2021-11-01';

  it('puts a register commune at 150 cases per 100,000 at level 4, a report commune by its reported cases, and sums up', async () => {
    await cases(t.db, u.hongGai, 3, vn('2021-11-03'));
    await cases(t.db, u.hongGai, 1, vn('2021-11-04'), 'quarantine');
    await cases(t.db, u.hongGai, 2, vn('2021-10-31', '23:30')); // the week before, Vietnam time
    await cases(t.db, u.hongGai, 1, vn('2021-11-08', '00:10')); // the week after
    await report(t.db, u.bachDang, '2021-10-28', { f0_community: 2, f0_quarantined: 0, deaths: 0 });
    await report(t.db, u.bachDang, '2021-11-02', { f0_community: 3, f0_quarantined: 1, deaths: 1 });
    await report(t.db, u.bachDang, '2021-11-07', { f0_community: 1, f0_quarantined: 0, deaths: 0 });
    await report(t.db, u.bachDang, '2021-11-08', { f0_community: 9, f0_quarantined: 0, deaths: 0 });
    const [{ id: quiet }] = (await t.db.query<{ id: number }>(sql`
      select id from org_unit where parent_id = ${u.haLong} and id not in (${u.hongGai}, ${u.bachDang}) order by code limit 1`)) as [{ id: number }];
    for (const day of ['2021-10-26', '2021-11-03']) await report(t.db, quiet, day, { f0_community: 0, f0_quarantined: 0, deaths: 0 });

    const r = await assess(province, week);
    expect(r.units).toBeGreaterThan(100); // Quảng Ninh's communes, districts and itself

    const hongGai = (await overview(clerk, u.hongGai, week)).own;
    expect(hongGai.ruleSet.code).toBe('4800/QĐ-BYT');
    expect(hongGai.inputs).toMatchObject({
      population: 2000, communityCases: 3, caseSource: 'register', newCases14Days: 6,
      vaccinated: { adultDose1: 1200, elderlyFull: 340, allFull: 1100, highRiskFull: 340 },
    });
    expect(hongGai.reasons).toMatchObject({ caseRate: 150, caseGroup: 4, coverageMet: true, matrixLevel: 4, level: 4 });
    expect(hongGai.cell).toMatchObject({ computed: 4, level: 4, decision: null, caseRate: 150, fullCoverage: 55, quiet14: false });
    expect(hongGai.measures.find((m: { area: string }) => m.area === 'schools').vi).toBe('Học trực tuyến');

    const bachDang = (await overview(district, u.bachDang, week)).own;
    expect(bachDang.inputs).toMatchObject({ population: 10_000, communityCases: 4, caseSource: 'report', newCases14Days: 7, deaths: 1 });
    // 40 per 100,000: group 2, nobody vaccinated: level 3
    expect(bachDang.reasons).toMatchObject({ caseRate: 40, caseGroup: 2, coverageMet: false, matrixLevel: 3, level: 3 });
    expect(bachDang.reasons.coverage.map((c: { percent: number }) => c.percent)).toEqual([0, 0]);

    // Hạ Long: the sum of its communes, both sources
    const [{ pop }] = (await t.db.query<{ pop: number }>(sql`
      select sum(p.total)::int as pop from population p join org_unit o on o.id = p.unit_id where o.parent_id = ${u.haLong}`)) as [{ pop: number }];
    const haLong = await overview(district, u.haLong, week);
    expect(haLong.own.inputs).toMatchObject({ population: pop, communityCases: 7, caseSource: 'mixed', newCases14Days: 13, deaths: 1 });
    expect(haLong.own.inputs.vaccinated.adultDose1).toBe(1200);
    expect(haLong.own.reasons.caseRate).toBeCloseTo((7 / pop) * 100_000, 6);
    expect(haLong.own.reasons.coverageMet).toBe(false);
    expect(haLong.own.inputs.childLevels.find((c: { level: number }) => c.level === 4)).toEqual({ level: 4, units: 1, population: 2000 });
    // the children: counts and the quiet ones
    const cellOf = (id: number) => haLong.children.find((c: { unit: { id: number } }) => c.unit.id === id);
    expect(cellOf(u.hongGai)).toMatchObject({ level: 4, computed: 4, communityCases: 3, previous: null });
    expect(cellOf(u.bachDang)).toMatchObject({ level: 3, communityCases: 4, quiet14: false });
    expect(haLong.counts.find((c: { level: number }) => c.level === 4).units).toBe(1);
    // 14 days without a new case: only where figures came in (no report is no knowledge)
    expect(haLong.quiet.map((q: { id: number }) => q.id)).toEqual([quiet]);
    expect(cellOf(quiet)).toMatchObject({ level: 2, communityCases: 0, caseRate: 0, quiet14: true });

    const quangNinh = await overview(province, u.quangNinh, week);
    expect(quangNinh.own.inputs).toMatchObject({ communityCases: 7, caseSource: 'mixed' });
    expect(quangNinh.children.length).toBeGreaterThan(10);
    // the nation was not assessed: the assessment stays in the province's subtree
    expect((await overview(admin, u.nation, week)).own).toBeNull();
  });

  it('keeps 149 per 100,000 at level 3 (gte: the threshold itself is level 4)', async () => {
    await setPopulation(t.db, u.hongGai, 2013, 1500, 400); // 3 / 2,013 = 149.03 per 100,000
    await assess(district, week, u.hongGai);
    const own = (await overview(district, u.hongGai, week)).own;
    expect(own.reasons).toMatchObject({ caseGroup: 3, level: 3 });
    expect(own.reasons.caseRate).toBeCloseTo(149.03, 2);
    await setPopulation(t.db, u.hongGai, 2000, 1500, 400);
    await assess(district, week, u.hongGai);
    expect((await overview(district, u.hongGai, week)).own.reasons.level).toBe(4);
  });

  it('counts capacity from the district and oxygen patients at the end of the week', async () => {
    const [{ id: hospital }] = (await t.db.query<{ id: number }>(sql`
      insert into facility (unit_id, kind, name, tier, beds, icu_beds) values (${u.haLong}, 'treatment', 'Bệnh viện dã chiến Hạ Long', 2, 40, 4) returning id`)) as [{ id: number }];
    // in tier 2 from Saturday of the week; one moved there only the next Tuesday
    await cases(t.db, u.hongGai, 2, vn('2021-10-30'), 'quarantine', { status: 'hospital_t2', at: vn('2021-11-06'), facilityId: hospital });
    await cases(t.db, u.hongGai, 1, vn('2021-10-30'), 'quarantine', { status: 'hospital_t3', at: vn('2021-11-09'), facilityId: hospital });
    await cases(t.db, u.hongGai, 1, vn('2021-10-30'), 'quarantine', { status: 'recovered', at: vn('2021-11-05') });
    await assess(district, week);
    const own = (await overview(clerk, u.hongGai, week)).own;
    expect(own.inputs.oxygenPatients).toBe(2);
    const haLong = (await overview(district, u.haLong, week)).own.inputs;
    expect(haLong.capacity).toEqual({ beds: 40, occupied: 2, icuBeds: 4, population: haLong.population });
    expect(own.inputs.capacity).toEqual(haLong.capacity);
    expect(own.reasons.capacity).toMatchObject({ met: true, raised: false }); // the presets set no minimum
  });
});

describe('levels under 218/QĐ-BYT (February 2022)', () => {
  beforeAll(() => { t.clock.now = new Date(vn('2022-03-01')); });
  afterAll(() => { t.clock.now = TEST_NOW; });

  it('keeps 600 per 100,000 below level 4 and puts 600.1 or more at level 4', async () => {
    await cases(t.db, u.hongGai, 12, vn('2022-02-09'));
    await cases(t.db, u.hongGai, 13, vn('2022-02-16'));
    await assess(district, '2022-02-07', u.hongGai);
    await assess(district, '2022-02-14', u.hongGai);
    const feb7 = (await overview(clerk, u.hongGai, '2022-02-07')).own;
    expect(feb7.ruleSet.code).toBe('218/QĐ-BYT');
    expect(feb7.inputs.population).toBe(2000); // the 2021 figures: the latest year before
    expect(feb7.reasons).toMatchObject({ caseRate: 600, caseGroup: 3, coverageMet: true, level: 3 });
    expect(feb7.reasons.coverage).toEqual([
      { metric: 'population_full', percent: 81.5, minPercent: 75, met: true },
      { metric: 'high_risk_full', percent: 92.5, minPercent: 90, met: true },
    ]);
    const feb14 = (await overview(clerk, u.hongGai, '2022-02-14')).own;
    expect(feb14.reasons).toMatchObject({ caseRate: 650, caseGroup: 4, level: 4 });
    expect(feb14.cell.previous).toBe(3);
  });

  it('switches rule sets at 27/01/2022: the week of Monday 24/01 already uses 218', async () => {
    await cases(t.db, u.hongGai, 3, vn('2022-01-19'));
    await cases(t.db, u.hongGai, 3, vn('2022-01-25'));
    await cases(t.db, u.hongGai, 3, vn('2022-02-01'));
    for (const week of ['2022-01-17', '2022-01-24', '2022-01-31']) await assess(district, week, u.hongGai);
    const before = (await overview(clerk, u.hongGai, '2022-01-17')).own;
    const spanning = (await overview(clerk, u.hongGai, '2022-01-24')).own;
    const after = (await overview(clerk, u.hongGai, '2022-01-31')).own;
    expect([before, spanning, after].map((o) => o.ruleSet.code)).toEqual(['4800/QĐ-BYT', '218/QĐ-BYT', '218/QĐ-BYT']);
    // the same 150 per 100,000: level 4 under 4800, level 2 under 218 (coverage met under both)
    expect(before.reasons).toMatchObject({ caseRate: 150, caseGroup: 4, coverageMet: true, level: 4 });
    expect(spanning.reasons).toMatchObject({ caseRate: 150, caseGroup: 2, coverageMet: true, level: 2 });
    expect(after.reasons.level).toBe(2);
    expect(spanning.cell.previous).toBe(4);
    const down = await overview(district, u.haLong, '2022-01-24');
    expect(down.own).toBeNull(); // only the commune was assessed
    expect(down.movedDown.map((c: { unit: { id: number } }) => c.unit.id)).toEqual([u.hongGai]);
  });

  it('refuses a week that is not a Monday or has not started, naming the field', async () => {
    t.clock.now = TEST_NOW;
    const sunday = await district.request({ method: 'POST', url: '/api/levels/assess', payload: { week: '2021-11-07' } });
    expect(sunday.statusCode).toBe(422);
    expect(sunday.json().error.fields).toEqual([{ field: 'week', message: 'Tuần phải được chỉ định bằng ngày thứ Hai' }]);
    const future = await district.request({ method: 'POST', url: '/api/levels/assess?lang=en', payload: { week: '2021-12-13' } });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.message).toBe('A week that has not started cannot be assessed');
    const early = await district.request({ method: 'POST', url: '/api/levels/assess', payload: { week: '2021-10-04' } });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toContain('10/10/2021');
  });
});

describe("a province's adjusted rule set", () => {
  it("applies to Quảng Ninh's communes and not to Hà Nội's", async () => {
    const [{ id: adjusted }] = (await t.db.query<{ id: number }>(sql`
      insert into level_rule_set (code, name, source, unit_id, based_on_id, valid_from, valid_to, definition, measures)
      select '4800/QĐ-BYT-QN', 'Tiêu chí điều chỉnh của tỉnh Quảng Ninh', 'Quyết định của UBND tỉnh Quảng Ninh', ${u.quangNinh}, id,
        date '2021-11-01', valid_to, jsonb_set(definition, '{caseRate,thresholds}', '[10, 30, 100]'), measures
      from level_rule_set where code = '4800/QĐ-BYT' returning id`)) as [{ id: number }];
    const week = '2021-11-15';
    await cases(t.db, u.hongGai, 2, vn('2021-11-16')); // 100 per 100,000: group 4 here, group 3 under the Ministry's
    await report(t.db, u.phucXa, '2021-11-17', { f0_community: 3, f0_quarantined: 0, deaths: 0 }); // 30 per 100,000
    await assess(admin, week, u.quangNinh);
    await assess(admin, week, u.haNoi);
    const hongGai = (await overview(admin, u.hongGai, week)).own;
    expect(hongGai.ruleSet).toMatchObject({ id: adjusted, code: '4800/QĐ-BYT-QN', provinceId: u.quangNinh });
    expect(hongGai.reasons).toMatchObject({ caseRate: 100, caseGroup: 4, level: 4 });
    expect((await overview(admin, u.haLong, week)).own.ruleSet.id).toBe(adjusted);
    expect((await overview(admin, u.quangNinh, week)).own.ruleSet.id).toBe(adjusted);
    const phucXa = (await overview(admin, u.phucXa, week)).own;
    expect(phucXa.ruleSet).toMatchObject({ code: '4800/QĐ-BYT', provinceId: null });
    expect(phucXa.reasons).toMatchObject({ caseRate: 30, caseGroup: 2, level: 3 }); // group 3 under Quảng Ninh's rules
    expect((await overview(admin, u.haNoi, week)).own.ruleSet.provinceId).toBeNull();
  });
});

describe('levels set by decision', () => {
  const week = '2021-11-01';
  const decision = (over: object = {}) => ({
    weekFrom: week, weekTo: '2021-11-08', level: 2, decisionNo: '125/QĐ-UBND', decisionDate: '2021-11-08', reason: 'Ổ dịch đã được khoanh vùng', ...over,
  });
  const decide = (who: Session, unitId: number, body: object) =>
    who.request({ method: 'POST', url: `/api/levels/${unitId}/decisions`, payload: body });

  it('change the level in effect; the computed level stays visible and history shows both', async () => {
    const before = await overview(district, u.haLong, week);
    const res = await decide(province, u.hongGai, decision());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ unitId: u.hongGai, level: 2, weekFrom: week, weekTo: '2021-11-08', decidedBy: { id: u.quangNinh } });
    const own = (await overview(clerk, u.hongGai, week)).own;
    expect(own.cell).toMatchObject({ computed: 4, level: 2, decision: { decisionNo: '125/QĐ-UBND', reason: 'Ổ dịch đã được khoanh vùng' } });
    expect(own.reasons.level).toBe(4);
    expect(own.measures.find((m: { area: string }) => m.area === 'schools').vi).toContain('Học trực tiếp'); // level 2's measures
    const after = await overview(district, u.haLong, week);
    const cell = after.children.find((c: { unit: { id: number } }) => c.unit.id === u.hongGai);
    expect(cell).toMatchObject({ computed: 4, level: 2 });
    expect(after.counts.find((c: { level: number }) => c.level === 4).units).toBe(before.counts.find((c: { level: number }) => c.level === 4).units - 1);

    const history = (await clerk.request({ method: 'GET', url: `/api/levels/${u.hongGai}/history?weeks=52` })).json();
    const row = history.find((h: { week: string }) => h.week === week);
    expect(row).toMatchObject({ computed: 4, level: 2, decision: { decisionNo: '125/QĐ-UBND' }, communityCases: 3, caseRate: 150 });
    expect(history.find((h: { week: string }) => h.week === '2021-11-15')).toMatchObject({ computed: 4, level: 4, decision: null });
    expect(history.map((h: { week: string }) => h.week)).toEqual([...history.map((h: { week: string }) => h.week)].sort().reverse());
    const listed = (await viewer.request({ method: 'GET', url: `/api/levels/${u.hongGai}/decisions` })).json();
    expect(listed.map((d: { decisionNo: string }) => d.decisionNo)).toEqual(['125/QĐ-UBND']);
  });

  it('are made only above the unit (or by the province for itself), within scope', async () => {
    expect((await decide(district, u.vangDanh, decision())).statusCode).toBe(404);
    expect((await decide(district, u.uongBi, decision())).statusCode).toBe(404);
    expect((await decide(viewer, u.hongGai, decision())).statusCode).toBe(403);
    expect((await decide(clerk, u.hongGai, decision())).statusCode).toBe(403);
    expect((await decide(district, u.haLong, decision())).statusCode).toBe(403);
    expect((await decide(province, u.quangNinh, decision({ decisionNo: '1/QĐ-UBND' }))).statusCode).toBe(201);
    const bad = await decide(district, u.bachDang, decision({ weekFrom: '2021-11-02', weekTo: '2021-10-25' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['weekFrom', 'weekTo']);
  });

  it('are made once for a retried request, deleted and audited', async () => {
    const clientId = randomUUID();
    const body = decision({ clientId, level: 1, decisionNo: '7/QĐ-UBND', weekTo: week });
    const first = await decide(district, u.bachDang, body);
    const again = await decide(district, u.bachDang, body);
    expect(first.statusCode, first.body).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const rows = await t.db.query(sql`select id from level_decision where client_id = ${clientId}::uuid`);
    expect(rows).toHaveLength(1);
    expect((await overview(district, u.bachDang, week)).own.cell).toMatchObject({ computed: 3, level: 1 });

    expect((await viewer.request({ method: 'DELETE', url: `/api/levels/decisions/${first.json().id}` })).statusCode).toBe(403);
    const gone = await district.request({ method: 'DELETE', url: `/api/levels/decisions/${first.json().id}` });
    expect(gone.statusCode).toBe(204);
    expect(await t.db.query(sql`select id from level_decision where client_id = ${clientId}::uuid`)).toHaveLength(0);
    const audit = await t.db.query<{ action: string; before: { decisionNo: string } | null }>(sql`
      select action, before from audit_log where entity = 'level_decision' and entity_id = ${String(first.json().id)} order by id`);
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
    expect(audit[1]!.before!.decisionNo).toBe('7/QĐ-UBND');
  });

  it('exports the children table', async () => {
    const res = await district.request({ method: 'GET', url: `/api/levels/${u.haLong}/export?week=${week}&format=csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toContain('Cấp độ áp dụng');
    const hongGai = lines.find((l) => l.startsWith('06691,'))!;
    expect(hongGai.split(',').slice(2, 5)).toEqual(['2', '4', '125/QĐ-UBND (08/11/2021)']);
  });
});

describe('the weekly job', () => {
  it('assesses the nation for the last whole week once', async () => {
    const job = JOBS.find((j) => j.name === 'levels-weekly')!;
    expect(job.everySeconds).toBe(3600);
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const run = (at: string) => runDueJobs({ db: t.db, config, now: new Date(at) }, [job], (_, err) => { throw err; });
    const audits = () => t.db.query<{ after: { week: string; units: number } }>(sql`
      select after from audit_log where entity = 'level_assessment' and entity_id = ${String(u.nation)} order by id`);
    expect(await run(vn('2021-12-13', '08:00'))).toEqual(['levels-weekly']);
    const [first, ...more] = await audits();
    expect(more).toEqual([]);
    expect(first!.after.week).toBe('2021-12-06');
    expect(first!.after.units).toBeGreaterThan(11_000);
    expect(await run(vn('2021-12-13', '09:30'))).toEqual(['levels-weekly']); // due again an hour later, nothing to do
    expect(await audits()).toHaveLength(1);
    const nation = await overview(admin, u.nation, '2021-12-06');
    expect(nation.children).toHaveLength(63);
    expect(nation.counts.reduce((s: number, c: { units: number }) => s + c.units, 0)).toBe(63);
    // the default week shown is that week now
    expect((await overview(admin, u.nation)).week).toBe('2021-11-29'); // today 10/12: nothing assessed up to the last whole week
    t.clock.now = new Date(vn('2021-12-13', '09:30'));
    expect((await overview(admin, u.nation)).week).toBe('2021-12-06');
    t.clock.now = TEST_NOW;
  });
});
