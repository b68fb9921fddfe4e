import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/server/modules/auth/service.ts';
import { PASSWORD } from './helpers/constants.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';

let t: TestApp;
const u = {} as Record<'hongGai' | 'bachDang' | 'haLong' | 'uongBi' | 'vangDanh' | 'quangNinh' | 'phucXa' | 'nation', number>;
let clerk: Session; // xa.honggai
let district: Session; // tp.halong
let province: Session; // tinh.quangninh
let bachDang: Session; // officer of the commune beside Hồng Gai
let vangDanh: Session; // officer of a commune in another district (Uông Bí)
let phucXa: Session; // officer of a commune in Hà Nội
let viewer: Session;

/** An instant on Vietnam's clock, as an ISO string. */
const vn = (s: string) => new Date(`${s}:00+07:00`).toISOString();
const shift = (unit: number, start: string, end: string, more: object = {}) => ({
  unitId: unit, startsAt: vn(start), endsAt: vn(end), leaderName: 'Nguyễn Văn Hải', leaderTitle: 'Phó Chủ tịch UBND', phone: '0912 345 678', ...more,
});
const post = (who: Session, url: string, payload: object, lang = 'vi') =>
  who.request({ method: 'POST', url, payload, headers: { 'accept-language': lang } });
const get = (who: Session, url: string) => who.request({ method: 'GET', url });
const fieldsOf = (res: { json(): { error: { fields: { field: string }[] } } }) => res.json().error.fields.map((f) => f.field);

async function session(username: string, role: 'officer' | 'viewer', unit: number) {
  await createUser(t.db, null, { username, password: PASSWORD, fullName: username, role, unitId: unit });
  return t.login(username);
}

const auditOf = (entity: string, unit: number) =>
  t.db.query<{ action: string; entityId: string }>({
    text: `select action, entity_id as "entityId" from audit_log where entity = $1 and unit_id = $2 order by id`,
    values: [entity, unit],
  });

beforeAll(async () => {
  t = await createTestApp();
  for (const [k, code] of [
    ['hongGai', '06691'], ['bachDang', '06694'], ['haLong', '193'], ['uongBi', '196'], ['vangDanh', '06808'], ['quangNinh', '22'], ['phucXa', '00001'], ['nation', 'VN'],
  ] as const) u[k] = await unitId(t.db, code);
  clerk = await t.login('xa.honggai');
  district = await t.login('tp.halong');
  province = await t.login('tinh.quangninh');
  bachDang = await session('ub.bachdang', 'officer', u.bachDang);
  vangDanh = await session('ub.vangdanh', 'officer', u.vangDanh);
  phucXa = await session('ub.phucxa', 'officer', u.phucXa);
  viewer = await session('xem.halong', 'viewer', u.haLong);
});
afterAll(() => t.close());

