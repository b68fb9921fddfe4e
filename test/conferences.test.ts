import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/server/modules/auth/service.ts';
import { sql } from '../src/server/db/sql.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { PASSWORD, TEST_NOW, TEST_TODAY } from './helpers/constants.ts';
import { openEventStream } from './helpers/events.ts';
import { reportValues } from './helpers/fixtures.ts';

let t: TestApp;
let u: Record<'nation' | 'quangNinh' | 'haLong' | 'uongBi' | 'hongGai' | 'bachDang' | 'phucXa' | 'haNoi', number>;
let s: Record<'admin' | 'province' | 'district' | 'clerk' | 'viewer', Session>;

/** 14:00 on the test day, Vietnam time */
const START = '2021-12-10T07:00:00.000Z';

beforeAll(async () => {
  t = await createTestApp();
  const codes = { nation: 'VN', quangNinh: '22', haLong: '193', uongBi: '196', hongGai: '06691', bachDang: '06694', phucXa: '00001', haNoi: '01' };
  u = Object.fromEntries(await Promise.all(Object.entries(codes).map(async ([k, c]) => [k, await unitId(t.db, c)]))) as typeof u;
  s = {
    admin: await t.login('trunguong'),
    province: await t.login('tinh.quangninh'),
    district: await t.login('tp.halong'),
    clerk: await t.login('xa.honggai'),
    viewer: undefined as unknown as Session,
  };
  await createUser(t.db, null, { username: 'xem.halong', password: PASSWORD, fullName: 'Người xem Hạ Long', role: 'viewer', unitId: u.haLong });
  s.viewer = await t.login('xem.halong');
});
afterAll(() => t.close());

const post = (who: Session, url: string, payload: object, lang = 'vi') => who.request({ method: 'POST', url, payload, headers: { 'accept-language': lang } });
const get = (who: Session, url: string) => who.request({ method: 'GET', url });
const create = (who: Session, body: object) => post(who, '/api/conferences', { title: 'Giao ban phòng, chống dịch COVID-19', startsAt: START, ...body });
const count = async (q: ReturnType<typeof sql>) => (await t.db.query<{ n: number }>(q))[0]!.n;
const unitsAt = (path: string, level: number) => count(sql`
  select count(*)::int as n from org_unit where path ~>=~ ${path} and path ~<~ subtree_end(${path}) and level = ${level}
    and valid_from <= ${TEST_TODAY}::date and (valid_to is null or valid_to > ${TEST_TODAY}::date)`);
const pathOf = async (id: number) => (await t.db.query<{ path: string }>(sql`select path from org_unit where id = ${id}`))[0]!.path;
const rollCall = (who: Session, id: number, unitId: number, status: string) =>
  who.request({ method: 'PUT', url: `/api/conferences/${id}/sites/${unitId}/roll-call`, payload: { rollCall: status } });

