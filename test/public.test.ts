/**
 * The public portal's API: open without a session, aggregated figures only, small counts
 * suppressed at communes, cached (ETag, Cache-Control, no second computation within the TTL)
 * and rate-limited per IP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/env.ts';
import { addToRollups } from '../src/server/modules/rollups/repository.ts';
import { foldVietnamese } from '../src/domain/text.ts';
import { createTestApp, unitId, type TestApp } from './helpers/app.ts';
import { TEST_TODAY } from './helpers/constants.ts';

let t: TestApp;
const u = { nation: 0, quangNinh: 0, haLong: 0, hongGai: 0, bachDang: 0 };
let formId = 0;
let ruleSetId = 0;
const WEEK = '2021-11-29';
const PREV = '2021-11-22';
const people = { name: 'Hoàng Thị Bí Mật', phone: '0912345678', nationalId: '022190001234', address: 'Số 9 ngõ Riêng Tư' };

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

/** Sets a commune's figures of a day (and its ancestors' totals by the same change), as a submitted report would. */
async function setDay(unit: number, day: string, vals: Record<string, number>) {
  const rows = await t.db.query<{ vals: Record<string, number> }>({
    text: 'select vals from rollup where unit_id = $1 and form_id = $2 and period = $3',
    values: [unit, formId, day],
  });
  const current = rows[0]?.vals ?? {};
  const delta = Object.fromEntries(Object.entries(vals).map(([k, v]) => [k, v - (current[k] ?? 0)]));
  const path = (await t.db.query<{ path: string }>({ text: 'select path from org_unit where id = $1', values: [unit] }))[0]!.path;
  const ids = path.split('/').filter(Boolean).map(Number);
  await addToRollups(t.db, { formId, unitIds: ids, period: day, delta, reported: rows[0] ? 0 : 1, onTime: 0 });
}

async function assess(unit: number, week: string, level: number, inputs: { population: number; communityCases: number; newCases14Days: number; allFull: number }) {
  await t.db.execute({
    text: `insert into level_assessment (week, unit_id, rule_set_id, level, inputs, reasons, assessed_at)
           values ($1, $2, $3, $4, $5, $6, now())
           on conflict (week, unit_id) do update set level = excluded.level, inputs = excluded.inputs, reasons = excluded.reasons`,
    values: [
      week, unit, ruleSetId, level,
      JSON.stringify({ ...inputs, caseSource: 'report', vaccinated: { allFull: inputs.allFull, adultDose1: 0, elderlyFull: 0, highRiskFull: 0 } }),
      JSON.stringify({ caseRate: (inputs.communityCases / inputs.population) * 100_000, level }),
    ],
  });
}