describe('duty shifts', () => {
  it('are checked field by field, in Vietnamese and English', async () => {
    const bad = await post(district, '/api/duty/shifts', shift(u.hongGai, '2021-12-11T08:00', '2021-12-11T07:00', { phone: '12345', leaderName: '  ' }));
    expect(bad.statusCode).toBe(422);
    expect(fieldsOf(bad)).toEqual(['leaderName', 'phone', 'endsAt']);
    expect(bad.json().error.fields[1].message).toContain('Số điện thoại không hợp lệ');
    expect(bad.json().error.fields[2].message).toBe('Giờ kết thúc ca trực phải sau giờ bắt đầu');
    const en = await post(district, '/api/duty/shifts', shift(u.hongGai, '2021-12-11T08:00', '2021-12-11T08:00'), 'en');
    expect(en.statusCode).toBe(422);
    expect(en.json().error.fields).toEqual([{ field: 'endsAt', message: 'The shift must end after it starts' }]);
    const long = await post(district, '/api/duty/shifts', shift(u.hongGai, '2021-12-11T08:00', '2021-12-19T08:00'));
    expect(fieldsOf(long)).toEqual(['endsAt']);
    const hotline = await post(district, '/api/duty/hotlines', { unitId: u.hongGai, label: 'Đường dây nóng', phone: '1900 90' });
    expect(hotline.statusCode).toBe(422);
    expect(fieldsOf(hotline)).toEqual(['phone']);
    expect(await t.db.query({ text: 'select id from duty_shift', values: [] })).toEqual([]);
  });

  it('of one unit may not overlap; back to back is fine; other units are independent', async () => {
    const day = await post(district, '/api/duty/shifts', shift(u.hongGai, '2021-12-10T08:00', '2021-12-10T20:00', { phone: '+84 912.345.678' }));
    expect(day.statusCode, day.body).toBe(201);
    expect(day.json()).toMatchObject({ unitId: u.hongGai, phone: '0912345678', startsAt: vn('2021-12-10T08:00') });
    const clash = await post(district, '/api/duty/shifts', shift(u.hongGai, '2021-12-10T19:00', '2021-12-11T08:00', { leaderName: 'Trần Thị Mai' }));
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.message).toBe('Ca trực trùng thời gian với ca của Nguyễn Văn Hải (08:00–20:00 10/12)');
    expect(fieldsOf(clash)).toEqual(['startsAt']);
    const night = await post(district, '/api/duty/shifts', shift(u.hongGai, '2021-12-10T20:00', '2021-12-11T08:00', { leaderName: 'Trần Thị Mai' }));
    expect(night.statusCode, night.body).toBe(201);
    expect((await post(district, '/api/duty/shifts', shift(u.bachDang, '2021-12-10T19:00', '2021-12-11T08:00'))).statusCode).toBe(201);
    // moving a shift onto another is refused too; moving it within its own time is not an overlap with itself
    const moved = await district.request({ method: 'PATCH', url: `/api/duty/shifts/${night.json().id}`, payload: { startsAt: vn('2021-12-10T18:00') } });
    expect(moved.statusCode).toBe(409);
    const later = await district.request({ method: 'PATCH', url: `/api/duty/shifts/${night.json().id}`, payload: { endsAt: vn('2021-12-11T09:30') } });
    expect(later.statusCode, later.body).toBe(200);
    expect(later.json().endsAt).toBe(vn('2021-12-11T09:30'));
  });

  it('give who is on duty now, the week, the hotlines and the gaps of the next 7 days', async () => {
    // now is 12:00 10/12; Hồng Gai is covered 08:00 10/12 – 09:30 11/12; leave 00:00–08:00 12/12 and the end of the 7 days open
    expect((await post(district, '/api/duty/shifts', shift(u.hongGai, '2021-12-11T09:30', '2021-12-12T00:00', { leaderName: 'Lê Văn Nam' }))).statusCode).toBe(201);
    expect((await post(district, '/api/duty/shifts', shift(u.hongGai, '2021-12-12T08:00', '2021-12-17T10:00', { leaderName: 'Phạm Văn Bình' }))).statusCode).toBe(201);
    const hotline = await post(district, '/api/duty/hotlines', { unitId: u.hongGai, label: 'Trực ban TTCH phường', phone: '0203 3825 123' });
    expect(hotline.statusCode, hotline.body).toBe(201);
    await post(district, '/api/duty/hotlines', { unitId: u.hongGai, label: 'Cấp cứu', phone: '115', sortOrder: 5 });
    const res = await get(clerk, '/api/duty');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ unit: { id: u.hongGai }, canEdit: false, from: '2021-12-06', to: '2021-12-12' });
    expect(d.onDuty).toMatchObject({ leaderName: 'Nguyễn Văn Hải', endsAt: vn('2021-12-10T20:00') });
    expect(d.next.leaderName).toBe('Trần Thị Mai');
    expect(d.shifts.map((s: { leaderName: string }) => s.leaderName)).toEqual(['Nguyễn Văn Hải', 'Trần Thị Mai', 'Lê Văn Nam', 'Phạm Văn Bình']);
    expect(d.hotlines.map((h: { phone: string }) => h.phone)).toEqual(['02033825123', '115']);
    expect(d.gaps.map((g: { message: string }) => g.message)).toEqual(['Chưa có người trực 00:00–08:00 12/12', 'Chưa có người trực 10:00–12:00 17/12']);
    const en = (await district.request({ method: 'GET', url: '/api/duty?unitId=' + u.hongGai, headers: { 'accept-language': 'en' } })).json();
    expect(en.gaps[0].message).toBe('No one on duty 00:00–08:00 12/12');
    expect(en.canEdit).toBe(true);
    // the next week: no shift covers it
    const week = (await get(district, `/api/duty?unitId=${u.hongGai}&from=2021-12-13&to=2021-12-19`)).json();
    expect(week.shifts.map((s: { leaderName: string }) => s.leaderName)).toEqual(['Phạm Văn Bình']);
    expect((await get(district, `/api/duty?unitId=${u.hongGai}&from=2021-12-13&to=2021-12-01`)).statusCode).toBe(422);
  });

  it('sent at the same moment cannot both take the same hours', async () => {
    const who = [district, province];
    const all = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        post(who[i % 2]!, '/api/duty/shifts', shift(u.haLong, `2021-12-28T0${i}:00`, '2021-12-28T20:00', { leaderName: `Lãnh đạo ${i}` }))),
    );
    expect(all.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const rows = await t.db.query({ text: `select id from duty_shift where unit_id = $1 and starts_at >= '2021-12-28T00:00:00+07:00'`, values: [u.haLong] });
    expect(rows).toHaveLength(1);
  });

  it('are retried without duplicates', async () => {
    const clientId = randomUUID();
    const body = shift(u.bachDang, '2021-12-20T08:00', '2021-12-20T20:00', { clientId });
    const first = await post(district, '/api/duty/shifts', body);
    const again = await post(district, '/api/duty/shifts', body);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const hotline = { unitId: u.bachDang, label: 'Trực ban', phone: '0912000111', clientId: randomUUID() };
    expect((await post(district, '/api/duty/hotlines', hotline)).json().id).toBe((await post(district, '/api/duty/hotlines', hotline)).json().id);
  });
});

