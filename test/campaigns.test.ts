import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/db/sql.ts';
import { dosesNeeded } from '../src/server/modules/campaigns/needs.ts';
import { findUnit } from '../src/server/modules/orgunits/repository.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';

let t: TestApp;
let hongGai: number;
let bachDang: number;
let haLong: number;
let vangDanh: number;
let officer: Session;

/** Residents of a commune (born 1980, so 18+) who reached each stage, and 1000 adults there. */
async function commune(id: number, reached: { dose1: number; primary: number }) {
  await t.db.execute(sql`delete from coverage_rollup where unit_id = ${id}`);
  for (const [stage, n] of Object.entries(reached)) {
    await t.db.execute(sql`insert into coverage_rollup (unit_id, stage, birth_year, n) values (${id}, ${stage}, 1980, ${n})`);
  }
  await t.db.execute(sql`
    insert into population (unit_id, year, total, age_18plus, age_50plus, age_12_17, age_5_11, source)
    values (${id}, 2030, 1500, 1000, 300, 200, 200, 'test')`);
}

/** People reaching dose 1 on a day, by the unit that gave the dose. */
const daily = (id: number, day: string, n: number) =>
  t.db.execute(sql`insert into vaccination_daily (unit_id, day, stage, age_band, n) values (${id}, ${day}, 'dose1', '18-49', ${n})`);

const seedCampaign = {
  unitId: 0,
  name: 'Chiến dịch tiêm chủng cuối năm 2021',
  targets: [
    { ageGroup: '18+', stage: 'dose1', targetShare: 1, dueDate: '2021-12-15' },
    { ageGroup: '18+', stage: 'primary', targetShare: 0.75, dueDate: '2021-12-15' },
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  [hongGai, bachDang, haLong, vangDanh] = (await Promise.all(['06691', '06694', '193', '06808'].map((c) => unitId(t.db, c)))) as [number, number, number, number];
  officer = await t.login('tp.halong');
  await commune(hongGai, { dose1: 900, primary: 600 });
  await commune(bachDang, { dose1: 300, primary: 0 });
  // Hồng Gai gave 140 first doses last week (20 a day: 100 to go in 5 days); today's doses do not count yet
  for (let d = 3; d <= 9; d++) await daily(hongGai, `2021-12-0${d}`, 20);
  await daily(hongGai, '2021-12-10', 500);
  await daily(hongGai, '2021-12-02', 500);
});
afterAll(() => t.close());

describe('campaigns', () => {
  let id: number;

  it('are created by an officer with dated targets, audited, retries giving the same campaign', async () => {
    const clientId = '5b0f3c1e-8a43-4f4e-9a6a-1d3c2b7e9f00';
    const res = await officer.request({ method: 'POST', url: '/api/campaigns', payload: { ...seedCampaign, unitId: haLong, clientId } });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json().targets).toHaveLength(2);
    const again = await officer.request({ method: 'POST', url: '/api/campaigns', payload: { ...seedCampaign, unitId: haLong, clientId } });
    expect(again.json().id).toBe(id);
    const audit = await t.db.query(sql`select action from audit_log where entity = 'vaccination_campaign' and entity_id = ${String(id)}`);
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('refuses a repeated target naming it', async () => {
    const res = await officer.request({
      method: 'POST', url: '/api/campaigns', headers: { 'accept-language': 'en' },
      payload: { ...seedCampaign, unitId: haLong, targets: [seedCampaign.targets[0], seedCampaign.targets[0]] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([{ field: 'targets.1', message: expect.stringContaining('Target 2') }]);
  });

  it('shows each child on track or behind with its projected date, the behind worst first', async () => {
    const res = await officer.request({ method: 'GET', url: `/api/campaigns/${id}?unitId=${haLong}` });
    expect(res.statusCode, res.body).toBe(200);
    const [dose1, primary] = res.json().targets;
    const child = (p: { children: { unit: { id: number } }[] }, unit: number) => p.children.find((c) => c.unit.id === unit);
    expect(child(dose1, hongGai)).toMatchObject({ eligible: 1000, reached: 900, needed: 1000, share: 0.9, lastWeek: 140, projectedDate: '2021-12-15', status: 'on_track' });
    expect(child(dose1, bachDang)).toMatchObject({ reached: 300, lastWeek: 0, projectedDate: null, status: 'behind' });
    // the other communes of Hạ Long have reached no one yet: behind too, and worse
    const ours = (p: { behind: { unit: { id: number } }[] }) => p.behind.map((b) => b.unit.id).filter((u) => u === hongGai || u === bachDang);
    expect(ours(dose1)).toEqual([bachDang]);
    expect(child(primary, hongGai)).toMatchObject({ share: 0.6, status: 'behind' });
    expect(ours(primary)).toEqual([bachDang, hongGai]);

    // tomorrow, today's 500 doses count in the pace
    t.clock.now = new Date('2021-12-11T05:00:00Z');
    const later = (await officer.request({ method: 'GET', url: `/api/campaigns/${id}?unitId=${haLong}` })).json();
    t.clock.now = new Date('2021-12-10T05:00:00Z');
    expect(child(later.targets[0], hongGai)).toMatchObject({ lastWeek: 620, status: 'on_track' });
  });

  it('lists the units behind on every active target, worst first', async () => {
    const res = await officer.request({ method: 'GET', url: `/api/campaigns/behind?unitId=${haLong}` });
    expect(res.statusCode, res.body).toBe(200);
    const rows: { target: { stage: string; targetShare: number }; progress: { unit: { id: number }; share: number | null } }[] = res.json().rows;
    const of = (unit: number) => rows.filter((r) => r.progress.unit.id === unit).map((r) => r.target.stage);
    expect(of(bachDang).sort()).toEqual(['dose1', 'primary']);
    expect(of(hongGai)).toEqual(['primary']);
    const ours = rows.filter((r) => r.progress.unit.id === hongGai || r.progress.unit.id === bachDang);
    expect(ours.map((r) => [r.progress.unit.id, r.target.stage])).toEqual([[bachDang, 'primary'], [bachDang, 'dose1'], [hongGai, 'primary']]);
    const gaps = rows.map((r) => r.target.targetShare - (r.progress.share ?? 0));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it('gives the doses each unit still needs for its targets', async () => {
    const units = await Promise.all([hongGai, bachDang, vangDanh].map(async (u) => (await findUnit(t.db, u))!));
    const needs = await dosesNeeded(t.db, units, '2021-12-10');
    // Hồng Gai: 100 first doses, or 150 to complete 750 (the larger); Bạch Đằng: 750 + 450 first doses
    expect(needs).toEqual(new Map([[hongGai, 150], [bachDang, 1200], [vangDanh, 0]]));
    // after the targets' due date and the grace after it, nothing is needed any more
    expect((await dosesNeeded(t.db, units, '2022-02-01')).get(bachDang)).toBe(0);
  });
});
