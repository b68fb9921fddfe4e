import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/db/sql.ts';
import { unitNeeds } from '../src/server/modules/campaigns/needs.ts';
import { findUnit } from '../src/server/modules/orgunits/repository.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';

let t: TestApp;
let hongGai: number;
let bachDang: number;
let haLong: number;
let vangDanh: number;
let officer: Session;

/** The doses each unit still needs in all (the sum of its needs by purpose). */
async function dosesNeeded(db: TestApp['db'], units: { id: number; path: string }[], date: string): Promise<Map<number, number>> {
  const { needs } = await unitNeeds(db, units, date);
  return new Map([...needs].map(([id, list]) => [id, list.reduce((s, n) => s + n.doses, 0)]));
}

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
    // Hồng Gai: 100 first doses (dose 1 for all 1000) and 150 second doses (750 with the series);
    // Bạch Đằng: 700 first doses, and the series of 750: 300 started and 450 of the new ones
    expect(needs).toEqual(new Map([[hongGai, 100 + 150], [bachDang, 700 + 300 + 450], [vangDanh, 0]]));
    // after the targets' due date and the grace after it, nothing is needed any more
    expect((await dosesNeeded(t.db, units, '2022-02-01')).get(bachDang)).toBe(0);
  });
});

describe('campaign edits', () => {
  const dose1 = { ageGroup: '18+', stage: 'dose1', targetShare: 1, dueDate: '2021-12-15' } as const;
  const children511 = { ageGroup: '5-11', stage: 'dose1', targetShare: 0.5, dueDate: '2021-12-31' } as const;
  type Target = { id: number; ageGroup: string; stage: string; targetShare: number; dueDate: string };
  let id: number;
  let province: Session;
  let clerk: Session;

  const put = (who: Session, body: object, lang = 'vi') =>
    who.request({ method: 'PUT', url: `/api/campaigns/${id}`, payload: body, headers: { 'accept-language': lang } });
  const read = async (unit = haLong) => (await officer.request({ method: 'GET', url: `/api/campaigns/${id}?unitId=${unit}` })).json();
  /** Hồng Gai's status on each target of the campaign, in the order shown */
  const hongGaiStatus = async () => (await read()).targets.map((p: { children: { unit: { id: number }; status: string }[] }) =>
    p.children.find((c) => c.unit.id === hongGai)!.status);
  /** the doses Hồng Gai needs for the campaigns covering it */
  const need = async () => (await dosesNeeded(t.db, [(await findUnit(t.db, hongGai))!], '2021-12-10')).get(hongGai);
  /** what it needs without this describe's campaign */
  let needBefore: number | undefined;
  const auditRows = () => t.db.query<{ action: string; before: unknown; after: unknown }>(sql`
    select action, before, after from audit_log where entity = 'vaccination_campaign' and entity_id = ${String(id)} order by id`);

  beforeAll(async () => {
    province = await t.login('tinh.quangninh');
    clerk = await t.login('xa.honggai');
    needBefore = await need();
    const res = await officer.request({ method: 'POST', url: '/api/campaigns', payload: { unitId: haLong, name: 'Tiêm mũi 1 Hạ Long', targets: [dose1, children511] } });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
  });

  it('are for the officers of the unit or above; the units under it see the campaign but may not edit it', async () => {
    const canEdit = async (who: Session) => (await who.request({ method: 'GET', url: `/api/campaigns/${id}` })).json().campaign.canEdit;
    expect([await canEdit(officer), await canEdit(province), await canEdit(clerk)]).toEqual([true, true, false]);
    const { targets } = (await read()).campaign;
    expect((await put(clerk, { name: 'x', targets })).statusCode).toBe(403);
  });

  it('moves a due date and a share: the status follows at once; renames, adds and removes targets; audits before and after', async () => {
    // Hồng Gai: 900 of 1000 with 20 a day, 1000 reached on 15/12
    // and none of its 200 children
    expect(await hongGaiStatus()).toEqual(['on_track', 'behind']);
    const before = (await read()).campaign;
    const [first, second] = before.targets as Target[];
    expect(before.version).toBe(1);

    const earlier = await put(officer, { name: before.name, version: 1, targets: [{ ...first!, dueDate: '2021-12-14' }, second] });
    expect(earlier.statusCode, earlier.body).toBe(200);
    expect(earlier.json()).toMatchObject({ version: 2, targets: [{ id: first!.id, dueDate: '2021-12-14' }, { id: second!.id }] });
    expect(await hongGaiStatus()).toEqual(['behind', 'behind']);

    const lower = await put(officer, { name: before.name, version: 2, targets: [{ ...first!, dueDate: '2021-12-14', targetShare: 0.9 }, second] });
    expect(lower.statusCode, lower.body).toBe(200);
    expect(await hongGaiStatus()).toEqual(['met', 'behind']);

    // renamed; the 5–11 target removed, a primary target added
    const primary = { ageGroup: '18+', stage: 'primary', targetShare: 0.6, dueDate: '2021-12-20' };
    const res = await put(officer, { name: '  Tiêm chủng Hạ Long tháng 12 ', version: 3, targets: [{ ...first!, dueDate: '2021-12-14', targetShare: 0.9 }, primary] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Tiêm chủng Hạ Long tháng 12', version: 4 });
    expect(res.json().targets.map((x: Target) => x.stage)).toEqual(['dose1', 'primary']);
    expect(res.json().targets[0].id).toBe(first!.id);
    expect(await hongGaiStatus()).toEqual(['met', 'met']);

    const rows = await auditRows();
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update', 'update']);
    expect(rows[1]!.before).toMatchObject({ targets: [{ dueDate: '2021-12-15' }, { ageGroup: '5-11' }] });
    expect(rows[1]!.after).toMatchObject({ targets: [{ dueDate: '2021-12-14' }, { ageGroup: '5-11' }] });
    expect(rows[3]!.before).toMatchObject({ name: 'Tiêm mũi 1 Hạ Long', targets: [{ targetShare: 0.9 }, { ageGroup: '5-11' }] });
    expect(rows[3]!.after).toEqual({ name: 'Tiêm chủng Hạ Long tháng 12', closed: null, targets: [{ ...first!, dueDate: '2021-12-14', targetShare: 0.9 }, { id: expect.any(Number), ...primary }] });
  });

  it('takes a retried edit as done: no new version, no audit row, no target twice; an edit on an old version is refused', async () => {
    const { campaign } = await read();
    const audits = (await auditRows()).length;
    // the list as the form sent it before the first save returned ids: the added target has none
    const sent = { name: campaign.name, version: campaign.version - 1, targets: campaign.targets.map(({ id: targetId, ...x }: Target, i: number) => (i === 0 ? { id: targetId, ...x } : x)) };
    const again = await put(officer, sent);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(campaign);
    expect((await auditRows()).length).toBe(audits);

    const stale = await put(province, { ...sent, name: 'Tên khác' }, 'en');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('Someone else');
    expect((await read()).campaign).toEqual(campaign);
  });

  it('refuses bad input naming the field, in Vietnamese and in English, and changes nothing', async () => {
    const { campaign } = await read();
    const [first, second] = campaign.targets as Target[];
    const fieldsOf = async (body: object, lang = 'vi') => {
      const res = await put(officer, body, lang);
      expect([400, 422]).toContain(res.statusCode);
      return res.json().error.fields as { field: string; message: string }[];
    };
    expect(await fieldsOf({ name: '   ', targets: [first] })).toEqual([{ field: 'name', message: 'Cần nhập tên chiến dịch' }]);
    expect(await fieldsOf({ name: 'x', targets: [first, { ...second!, ...dose1, dueDate: first!.dueDate, id: undefined }] }, 'en'))
      .toEqual([{ field: 'targets.1', message: 'Target 2 repeats the age group, stage and due date of another target' }]);
    expect(await fieldsOf({ name: 'x', targets: [{ ...first!, id: 999999 }] }))
      .toEqual([{ field: 'targets.0.id', message: expect.stringContaining('Chỉ tiêu 1 không thuộc chiến dịch này') }]);
    expect((await fieldsOf({ name: 'x', targets: [{ ...first!, targetShare: 1.5 }] })).map((f) => f.field)).toEqual(['targets.0.targetShare']);
    expect((await fieldsOf({ name: 'x', targets: [{ ...first!, dueDate: '2021-02-30' }] }, 'en'))).toEqual([
      { field: 'targets.0.dueDate', message: expect.stringContaining('targets.0.dueDate') },
    ]);
    expect((await fieldsOf({ name: 'x', targets: [] })).map((f) => f.field)).toEqual(['targets']);
    expect((await read()).campaign).toEqual(campaign);
  });

  it('closing stops the claim on stock and the units behind, keeps the campaign readable and refuses edits until reopened', async () => {
    // a 5–11 target of its own (Hồng Gai's 200 children, none vaccinated) shows what the campaign claims
    const { campaign } = await read();
    expect(await need()).toBe(needBefore);
    const res = await put(officer, { name: campaign.name, targets: [...campaign.targets, children511] });
    expect(res.statusCode, res.body).toBe(200);
    const behind = async () => (await officer.request({ method: 'GET', url: `/api/campaigns/behind?unitId=${haLong}` })).json().rows
      .filter((r: { campaign: { id: number } }) => r.campaign.id === id).length;
    expect(await need()).toBe(needBefore! + 100);
    expect(await behind()).toBeGreaterThan(0);

    const closed = await officer.request({ method: 'POST', url: `/api/campaigns/${id}/close`, payload: { reason: ' Kết thúc đợt tiêm ' } });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().closed).toEqual({ at: '2021-12-10T05:00:00.000Z', by: expect.any(String), reason: 'Kết thúc đợt tiêm' });
    expect(await need()).toBe(needBefore);
    expect(await behind()).toBe(0);
    // still listed (after the open ones) and readable with its progress
    const list = (await officer.request({ method: 'GET', url: `/api/campaigns?unitId=${haLong}` })).json();
    expect(list.at(-1)).toMatchObject({ id, closed: { reason: 'Kết thúc đợt tiêm' } });
    expect((await read()).targets).toHaveLength(3);

    const edit = await put(officer, { name: 'Tên mới', targets: campaign.targets });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toBe('Chiến dịch đã kết thúc; mở lại chiến dịch để sửa');

    const audits = (await auditRows()).length;
    const again = await officer.request({ method: 'POST', url: `/api/campaigns/${id}/close`, payload: {} });
    expect(again.json().closed).toEqual(closed.json().closed);
    expect((await auditRows()).length).toBe(audits);

    const reopened = await province.request({ method: 'POST', url: `/api/campaigns/${id}/reopen` });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().closed).toBeNull();
    expect(await need()).toBe(needBefore! + 100);
    expect((await province.request({ method: 'POST', url: `/api/campaigns/${id}/reopen` })).statusCode).toBe(200);
    const rows = await auditRows();
    expect(rows.slice(-2).map((r) => r.action)).toEqual(['close', 'reopen']);
    expect(rows.at(-2)).toMatchObject({ before: { closed: null }, after: { closed: { reason: 'Kết thúc đợt tiêm' } } });
    expect(rows.length).toBe(audits + 1);
  });

  it('deletes a campaign made by mistake with its targets; the audit log keeps what it was', async () => {
    const { campaign } = await read();
    const res = await officer.request({ method: 'DELETE', url: `/api/campaigns/${id}` });
    expect(res.statusCode, res.body).toBe(204);
    expect((await officer.request({ method: 'GET', url: `/api/campaigns/${id}` })).statusCode).toBe(404);
    expect(await t.db.query(sql`select id from campaign_target where campaign_id = ${id}`)).toEqual([]);
    expect((await auditRows()).at(-1)).toMatchObject({ action: 'delete', before: { name: campaign.name, targets: campaign.targets }, after: null });
    // a second delete finds nothing to delete
    expect((await officer.request({ method: 'DELETE', url: `/api/campaigns/${id}` })).statusCode).toBe(404);
    expect(await need()).toBe(needBefore);
  });
});