describe('who sees a roster', () => {
  it('the unit, the levels above, its subtree and the units beside it; not cousins nor other provinces', async () => {
    const read = (who: Session, unit: number) => get(who, `/api/duty?unitId=${unit}`).then((r) => r.statusCode);
    expect(await read(clerk, u.hongGai)).toBe(200);
    expect(await read(district, u.hongGai)).toBe(200); // above
    expect(await read(province, u.hongGai)).toBe(200);
    expect(await read(viewer, u.hongGai)).toBe(200);
    expect(await read(bachDang, u.hongGai)).toBe(200); // beside
    expect(await read(clerk, u.haLong)).toBe(200); // a commune calls its district, its province, the nation
    expect(await read(clerk, u.quangNinh)).toBe(200);
    expect(await read(clerk, u.nation)).toBe(200);
    expect(await read(district, u.uongBi)).toBe(200); // district beside
    expect(await read(vangDanh, u.hongGai)).toBe(404); // a commune of another district
    expect(await read(clerk, u.uongBi)).toBe(404);
    expect(await read(phucXa, u.hongGai)).toBe(404); // another province
    expect(await read(district, u.phucXa)).toBe(404);
    expect(await read(province, u.phucXa)).toBe(404);
    expect(await read(clerk, 999_999)).toBe(404);
  });

  it('the board: the units above, itself, beside and below, each with its leader on duty now and its hotlines', async () => {
    expect((await post(district, '/api/duty/shifts', shift(u.haLong, '2021-12-10T07:00', '2021-12-10T19:00', { leaderName: 'Đặng Quốc Khánh', phone: '0988111222' }))).statusCode).toBe(201);
    await post(district, '/api/duty/hotlines', { unitId: u.haLong, label: 'Đường dây nóng TP', phone: '19009095' });
    const res = await get(district, '/api/duty/board');
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows as { unit: { id: number; level: number }; relation: string; onDuty: { leaderName: string; phone: string } | null; hotlines: { phone: string }[] }[];
    const byId = new Map(rows.map((r) => [r.unit.id, r]));
    expect(rows.slice(0, 3).map((r) => [r.unit.id, r.relation])).toEqual([[u.nation, 'ancestor'], [u.quangNinh, 'ancestor'], [u.haLong, 'self']]);
    expect(byId.get(u.haLong)).toMatchObject({ onDuty: { leaderName: 'Đặng Quốc Khánh', phone: '0988111222' }, hotlines: [{ label: 'Đường dây nóng TP', phone: '19009095' }] });
    expect(byId.get(u.uongBi)).toMatchObject({ relation: 'sibling', onDuty: null, hotlines: [] });
    expect(byId.get(u.hongGai)).toMatchObject({ relation: 'child', onDuty: { leaderName: 'Nguyễn Văn Hải' } });
    expect(byId.get(u.bachDang)?.relation).toBe('child');
    expect(byId.has(u.vangDanh)).toBe(false);
    expect(byId.has(u.phucXa)).toBe(false);
    const children = await t.db.query({ text: 'select id from org_unit where parent_id = $1 and valid_to is null', values: [u.haLong] });
    expect(rows.filter((r) => r.relation === 'child')).toHaveLength(children.length);
    // a commune's board: its district above, the communes beside it
    const commune = (await get(clerk, '/api/duty/board')).json().rows as { unit: { id: number }; relation: string }[];
    expect(commune.find((r) => r.unit.id === u.bachDang)?.relation).toBe('sibling');
    expect(commune.find((r) => r.unit.id === u.haLong)?.relation).toBe('ancestor');
    // only around units in scope
    expect((await get(district, `/api/duty/board?unitId=${u.uongBi}`)).statusCode).toBe(404);
    expect((await get(clerk, `/api/duty/board?unitId=${u.haLong}`)).statusCode).toBe(404);
  });
});

