import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/server/modules/auth/policy.ts';
import { recordDoseTx } from '../src/server/modules/vaccines/register.ts';
import { foldVietnamese } from '../src/domain/text.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { TEST_NOW, TEST_TODAY } from './helpers/constants.ts';

let t: TestApp;
let hongGai: number;
let bachDang: number;
let haLong: number;
let officer: Session;
let clerk: Session;
let admin: Actor;

type Figure = { group: string; stage: string; vaccinated: number; eligible: number | null; share: number | null };
const fig = (figures: Figure[], group: string, stage: string) => figures.find((f) => f.group === group && f.stage === stage)!;

async function addPerson(unit: number, name: string, birthDate: string | null): Promise<number> {
  const [r] = await t.db.query<{ id: number }>({
    text: `insert into person (full_name, search_name, unit_id, birth_date) values ($1, $2, $3, $4) returning id`,
    values: [name, foldVietnamese(name), unit, birthDate],
  });
  return Number(r!.id);
}

const product = async (code: string) =>
  (await t.db.query<{ id: number }>({ text: 'select id from vaccine_product where code = $1', values: [code] }))[0]!.id;

async function dose(personId: number, code: string, givenOn: string, unit: number) {
  const productId = await product(code);
  await t.db.transaction((tx) => recordDoseTx(tx, admin, { personId, productId, givenOn, unitId: unit }, 'vi', TEST_NOW));
}

async function setPopulation(unit: number, year: number, p: [number, number, number, number, number | null, number]) {
  await t.db.execute({
    text: `insert into population (unit_id, year, total, age_18plus, age_50plus, age_12_17, age_15_17, age_5_11, source)
           values ($1, $2, $3, $4, $5, $6, $7, $8, 'test')
           on conflict (unit_id, year) do update set total = $3, age_18plus = $4, age_50plus = $5, age_12_17 = $6, age_15_17 = $7, age_5_11 = $8`,
    values: [unit, year, ...p],
  });
}

beforeAll(async () => {
  t = await createTestApp();
  [hongGai, bachDang, haLong] = await Promise.all(['06691', '06694', '193'].map((c) => unitId(t.db, c))) as [number, number, number];
  officer = await t.login('tp.halong');
  clerk = await t.login('xa.honggai');
  const [nation] = await t.db.query<{ id: number; code: string; name: string; fullName: string; level: number; path: string }>({
    text: `select id, code, name, full_name as "fullName", level, path from org_unit where level = 0`,
    values: [],
  });
  const [user] = await t.db.query<{ id: number }>({ text: `select id from app_user where username = 'trunguong'`, values: [] });
  admin = { id: user!.id, username: 'trunguong', fullName: 'Trung ương', role: 'admin', unit: nation!, unitPath: nation!.path, csrfToken: '' };

  await t.db.execute({ text: `delete from population where unit_id = any($1) and year > 2021`, values: [[hongGai, bachDang]] });
  await setPopulation(hongGai, 2020, [9000, 6000, 1500, 700, 300, 800]);
  await setPopulation(hongGai, 2021, [10000, 7000, 2000, 800, 400, 900]);
  await setPopulation(bachDang, 2021, [5000, 3000, 1000, 500, null, 600]);

  const a = await addPerson(hongGai, 'Nguyễn Văn An', '1990-05-01');
  const b = await addPerson(hongGai, 'Trần Thị Bình', '1960-02-01');
  const c = await addPerson(hongGai, 'Lê Văn Cường', '2005-01-15');
  const d = await addPerson(hongGai, 'Phạm Văn Dũng', null);
  const e = await addPerson(hongGai, 'Hoàng Thị Em', '2012-03-03');
  const g = await addPerson(hongGai, 'Vũ Văn Giang', '2003-03-01');
  const f = await addPerson(bachDang, 'Đỗ Thị Phương', '1980-07-07');
  await dose(a, 'PFIZER', '2021-08-01', hongGai);
  await dose(a, 'PFIZER', '2021-09-01', hongGai);
  await dose(a, 'PFIZER', '2021-12-05', hongGai); // booster, 95 days after the primary series
  await dose(b, 'ABDALA', '2021-10-01', hongGai);
  await dose(b, 'ABDALA', '2021-10-20', hongGai); // Abdala: 2 of 3, not primary complete
  await dose(c, 'PFIZER', '2021-11-01', hongGai);
  await dose(d, 'PFIZER', '2021-11-01', hongGai);
  await dose(e, 'PFIZER', TEST_TODAY, hongGai);
  await dose(g, 'PFIZER', '2021-11-01', hongGai);
  await dose(f, 'ASTRAZENECA', TEST_TODAY, bachDang);
  await t.db.execute({ text: `insert into not_vaccinated (person_id, reason, noted_on) values ($1, 'refused', $2)`, values: [await addPerson(hongGai, 'Mai Văn Hùng', '1970-01-01'), TEST_TODAY] });
  await t.db.execute({ text: `insert into not_vaccinated (person_id, reason, noted_on) values ($1, 'postponed', $2)`, values: [c, TEST_TODAY] });
});
afterAll(() => t.close());