beforeAll(async () => {
  t = await createTestApp();
  u.nation = await unitId(t.db, 'VN');
  u.quangNinh = await unitId(t.db, '22');
  u.haLong = await unitId(t.db, '193');
  u.hongGai = await unitId(t.db, '06691');
  u.bachDang = await unitId(t.db, '06694');
  formId = (await t.db.query<{ id: number }>({ text: `select id from report_form where code = 'BCTH-NGAY'`, values: [] }))[0]!.id;
  ruleSetId = (await t.db.query<{ id: number }>({ text: `select id from level_rule_set where code = '4800/QĐ-BYT'`, values: [] }))[0]!.id;
  // a person in the register, whose details must never reach a public reply
  const person = await t.db.query<{ id: number }>({
    text: `insert into person (full_name, search_name, unit_id, phone, national_id, address, birth_date) values ($1, $2, $3, $4, $5, $6, '1980-01-01') returning id`,
    values: [people.name, foldVietnamese(people.name), u.hongGai, people.phone, people.nationalId, people.address],
  });
  await t.db.execute({
    text: `insert into covid_case (person_id, unit_id, confirmed_at, detection, status, status_since) values ($1, $2, '2021-12-09T03:00Z', 'community', 'home_care', '2021-12-09T03:00Z')`,
    values: [person[0]!.id, u.hongGai],
  });
  // Hồng Gai: 3 community cases and 1 death today (small counts), Bạch Đằng: 12 cases
  await setDay(u.hongGai, TEST_TODAY, { f0_community: 3, f0_quarantined: 0, deaths: 1, recovered: 0, hospital_current: 2 });
  await setDay(u.bachDang, TEST_TODAY, { f0_community: 12, f0_quarantined: 6, deaths: 0, recovered: 0, hospital_current: 20 });
  // levels of Hạ Long's communes and of Quảng Ninh's districts for two weeks
  const districts = await t.db.query<{ id: number; code: string }>({ text: `select id, code from org_unit where parent_id = $1 and valid_to is null order by code`, values: [u.quangNinh] });
  for (const [i, d] of districts.entries()) {
    await assess(d.id, PREV, 2, { population: 100_000, communityCases: 40, newCases14Days: 80, allFull: 60_000 });
    await assess(d.id, WEEK, i === 0 ? 3 : i === 1 ? 1 : 2, { population: 100_000, communityCases: i === 1 ? 0 : 40, newCases14Days: i === 1 ? 0 : 80, allFull: 70_000 });
  }
  await assess(u.quangNinh, WEEK, 2, { population: 1_300_000, communityCases: 400, newCases14Days: 900, allFull: 900_000 });
  await assess(u.hongGai, WEEK, 2, { population: 20_000, communityCases: 3, newCases14Days: 5, allFull: 4 });
  await assess(u.bachDang, WEEK, 3, { population: 20_000, communityCases: 12, newCases14Days: 20, allFull: 15_000 });
  // Bạch Đằng is set to level 4 by the district's decision
  await t.db.execute({
    text: `insert into level_decision (unit_id, week_from, week_to, level, decision_no, decision_date, reason, decided_by_unit_id)
           values ($1, $2, $2, 4, '123/QĐ-UBND', '2021-11-29', 'Ổ dịch phức tạp', $3)`,
    values: [u.bachDang, WEEK, u.haLong],
  });
}, 180_000);

afterAll(async () => t?.close());