describe('creating conferences', () => {
  it('invites whole levels in one go: the nation with every province, district and commune', async () => {
    const res = await create(s.admin, { levels: [1, 2, 3], agenda: 'Đánh giá tình hình; triển khai giải pháp trọng tâm' });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    const root = await pathOf(u.nation);
    const expected = 1 + (await unitsAt(root, 1)) + (await unitsAt(root, 2)) + (await unitsAt(root, 3));
    expect(expected).toBeGreaterThan(10_000);
    expect(c).toMatchObject({ host: { id: u.nation }, status: 'scheduled', siteCount: expected, startsAt: START });
    expect(c.totals).toEqual({ pending: expected, connected: 0, late: 0, absent: 0, total: expected });
    expect(c.joinUrl).toMatch(new RegExp(`^https://meet\\.jit\\.si/EpiCenter-${c.id}-[A-Za-z0-9_-]{12}$`));
    const room = (await get(s.admin, `/api/conferences/${c.id}`)).json();
    expect(room.sites).toHaveLength(expected);
    expect(room.sites[0]).toMatchObject({ unitId: u.nation, name: 'Việt Nam', level: 0, rollCall: 'pending' });
  });

  it('invites units one by one, to the minute, with a typed link or none; audited', async () => {
    const res = await create(s.province, { unitIds: [u.haLong, u.uongBi], startsAt: '2021-12-10T07:00:42.500Z', joinUrl: 'https://hop.quangninh.gov.vn/p/123' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ host: { id: u.quangNinh }, siteCount: 3, startsAt: START, joinUrl: 'https://hop.quangninh.gov.vn/p/123' });
    const none = await create(s.province, { levels: [2], joinUrl: null });
    expect(none.json()).toMatchObject({ joinUrl: null, siteCount: 1 + (await unitsAt(await pathOf(u.quangNinh), 2)) });
    const audit = await t.db.query<{ action: string; unitId: number }>(sql`
      select action, unit_id as "unitId" from audit_log where entity = 'conference' and entity_id = ${String(res.json().id)}`);
    expect(audit).toEqual([{ action: 'create', unitId: u.quangNinh }]);
  });

  it('refuses units outside the scope, levels not below the host and an end before the start, naming the field', async () => {
    const before = await count(sql`select count(*)::int as n from conference`);
    const outside = await create(s.province, { unitIds: [u.haLong, u.phucXa] });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.fields).toEqual([{ field: 'unitIds', message: '1 đơn vị tham dự không thuộc phạm vi quản lý của bạn' }]);
    const levels = await post(s.province, '/api/conferences', { title: 'X', startsAt: START, levels: [1] }, 'en');
    expect(levels.json().error.fields).toEqual([{ field: 'levels', message: "Joining levels must be below the host unit's level" }]);
    const ends = await create(s.province, { endsAt: '2021-12-10T06:00:00Z' });
    expect(ends.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['endsAt']);
    expect((await create(s.district, { hostUnitId: u.quangNinh })).statusCode).toBe(404);
    expect((await create(s.clerk, {})).statusCode).toBe(403);
    expect(await count(sql`select count(*)::int as n from conference`)).toBe(before);
  });

  it('makes nothing new when a create is retried', async () => {
    const clientId = '7c1d3f52-5d0e-4a43-9a55-0c2f8b6a1e01';
    const first = await create(s.district, { clientId, levels: [3] });
    const again = await create(s.district, { clientId, levels: [3] });
    expect(first.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(await count(sql`select count(*)::int as n from conference where client_id = ${clientId}`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from conference_site where conference_id = ${first.json().id}`)).toBe(first.json().siteCount);
  });
});

describe('cascade', () => {
  it('a province follows on from the national conference with its districts and communes, then a district from it', async () => {
    const national = (await create(s.admin, { levels: [1], agenda: 'Nội dung chính', endsAt: '2021-12-10T09:00:00Z' })).json();
    expect((await post(s.clerk, `/api/conferences/${national.id}/cascade`, {})).statusCode).toBe(403);
    const res = await post(s.province, `/api/conferences/${national.id}/cascade`, {});
    expect(res.statusCode, res.body).toBe(201);
    const qn = await pathOf(u.quangNinh);
    const province = res.json();
    expect(province).toMatchObject({
      host: { id: u.quangNinh }, parentId: national.id, title: national.title, startsAt: '2021-12-10T09:00:00.000Z',
      siteCount: 1 + (await unitsAt(qn, 2)) + (await unitsAt(qn, 3)),
    });
    expect((await get(s.province, `/api/conferences/${province.id}`)).json().conference.agenda).toBe('Nội dung chính');
    expect(province.joinUrl).not.toBe(national.joinUrl);
    // the national room lists it; the province cannot cascade twice
    const room = (await get(s.admin, `/api/conferences/${national.id}`)).json();
    expect(room.children.map((c: { id: number }) => c.id)).toEqual([province.id]);
    expect((await post(s.province, `/api/conferences/${national.id}/cascade`, {})).statusCode).toBe(409);
    expect((await get(s.province, `/api/conferences/${national.id}`)).json().can.cascadeFrom).toBeNull();

    // Hạ Long is not a site of the national conference (provinces only) …
    const notSite = await post(s.district, `/api/conferences/${national.id}/cascade`, {});
    expect(notSite.statusCode).toBe(404); // … and does not see it at all
    // … but it is one of the province's: it cascades to its communes, levels chosen
    expect((await get(s.district, `/api/conferences/${province.id}`)).json().can.cascadeFrom).toMatchObject({ id: u.haLong });
    const town = await post(s.district, `/api/conferences/${province.id}/cascade`, { levels: [3], title: 'Hội nghị trực tuyến thành phố Hạ Long' });
    expect(town.statusCode, town.body).toBe(201);
    expect(town.json()).toMatchObject({ parentId: province.id, siteCount: 1 + (await unitsAt(await pathOf(u.haLong), 3)), title: 'Hội nghị trực tuyến thành phố Hạ Long' });
    const child = (await get(s.district, `/api/conferences/${town.json().id}`)).json();
    expect(child.parent).toMatchObject({ id: province.id });
    // a commune site cannot cascade
    const commune = await post(s.province, `/api/conferences/${town.json().id}/cascade`, { unitId: u.hongGai });
    expect(commune.json().error.fields).toEqual([{ field: 'unitId', message: 'Chỉ điểm cầu cấp tỉnh hoặc cấp huyện (không phải đơn vị chủ trì) mới tổ chức hội nghị tiếp nối' }]);
    // nor does a host follow on from its own conference
    expect((await get(s.province, `/api/conferences/${province.id}`)).json().can.cascadeFrom).toBeNull();
    expect((await post(s.province, `/api/conferences/${province.id}/cascade`, {})).statusCode).toBe(422);
  });
});

describe('roll-call, attendees and questioning', () => {
  let id: number;
  beforeAll(async () => {
    id = (await create(s.district, { levels: [3] })).json().id;
  });

  it('a site checks itself in: connected until 10 minutes after the start, late after; only the host sets other statuses', async () => {
    t.clock.now = new Date('2021-12-10T07:05:00Z');
    const own = await rollCall(s.clerk, id, u.hongGai, 'connected');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ rollCall: 'connected', rollCallAt: '2021-12-10T07:05:00.000Z', rollCallBy: expect.any(String) });
    expect((await rollCall(s.clerk, id, u.bachDang, 'connected')).statusCode).toBe(403);
    expect((await rollCall(s.clerk, id, u.hongGai, 'absent')).statusCode).toBe(403);
    expect((await rollCall(s.viewer, id, u.haLong, 'connected')).statusCode).toBe(403);
    t.clock.now = new Date('2021-12-10T07:10:30Z');
    expect((await rollCall(s.clerk, id, u.hongGai, 'connected')).json().rollCall).toBe('late');
    expect((await rollCall(s.district, id, u.bachDang, 'absent')).json()).toMatchObject({ rollCall: 'absent', rollCallBy: expect.any(String) });
    expect((await rollCall(s.district, id, u.uongBi, 'absent')).statusCode).toBe(404);
    const room = (await get(s.district, `/api/conferences/${id}`)).json();
    expect(room.conference.totals).toMatchObject({ late: 1, absent: 1, connected: 0, pending: room.sites.length - 2 });
    const audit = await count(sql`select count(*)::int as n from audit_log where entity = 'conference' and entity_id = ${String(id)} and action = 'roll_call'`);
    expect(audit).toBe(3);
    t.clock.now = TEST_NOW;
  });

  it('attendees of a site are set by the site itself or the host', async () => {
    const put = (who: Session, unitId: number, attendees: object[]) =>
      who.request({ method: 'PUT', url: `/api/conferences/${id}/sites/${unitId}/attendees`, payload: { attendees } });
    const res = await put(s.clerk, u.hongGai, [
      { fullName: 'Nguyễn Văn Ngoãn', title: 'Chủ tịch UBND phường', role: 'presenter' },
      { fullName: 'Trần Thị Hoà', role: 'attendee' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().map((a: { fullName: string }) => a.fullName)).toEqual(['Nguyễn Văn Ngoãn', 'Trần Thị Hoà']);
    expect((await put(s.clerk, u.bachDang, [])).statusCode).toBe(403);
    expect((await put(s.district, u.haLong, [{ fullName: 'Đỗ Văn Chủ', title: 'Chủ tịch UBND thành phố', role: 'chair' }])).statusCode).toBe(200);
    const room = (await get(s.clerk, `/api/conferences/${id}`)).json();
    expect(room.attendees.map((a: { unitId: number; role: string }) => [a.unitId, a.role])).toEqual(
      [[u.haLong, 'chair'], [u.hongGai, 'presenter'], [u.hongGai, 'attendee']].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
  });

  it('the chair questions a site once the conference is open; its situation shows figures, 14 days and tasks', async () => {
    const question = (unitId: number | null) => s.district.request({ method: 'PUT', url: `/api/conferences/${id}/questioned`, payload: { unitId } });
    expect((await question(u.hongGai)).statusCode).toBe(409);
    expect((await post(s.district, `/api/conferences/${id}/open`, {})).statusCode).toBe(200);
    expect((await question(u.uongBi)).json().error.fields[0].field).toBe('unitId');
    const res = await question(u.hongGai);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().questionedUnitId).toBe(u.hongGai);
    expect((await s.clerk.request({ method: 'PUT', url: `/api/conferences/${id}/questioned`, payload: { unitId: null } })).statusCode).toBe(403);
    const sit = await get(s.clerk, `/api/conferences/${id}/sites/${u.bachDang}/situation`);
    expect(sit.statusCode, sit.body).toBe(200);
    expect(sit.json()).toMatchObject({ unit: { id: u.bachDang }, date: TEST_TODAY, tasks: { open: expect.any(Number), overdue: expect.any(Number) } });
    expect(sit.json().trend).toHaveLength(14);
    expect(sit.json().trend.at(-1).date).toBe(TEST_TODAY);
    expect((await get(s.clerk, `/api/conferences/${id}/sites/${u.uongBi}/situation`)).statusCode).toBe(404);
  });

  it('closing ends roll-call and questioning', async () => {
    expect((await post(s.clerk, `/api/conferences/${id}/close`, {})).statusCode).toBe(403);
    const closed = await post(s.district, `/api/conferences/${id}/close`, {});
    expect(closed.json()).toMatchObject({ status: 'closed', questionedUnitId: null });
    expect((await rollCall(s.clerk, id, u.hongGai, 'connected')).statusCode).toBe(409);
    expect((await rollCall(s.district, id, u.hongGai, 'absent')).statusCode).toBe(409);
  });
});

describe('briefing', () => {
  it('is frozen when the conference opens: a report changed afterwards does not change it', async () => {
    const id = (await create(s.province, { levels: [2, 3] })).json().id;
    const live = (await get(s.province, `/api/conferences/${id}/briefing`)).json();
    expect(live).toMatchObject({ frozen: false, unit: { id: u.quangNinh }, date: TEST_TODAY });
    expect(live.ranked.length).toBe(await unitsAt(await pathOf(u.quangNinh), 2));
    const weeks = live.ranked.map((r: { figures: { casesWeek: number } }) => r.figures.casesWeek);
    expect(weeks).toEqual([...weeks].sort((a, b) => b - a));
    expect(live.tasks).toMatchObject({ open: expect.any(Number), overdue: expect.any(Number) });

    expect((await post(s.province, `/api/conferences/${id}/open`, {})).statusCode).toBe(200);
    expect((await post(s.province, `/api/conferences/${id}/open`, {})).statusCode).toBe(409);
    const frozen = (await get(s.clerk, `/api/conferences/${id}/briefing`)).json();
    expect(frozen).toMatchObject({ frozen: true, takenAt: TEST_NOW.toISOString() });

    const report = await s.clerk.request({
      method: 'PUT', url: `/api/reports/BCTH-NGAY/${u.hongGai}/${TEST_TODAY}`, payload: { values: reportValues({ f0_community: 400 }), submit: true },
    });
    expect(report.statusCode, report.body).toBe(200);
    const dashboard = (await get(s.province, `/api/dashboard/${u.quangNinh}`)).json();
    expect(dashboard.headline.casesLast24h).not.toBe(frozen.headline.casesLast24h);
    const after = (await get(s.province, `/api/conferences/${id}/briefing`)).json();
    expect(after.headline).toEqual(frozen.headline);
    expect(after.ranked).toEqual(frozen.ranked);

    const pdf = await get(s.province, `/api/conferences/${id}/briefing.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('access and live updates', () => {
  it('a conference is seen by its host\'s scope and its sites\' scopes only', async () => {
    const town = (await create(s.district, {})).json(); // Hạ Long alone
    const withSite = (await create(s.province, { unitIds: [u.hongGai] })).json();
    expect((await get(s.province, `/api/conferences/${town.id}`)).statusCode).toBe(200);
    expect((await get(s.clerk, `/api/conferences/${town.id}`)).statusCode).toBe(404);
    expect((await get(s.clerk, `/api/conferences/${withSite.id}`)).statusCode).toBe(200);
    expect((await get(s.district, `/api/conferences/${withSite.id}`)).statusCode).toBe(200);
    const list = async (who: Session) => (await get(who, `/api/conferences?from=${TEST_TODAY}&to=${TEST_TODAY}`)).json().map((c: { id: number }) => c.id);
    expect(await list(s.clerk)).toContain(withSite.id);
    expect(await list(s.clerk)).not.toContain(town.id);
    expect(await list(s.province)).toEqual(expect.arrayContaining([town.id, withSite.id]));
    expect(await list(s.admin)).toEqual(expect.arrayContaining([town.id, withSite.id]));
    expect(await get(s.clerk, '/api/conferences?from=2021-11-01&to=2021-11-30').then((r) => r.json())).toEqual([]);
    // a site's user sees the room but does not run it
    expect((await get(s.district, `/api/conferences/${withSite.id}`)).json().can).toMatchObject({ manage: false, checkIn: null });
    expect((await get(s.clerk, `/api/conferences/${withSite.id}`)).json().can).toMatchObject({ manage: false, checkIn: u.hongGai });
    expect((await post(s.district, `/api/conferences/${withSite.id}/open`, {})).statusCode).toBe(403);
  });

  it('a roll-call change by one user reaches another user\'s open room', async () => {
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const c = (await create(s.district, { levels: [3] })).json();
    const stream = await openEventStream(base, s.clerk.cookie, `?conference=${c.id}`);
    try {
      expect((await rollCall(s.district, c.id, u.bachDang, 'connected')).statusCode).toBe(200);
      expect((await stream.next('conference')).data).toEqual({ type: 'conference', id: c.id });
      await post(s.district, `/api/conferences/${c.id}/open`, {});
      expect((await stream.next('conference')).data).toEqual({ type: 'conference', id: c.id });
    } finally {
      stream.close();
    }
  });
});