const get = async (s: Session, url: string) => {
  const res = await s.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('coverage by age group and stage', () => {
  it('sums people by birth year into the age groups at the date, against the eligible population', async () => {
    const r = await get(clerk, `/api/coverage/${hongGai}`);
    const f = r.figures as Figure[];
    expect(fig(f, '18+', 'dose1')).toEqual({ group: '18+', stage: 'dose1', vaccinated: 3, eligible: 7000, share: 3 / 7000 });
    expect(fig(f, '18+', 'primary').vaccinated).toBe(1);
    expect(fig(f, '18+', 'booster').vaccinated).toBe(1);
    expect(fig(f, '50+', 'dose1').vaccinated).toBe(1);
    expect(fig(f, '50+', 'primary').vaccinated).toBe(0); // Abdala needs a third dose
    expect(fig(f, '12-17', 'dose1').vaccinated).toBe(1);
    expect(fig(f, '15-17', 'dose1')).toMatchObject({ vaccinated: 1, eligible: 400, share: 1 / 400 });
    expect(fig(f, '5-11', 'dose1').vaccinated).toBe(1);
    // the person without a birth date counts only in 'all'
    expect(fig(f, 'all', 'dose1')).toMatchObject({ vaccinated: 6, eligible: 10000 });
    expect(r.notVaccinated).toEqual({ contraindicated: 0, postponed: 0, refused: 1, away: 0, not_reached: 0 });
  });

  it('maps the birth years at the asked date, with that year\'s population', async () => {
    const f = (await get(clerk, `/api/coverage/${hongGai}?date=2020-12-10`)).figures as Figure[];
    // Giang (born 2003) was 17 in 2020
    expect(fig(f, '18+', 'dose1')).toMatchObject({ vaccinated: 2, eligible: 6000 });
    expect(fig(f, '15-17', 'dose1')).toMatchObject({ vaccinated: 2, eligible: 300 });
  });

  it('rolls up to the district and ranks the communes by gap to the target', async () => {
    const r = await get(officer, `/api/coverage/${haLong}?group=18%2B&stage=dose1&target=0.5`);
    expect(fig(r.figures, '18+', 'dose1').vaccinated).toBe(4);
    expect(r.target).toEqual({ share: 0.5, group: '18+', stage: 'dose1' });
    const hg = r.children.find((c: { unit: { id: number } }) => c.unit.id === hongGai);
    expect(hg).toMatchObject({ vaccinated: 3, eligible: 7000, gap: 3500 - 3 });
    const bd = r.children.find((c: { unit: { id: number } }) => c.unit.id === bachDang);
    expect(bd).toMatchObject({ vaccinated: 1, eligible: 3000, gap: 1499 });
    const gaps = r.children.map((c: { gap: number | null }) => c.gap).filter((g: number | null) => g !== null);
    expect(gaps).toEqual([...gaps].sort((x, y) => y - x));
    expect(r.children.findIndex((c: { unit: { id: number } }) => c.unit.id === hongGai)).toBeLessThan(
      r.children.findIndex((c: { unit: { id: number } }) => c.unit.id === bachDang),
    );
  });

  it('leaves 15–17 without an eligible figure when a commune lacks it', async () => {
    const r = await get(officer, `/api/coverage/${bachDang}`);
    expect(fig(r.figures, '15-17', 'dose1')).toMatchObject({ eligible: null, share: null });
  });

  it('exports the table', async () => {
    const res = await officer.request({ method: 'GET', url: `/api/coverage/${haLong}?format=csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain('Đã tiêm');
    expect(res.body).toContain('06691');
  });
});

describe('daily progress report', () => {
  it('counts the day\'s doses by stage and age band, and lists the communes that entered nothing', async () => {
    const r = await get(officer, `/api/vaccination-progress/${haLong}?date=${TEST_TODAY}`);
    expect(r.final).toBe(false);
    expect(r.deadline).toBe('2021-12-10T10:00:00.000Z');
    expect(r.doses.total).toBe(2);
    expect(r.doses.byStage).toMatchObject({ dose1: 2, primary: 0 });
    expect(r.doses.byBand).toMatchObject({ '5-11': 1, '18-49': 1 });
    expect(r.doses.byGroup).toContainEqual({ group: '18+', stage: 'dose1', n: 1 });
    const hg = r.children.find((c: { unit: { id: number } }) => c.unit.id === hongGai);
    expect(hg).toMatchObject({ communes: 1, silent: 0, doses: { total: 1 } });
    const ids = r.completeness.list.map((u: { id: number }) => u.id);
    expect(ids).not.toContain(hongGai);
    expect(ids).not.toContain(bachDang);
    expect(r.completeness.silent).toBe(r.completeness.communes - 2);
  });

  it('counts a day by the dose date but completeness by the entry time', async () => {
    const r = await get(officer, `/api/vaccination-progress/${hongGai}?date=2021-12-05`);
    expect(r.doses.byStage.booster).toBe(1);
    expect(r.final).toBe(true);
    expect(r.completeness).toMatchObject({ communes: 1, silent: 1 });
  });
});

describe('reconciliation with reported figures', () => {
  const row = (unitId: number, stage: string, vaccinated: number, eligible?: number) => ({
    unitId, asOf: '2021-12-09', ageGroup: '18+', stage, vaccinated, eligible, source: 'UBND báo cáo',
  });

  it('lists the differences, disagreements first', async () => {
    const res = await officer.request({
      method: 'POST',
      url: '/api/reported-coverage',
      payload: { rows: [row(hongGai, 'dose1', 3, 7000), row(hongGai, 'primary', 5), row(bachDang, 'dose1', 1, 3200)] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ saved: 3 });
    const r = await get(officer, `/api/coverage/${haLong}/reconciliation?date=${TEST_TODAY}`);
    expect(r.rows.map((x: { unit: { id: number }; stage: string; agrees: boolean }) => [x.unit.id, x.stage, x.agrees])).toEqual([
      [hongGai, 'primary', false],
      [bachDang, 'dose1', false],
      [hongGai, 'dose1', true],
    ]);
    expect(r.rows[0].vaccinated).toEqual({ register: 1, reported: 5, difference: 4 });
    expect(r.rows[1].eligible).toEqual({ register: 3000, reported: 3200, difference: 200 });
    expect(r.unreported.map((u: { id: number }) => u.id)).toContain(haLong);
    // a later report replaces the figure; before it the register stands alone
    expect((await get(officer, `/api/coverage/${haLong}/reconciliation?date=2021-12-08`)).rows).toEqual([]);
  });

  it('refuses bad rows naming them', async () => {
    const res = await officer.request({
      method: 'POST',
      url: '/api/reported-coverage',
      payload: { rows: [row(hongGai, 'dose1', 10, 5), { ...row(hongGai, 'booster', 1), asOf: '2021-12-11' }] },
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(['rows/0/vaccinated', 'rows/1/asOf']);
    expect(res.json().error.message).toContain('Dòng 1');
  });
});