describe('overview', () => {
  it('opens with no cookie: the nation with its bulletin, trend, coverage and cache headers', async () => {
    const res = await get('/api/public/overview');
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.unit).toMatchObject({ id: u.nation, level: 0 });
    expect(o.parents).toEqual([]);
    expect(o.children.map((c: { code: string }) => c.code)).toContain('22');
    expect(o.bulletin.text).toContain('Trong 24 giờ qua');
    expect(o.trend.length).toBeLessThanOrEqual(60);
    expect(o.trend.at(-1).date).toBe(TEST_TODAY);
    expect(o.suppression).toMatchObject({ below: 5, fromLevel: 3, applies: false, label: '<5' });
    expect(o.coverage.populationFull).toHaveProperty('percent');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.headers.etag).toMatch(/^".+"$/);
    const again = await get('/api/public/overview', { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('speaks English on request', async () => {
    const en = (await get('/api/public/overview?lang=en')).json();
    expect(en.bulletin.text).toContain('In the last 24 hours');
    const header = (await get('/api/public/overview', { 'accept-language': 'en-GB,en;q=0.9' })).json();
    expect(header.bulletin.title).toContain('COVID-19 bulletin');
  });

  it('a province has its breadcrumb, districts, bulletin and level with measures', async () => {
    const o = (await get(`/api/public/overview/${u.quangNinh}`)).json();
    expect(o.parents.map((p: { id: number }) => p.id)).toEqual([u.nation]);
    expect(o.children.length).toBeGreaterThan(5);
    expect(o.bulletin.title).toContain('Quảng Ninh');
    expect(o.level).toMatchObject({ week: WEEK, weekEnd: '2021-12-05', level: 2, computed: 2, decision: null });
    expect(o.level.ruleSet.code).toBe('4800/QĐ-BYT');
    expect(o.level.measures.length).toBeGreaterThan(3);
    expect(o.level.measures[0]).toHaveProperty('vi');
    expect(o.level.caseRate).toBeCloseTo(30.77, 1);
  });

  it('a district shows its figures and no bulletin', async () => {
    const o = (await get(`/api/public/overview/${u.haLong}?date=${TEST_TODAY}`)).json();
    expect(o.bulletin).toBeNull();
    expect(o.parents.map((p: { id: number }) => p.id)).toEqual([u.nation, u.quangNinh]);
    expect(o.headline.last24h.community.suppressed).toBe(false);
    expect(o.headline.last24h.community.value).toBeGreaterThanOrEqual(15);
  });

  it('a commune\'s small counts come as "<5"; its level shows the decision', async () => {
    const o = (await get(`/api/public/overview/${u.hongGai}?date=${TEST_TODAY}`)).json();
    expect(o.suppression).toMatchObject({ applies: true, label: '<5' });
    expect(o.headline.last24h.community).toEqual({ value: null, suppressed: true });
    expect(o.headline.last24h.quarantined).toEqual({ value: 0, suppressed: false });
    expect(o.headline.inHospital).toEqual({ value: null, suppressed: true });
    expect(o.trend.at(-1).deaths).toEqual({ value: null, suppressed: true });
    expect(o.children).toEqual([]);
    expect(o.level.caseRate).toBeNull(); // 3 cases: the rate would give the count back
    expect(o.level.fullCoverage).toBeNull();
    const bachDang = (await get(`/api/public/overview/${u.bachDang}?date=${TEST_TODAY}`)).json();
    expect(bachDang.headline.last24h.community).toEqual({ value: 12, suppressed: false });
    expect(bachDang.level).toMatchObject({ level: 4, computed: 3 });
    expect(bachDang.level.decision).toMatchObject({ decisionNo: '123/QĐ-UBND', decidedBy: { id: u.haLong } });
  });

  it('404 for an unknown unit', async () => {
    expect((await get('/api/public/overview/99999999')).statusCode).toBe(404);
  });
});

describe('levels', () => {
  it('counts, movement and quiet units of a province\'s districts', async () => {
    const res = await get(`/api/public/levels/${u.quangNinh}?week=${WEEK}`);
    expect(res.statusCode, res.body).toBe(200);
    const l = res.json();
    expect(l).toMatchObject({ week: WEEK, weekEnd: '2021-12-05', itemLevel: 2, map: 'tiles' });
    const n = l.children.length;
    expect(l.counts).toEqual([
      { level: 1, units: 1 },
      { level: 2, units: n - 2 },
      { level: 3, units: 1 },
      { level: 4, units: 0 },
    ]);
    expect(l.movedUp).toHaveLength(1);
    expect(l.movedUp[0]).toMatchObject({ level: 3, previous: 2 });
    expect(l.movedDown).toHaveLength(1);
    expect(l.movedDown[0]).toMatchObject({ level: 1, previous: 2, quiet14: true });
    expect(l.quiet).toHaveLength(1);
    expect(l.own).toMatchObject({ level: 2, computed: 2 });
    expect(l.children[0].caseRate).toBe(40);
    expect(l.children[0].fullCoverage).toBe(70);
  });

  it('defaults to the latest assessed week', async () => {
    expect((await get(`/api/public/levels/${u.quangNinh}`)).json().week).toBe(WEEK);
  });

  it('a district\'s communes: decisions in effect, small counts hidden', async () => {
    const l = (await get(`/api/public/levels/${u.haLong}?week=${WEEK}`)).json();
    const hongGai = l.children.find((c: { unit: { id: number } }) => c.unit.id === u.hongGai);
    const bachDang = l.children.find((c: { unit: { id: number } }) => c.unit.id === u.bachDang);
    expect(hongGai).toMatchObject({ level: 2, computed: 2, decided: false, communityCases: { value: null, suppressed: true }, caseRate: null });
    expect(bachDang).toMatchObject({ level: 4, computed: 3, decided: true, communityCases: { value: 12, suppressed: false }, caseRate: 60 });
    const unassessed = l.children.find((c: { unit: { id: number } }) => c.unit.id !== u.hongGai && c.unit.id !== u.bachDang);
    expect(unassessed).toMatchObject({ level: null, computed: null });
    expect(l.counts.find((c: { level: number }) => c.level === 4).units).toBe(1);
  });

  it('refuses a week that is not a Monday, naming the field', async () => {
    const res = await get(`/api/public/levels/${u.quangNinh}?week=2021-11-30`);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields[0].field).toBe('week');
    expect(res.json().error.message).toContain('thứ Hai');
  });
});

describe('boundaries', () => {
  it('404 until every child has a boundary, then GeoJSON and the levels map switches to it', async () => {
    expect((await get(`/api/public/boundaries/${u.haLong}`)).statusCode).toBe(404);
    const communes = await t.db.query<{ id: number }>({ text: 'select id from org_unit where parent_id = $1 and valid_to is null', values: [u.haLong] });
    const square = { type: 'Polygon', coordinates: [[[107, 20.9], [107.1, 20.9], [107.1, 21], [107, 20.9]]] };
    for (const c of communes)
      await t.db.execute({ text: `insert into unit_boundary (unit_id, geometry, source) values ($1, $2, 'test')`, values: [c.id, JSON.stringify(square)] });
    const res = await get(`/api/public/boundaries/${u.haLong}`);
    expect(res.statusCode).toBe(200);
    const fc = res.json();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(communes.length);
    expect(fc.features.find((f: { properties: { unitId: number } }) => f.properties.unitId === u.hongGai).properties.code).toBe('06691');
    // the levels reply was not asked for before with this URL, so it is fresh
    expect((await get(`/api/public/levels/${u.haLong}?week=${PREV}`)).json().map).toBe('geojson');
  });
});

describe('coverage', () => {
  it('every age group and stage for the unit and its children', async () => {
    const c = (await get(`/api/public/coverage/${u.quangNinh}`)).json();
    expect(c.figures).toHaveLength(18);
    expect(c.children.length).toBeGreaterThan(5);
    expect(c.children[0].figures[0]).toHaveProperty('vaccinated.suppressed');
    expect(c.figures.find((f: { group: string; stage: string }) => f.group === '18+' && f.stage === 'dose1').eligible).toBeGreaterThan(0);
  });
});

describe('open data', () => {
  it('lists the datasets with a licence line', async () => {
    const c = (await get('/api/public/open-data')).json();
    expect(c.datasets.map((d: { id: string }) => d.id)).toEqual(['daily', 'levels', 'coverage']);
    expect(c.licence).toContain('<5');
    expect(c.datasets[0].columns[0]).toEqual({ key: 'date', title: 'Ngày' });
  });

  it('CSV with a BOM and Vietnamese headers; small counts as "<5"', async () => {
    const res = await get(`/api/public/open-data/daily.csv?unitId=${u.haLong}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('daily-193-');
    expect(res.body.startsWith('\uFEFFNgày,Mã đơn vị,Tên đơn vị,Ca mắc mới trong cộng đồng')).toBe(true);
    const hongGaiToday = res.body.split('\r\n').find((l) => l.startsWith(`${TEST_TODAY},06691,`));
    expect(hongGaiToday?.split(',')[3]).toBe('<5');
    const en = await get(`/api/public/open-data/daily.csv?unitId=${u.haLong}&lang=en`);
    expect(en.body.startsWith('\uFEFFDate,Unit code,Unit name,New community cases')).toBe(true);
  });

  it('JSON of levels and coverage', async () => {
    const levels = (await get(`/api/public/open-data/levels.json?unitId=${u.haLong}`)).json();
    expect(levels.dataset).toBe('levels');
    expect(levels.rows).toContainEqual(expect.objectContaining({ week: WEEK, unitCode: '06694', level: 4, computedLevel: 3, byDecision: true }));
    expect(levels.rows).toContainEqual(expect.objectContaining({ week: WEEK, unitCode: '06691', communityCases: '<5' }));
    const coverage = (await get(`/api/public/open-data/coverage.json?unitId=${u.quangNinh}`)).json();
    expect(coverage.rows.length).toBe(18 * (1 + (await t.db.query({ text: 'select id from org_unit where parent_id = $1 and valid_to is null', values: [u.quangNinh] })).length));
    expect((await get('/api/public/open-data/other.csv')).statusCode).toBe(400);
  });
});

describe('no personal data', () => {
  it('no person\'s name, phone, national ID or address in any public reply, at every level', async () => {
    const persons = await t.db.query<{ full_name: string; phone: string | null; national_id: string | null; address: string | null }>({
      text: 'select full_name, phone, national_id, address from person order by id limit 20',
      values: [],
    });
    expect(persons.length).toBeGreaterThan(0);
    const secrets = persons.flatMap((p) => [p.full_name, p.phone, p.national_id, p.address]).filter((x): x is string => !!x);
    expect(secrets).toContain(people.nationalId);
    const urls = [`/api/public/overview`, '/api/public/open-data'];
    for (const id of [u.nation, u.quangNinh, u.haLong, u.hongGai]) {
      urls.push(
        `/api/public/overview/${id}`,
        `/api/public/levels/${id}`,
        `/api/public/boundaries/${id}`,
        `/api/public/coverage/${id}`,
        ...['daily', 'levels', 'coverage'].flatMap((d) => [`/api/public/open-data/${d}.csv?unitId=${id}`, `/api/public/open-data/${d}.json?unitId=${id}`]),
      );
    }
    for (const url of urls) {
      const res = await get(url);
      expect([200, 404], `${url}: ${res.statusCode}`).toContain(res.statusCode);
      for (const s of secrets) expect(res.body, `${url} holds "${s}"`).not.toContain(s);
      expect(res.body, url).not.toMatch(/"(personId|person_id|fullName|full_name|phone|nationalId|national_id|address|birthDate)"/);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
  });
});

describe('cache and rate limit', () => {
  it('serves the cached figure within the TTL and the new one after it', async () => {
    const url = `/api/public/overview/${u.bachDang}?date=${TEST_TODAY}`;
    const before = (await get(url)).json();
    await setDay(u.bachDang, TEST_TODAY, { f0_community: 30 });
    const cached = (await get(url)).json();
    expect(cached.headline.last24h.community.value).toBe(before.headline.last24h.community.value);
    expect(before.headline.last24h.community.value).not.toBe(30);
    // a query field the route does not know makes no new entry
    expect((await get(`${url}&nocache=${Math.random()}`)).json().headline.last24h.community).toEqual(before.headline.last24h.community);
    const start = t.clock.now;
    try {
      t.clock.now = new Date(start.getTime() + 61_000);
      const fresh = (await get(url)).json();
      expect(fresh.headline.last24h.community).toEqual({ value: 30, suppressed: false });
    } finally {
      t.clock.now = start;
    }
  });

  it('computes a cold URL once for concurrent readers', async () => {
    const counted = { n: 0 };
    const db = { ...t.db, query: async <T,>(q: { text: string; values: unknown[] }) => (counted.n++, t.db.query<T>(q)) };
    const app = await buildApp({ db, config: loadConfig({ LOG_LEVEL: 'silent' }), now: () => t.clock.now });
    try {
      const url = `/api/public/levels/${u.quangNinh}?week=${WEEK}`;
      const replies = await Promise.all(Array.from({ length: 8 }, () => app.inject({ method: 'GET', url })));
      expect(replies.every((r) => r.statusCode === 200)).toBe(true);
      const once = counted.n;
      expect(once).toBeGreaterThan(0);
      await app.inject({ method: 'GET', url });
      expect(counted.n).toBe(once);
      // 8 readers at once cost what one did: a second cold computation adds the same again
      await app.inject({ method: 'GET', url: `/api/public/levels/${u.quangNinh}?week=${PREV}` });
      expect(counted.n).toBeLessThanOrEqual(once * 2 + 2);
    } finally {
      await app.close();
    }
  });

  it('answers 429 past the per-IP limit, with the standard error body', async () => {
    const app: FastifyInstance = await buildApp({
      db: t.db,
      config: loadConfig({ LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '3', PUBLIC_SMALL_COUNT: '0' }),
      now: () => t.clock.now,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await app.inject({ method: 'GET', url: '/api/public/open-data' })).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await app.inject({ method: 'GET', url: '/api/public/open-data' });
      expect(refused.json().error.code).toBe('rate_limited');
      // another IP has its own allowance
      expect((await app.inject({ method: 'GET', url: '/api/public/open-data', remoteAddress: '10.0.0.9' })).statusCode).toBe(200);
      // with the small-count rule off, a commune's 3 cases are shown
      const o = (await app.inject({ method: 'GET', url: `/api/public/overview/${u.hongGai}?date=${TEST_TODAY}`, remoteAddress: '10.0.0.10' })).json();
      expect(o.headline.last24h.community).toEqual({ value: 3, suppressed: false });
    } finally {
      await app.close();
    }
  });
});