describe('who writes a roster', () => {
  it('officers and admins of the unit or a unit above it; audited', async () => {
    const add = (who: Session, unit: number) => post(who, '/api/duty/shifts', shift(unit, '2021-12-25T08:00', '2021-12-25T12:00'));
    expect((await add(clerk, u.hongGai)).statusCode).toBe(403);
    expect((await add(viewer, u.hongGai)).statusCode).toBe(403);
    expect((await add(district, u.uongBi)).statusCode).toBe(403); // beside: seen, not theirs
    expect((await add(district, u.quangNinh)).statusCode).toBe(403); // above
    expect((await add(district, u.vangDanh)).statusCode).toBe(404); // not even seen
    expect((await add(province, u.phucXa)).statusCode).toBe(404);
    const own = await add(bachDang, u.bachDang);
    expect(own.statusCode, own.body).toBe(201);
    const above = await add(province, u.hongGai);
    expect(above.statusCode, above.body).toBe(201);
    const id = above.json().id;
    expect((await bachDang.request({ method: 'DELETE', url: `/api/duty/shifts/${id}` })).statusCode).toBe(403);
    expect((await vangDanh.request({ method: 'DELETE', url: `/api/duty/shifts/${id}` })).statusCode).toBe(404);
    expect((await district.request({ method: 'PATCH', url: `/api/duty/shifts/${id}`, payload: { leaderTitle: 'Chủ tịch UBND' } })).statusCode).toBe(200);
    expect((await district.request({ method: 'DELETE', url: `/api/duty/shifts/${id}` })).statusCode).toBe(204);
    expect((await district.request({ method: 'DELETE', url: `/api/duty/shifts/${id}` })).statusCode).toBe(404);
    const audit = (await auditOf('duty_shift', u.hongGai)).filter((a) => a.entityId === String(id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);

    const hotline = await post(district, '/api/duty/hotlines', { unitId: u.hongGai, label: 'Tổ COVID cộng đồng', phone: '0912 111 222' });
    const hid = hotline.json().id;
    expect((await clerk.request({ method: 'PATCH', url: `/api/duty/hotlines/${hid}`, payload: { label: 'x' } })).statusCode).toBe(403);
    expect((await bachDang.request({ method: 'PATCH', url: `/api/duty/hotlines/${hid}`, payload: { label: 'x' } })).statusCode).toBe(403);
    const renamed = await district.request({ method: 'PATCH', url: `/api/duty/hotlines/${hid}`, payload: { label: 'Tổ COVID khu 1', sortOrder: 2 } });
    expect(renamed.json()).toMatchObject({ label: 'Tổ COVID khu 1', sortOrder: 2, phone: '0912111222' });
    expect((await district.request({ method: 'DELETE', url: `/api/duty/hotlines/${hid}` })).statusCode).toBe(204);
    expect((await auditOf('hotline', u.hongGai)).filter((a) => a.entityId === String(hid)).map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});

describe('copying a week', () => {
  it('fills next week from this one, once, keeping what is already there', async () => {
    // this week (6–12/12) of Bạch Đằng: the 19:00 10/12 shift; next week already has 20/12 (made above)
    await post(district, '/api/duty/shifts', shift(u.bachDang, '2021-12-06T08:00', '2021-12-06T20:00', { leaderName: 'Hoàng Văn Tú' }));
    await post(district, '/api/duty/shifts', shift(u.bachDang, '2021-12-13T10:00', '2021-12-13T11:00', { leaderName: 'Đã có sẵn' }));
    const count = async () => (await t.db.query<{ n: number }>({ text: 'select count(*)::int as n from duty_shift where unit_id = $1', values: [u.bachDang] }))[0]!.n;
    const before = await count();
    expect((await post(clerk, '/api/duty/copy-week', { unitId: u.bachDang })).statusCode).toBe(403);
    expect((await post(vangDanh, '/api/duty/copy-week', { unitId: u.bachDang })).statusCode).toBe(404);
    const first = await post(district, '/api/duty/copy-week', { unitId: u.bachDang });
    expect(first.statusCode, first.body).toBe(200);
    // 06/12 08:00–20:00 → 13/12 overlaps the hand-made 10:00–11:00: skipped; 10/12 19:00 → 17/12 19:00 copied
    expect(first.json()).toEqual({ weekStart: '2021-12-13', created: 1, skipped: 1 });
    const next = (await get(district, `/api/duty?unitId=${u.bachDang}&from=2021-12-13&to=2021-12-19`)).json();
    expect(next.shifts.map((s: { startsAt: string; endsAt: string }) => [s.startsAt, s.endsAt])).toEqual([
      [vn('2021-12-13T10:00'), vn('2021-12-13T11:00')],
      [vn('2021-12-17T19:00'), vn('2021-12-18T08:00')],
    ]);
    const auditBefore = (await auditOf('duty_roster', u.bachDang)).length;
    expect(auditBefore).toBe(1);
    const again = await post(district, '/api/duty/copy-week', { unitId: u.bachDang });
    expect(again.json()).toEqual({ weekStart: '2021-12-13', created: 0, skipped: 2 });
    expect(await count()).toBe(before + 1);
    expect((await auditOf('duty_roster', u.bachDang)).length).toBe(1);
    // an explicit week: 20–26/12 from 13–19/12
    const third = await post(district, '/api/duty/copy-week', { unitId: u.bachDang, weekStart: '2021-12-20' });
    expect(third.json()).toMatchObject({ weekStart: '2021-12-20', created: 1 });
  });
});

describe('roster export', () => {
  it('is an Excel sheet of the asked days in Vietnam time', async () => {
    const res = await district.request({ method: 'GET', url: `/api/duty?unitId=${u.hongGai}&from=2021-12-10&to=2021-12-11&format=xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('lich-truc-06691-2021-12-10.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('Lịch trực lãnh đạo');
    expect(ws.getRow(2).values).toEqual([undefined, 'Bắt đầu', 'Kết thúc', 'Lãnh đạo trực', 'Chức vụ', 'Điện thoại']);
    expect(ws.getRow(3).values).toEqual([undefined, '08:00 10/12/2021', '20:00 10/12/2021', 'Nguyễn Văn Hải', 'Phó Chủ tịch UBND', '0912345678']);
    expect(ws.rowCount).toBe(2 + 3);
  });
});
