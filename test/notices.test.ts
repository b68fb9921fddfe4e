import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/db/sql.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';

let t: TestApp;
let quangNinh: number;
let haLong: number;
let uongBi: number;
let hongGai: number;
let phucXa: number;
let province: Session;
let district: Session;
let clerk: Session;
let admin: Session;

/** 17:00 on 12/12/2021 and 11:00 on 11/12/2021 in Vietnam. */
const D12_17 = '2021-12-12T10:00:00.000Z';
const D11_11 = '2021-12-11T04:00:00.000Z';

const draft = (over: Record<string, unknown> = {}) => ({
  issuingUnitId: quangNinh,
  issuingBody: 'UBND TỈNH QUẢNG NINH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19',
  place: 'Quảng Ninh',
  title: 'Kết luận của Trưởng Ban Chỉ đạo tại hội nghị trực tuyến toàn tỉnh',
  body: 'Ngày 07 tháng 12 năm 2021, Ban Chỉ đạo tổ chức hội nghị trực tuyến toàn tỉnh.',
  closing: 'Ban Chỉ đạo thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.',
  issuedOn: '2021-12-10',
  recipients: ['Thành phố Hạ Long', 'Thành phố Uông Bí', 'Lưu: VT'],
  signerTitle: 'KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN',
  signerName: 'Đặng Hữu Trường',
  tasks: [
    { text: 'Rà soát, thống kê đầy đủ số người từ 18 tuổi trở lên chưa tiêm vắc xin', unitIds: [haLong, uongBi], deadline: D12_17, reportExpected: 'Báo cáo kết quả về Sở Y tế' },
    { text: 'Tổng hợp, báo cáo Thường trực Tỉnh ủy', unitIds: [haLong], deadline: D11_11, reportExpected: '' },
  ],
  ...over,
});

const post = (who: Session, url: string, payload?: object, lang = 'vi') =>
  who.request({ method: 'POST', url, payload: payload ?? {}, headers: { 'accept-language': lang } });
const put = (who: Session, id: number, payload: object, lang = 'vi') =>
  who.request({ method: 'PUT', url: `/api/notices/${id}`, payload, headers: { 'accept-language': lang } });
const get = (who: Session, url: string) => who.request({ method: 'GET', url });

async function tasksOf(noticeId: number) {
  return t.db.query<{ id: number; unitId: number; fromUnitId: number; status: string; seq: number; deadline: Date }>(sql`
    select t.id, t.unit_id as "unitId", t.from_unit_id as "fromUnitId", t.status, nt.seq, t.deadline
    from task t join notice_task nt on nt.id = t.notice_task_id where nt.notice_id = ${noticeId} order by nt.seq, t.unit_id`);
}

beforeAll(async () => {
  t = await createTestApp();
  [quangNinh, haLong, uongBi, hongGai, phucXa] = (await Promise.all(['22', '193', '196', '06691', '00001'].map((c) => unitId(t.db, c)))) as [
    number, number, number, number, number,
  ];
  [province, district, clerk, admin] = (await Promise.all(['tinh.quangninh', 'tp.halong', 'xa.honggai', 'trunguong'].map((u) => t.login(u)))) as [
    Session, Session, Session, Session,
  ];
});
afterAll(() => t.close());

describe('notices of conclusions', () => {
  let id: number;

  it('start from the unit: issuing body, place and closing; from a conference its host, title and opening', async () => {
    const plain = (await get(province, '/api/notices/template')).json();
    expect(plain).toMatchObject({
      issuingUnit: { id: quangNinh }, issuingBody: 'UBND TỈNH QUẢNG NINH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19', place: 'Quảng Ninh',
      title: '', recipients: ['Lưu: VT'],
    });
    const [conf] = await t.db.query<{ id: number }>(sql`
      insert into conference (host_unit_id, title, starts_at, created_by)
      values (${quangNinh}, 'Hội nghị trực tuyến toàn tỉnh về công tác tiêm chủng', '2021-12-07T01:00:00Z', 1) returning id`);
    await t.db.execute(sql`insert into conference_site (conference_id, unit_id) values (${conf!.id}, ${quangNinh})`);
    await t.db.execute(sql`insert into conference_attendee (conference_id, unit_id, full_name, title, role)
      values (${conf!.id}, ${quangNinh}, 'Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', 'chair')`);
    const res = await get(province, `/api/notices/template?conferenceId=${conf!.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      issuingUnit: { id: quangNinh },
      conference: { id: conf!.id },
      title: 'Kết luận của đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy tại hội nghị trực tuyến toàn tỉnh về công tác tiêm chủng',
      body: expect.stringMatching(/^Ngày 07 tháng 12 năm 2021, Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Quảng Ninh tổ chức hội nghị/),
    });
    // the conference of a province is no business of a district that does not join it
    expect((await get(district, `/api/notices/template?conferenceId=${conf!.id}`)).statusCode).toBe(404);
  });

  it('are drafted by an officer of the issuing unit; a retried create makes one notice', async () => {
    const clientId = '0d4c1f7e-2b1a-4c55-9d8e-5f7a3b2c1d00';
    const res = await post(province, '/api/notices', { ...draft(), clientId });
    expect(res.statusCode, res.body).toBe(201);
    const n = res.json();
    id = n.id;
    expect(n).toMatchObject({ status: 'draft', version: 1, number: null, canEdit: true, supersedes: null });
    expect(n.tasks.map((x: { seq: number; units: { id: number }[]; deadline: string }) => [x.seq, x.units.map((u) => u.id), x.deadline]))
      .toEqual([[1, [haLong, uongBi], D12_17], [2, [haLong], D11_11]]);
    const again = await post(province, '/api/notices', { ...draft(), clientId });
    expect(again.json().id).toBe(id);
    expect(await t.db.query(sql`select count(*)::int as n from notice where client_id = ${clientId}::uuid`)).toEqual([{ n: 1 }]);
    expect(await t.db.query(sql`select action from audit_log where entity = 'notice' and entity_id = ${String(id)}`)).toEqual([{ action: 'create' }]);
  });

  it('name each bad field in Vietnamese and English', async () => {
    const bad = draft({
      title: ' ',
      tasks: [
        { text: 'Rà soát', unitIds: [haLong], deadline: '2021-12-09T10:00:00Z', reportExpected: '' },
        { text: 'Tổng hợp', unitIds: [haLong], deadline: null, reportExpected: '' },
        { text: 'Báo cáo', unitIds: [phucXa], deadline: D12_17, reportExpected: '' },
      ],
    });
    const vi = await post(province, '/api/notices', bad);
    expect(vi.statusCode).toBe(422);
    expect(vi.json().error.fields).toEqual([
      { field: 'title', message: 'Cần nhập trích yếu (tiêu đề) của thông báo' },
      { field: 'tasks.0.deadline', message: 'Nhiệm vụ 1: thời hạn trước ngày ban hành thông báo' },
      { field: 'tasks.1.deadline', message: 'Nhiệm vụ 2: cần nhập thời hạn' },
      { field: 'tasks.2.unitIds', message: 'Nhiệm vụ 3: đơn vị thực hiện không thuộc phạm vi của đơn vị ban hành' },
    ]);
    const en = await post(province, '/api/notices', bad, 'en');
    expect(en.json().error.fields.map((f: { message: string }) => f.message)).toEqual([
      'The title of the notice is required', 'Task 1: the deadline is before the date of the notice', 'Task 2: the deadline is required',
      'Task 3: a responsible unit is not under the issuing unit',
    ]);
    // a unit of the reader's scope but not under the issuing unit is named
    const sideways = await post(province, '/api/notices', draft({ issuingUnitId: haLong, tasks: [{ text: 'x', unitIds: [uongBi], deadline: D12_17, reportExpected: '' }] }));
    expect(sideways.json().error.fields).toEqual([{ field: 'tasks.0.unitIds', message: 'Nhiệm vụ 1: đơn vị "Thành phố Uông Bí" không thuộc phạm vi của đơn vị ban hành' }]);
  });

  it('keep drafts editable, audited', async () => {
    const res = await put(province, id, draft({ title: 'Kết luận của Thường trực Ban Chỉ đạo tỉnh', number: '125/TB-BCĐ' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Kết luận của Thường trực Ban Chỉ đạo tỉnh', number: '125/TB-BCĐ', status: 'draft' });
    const audit = await t.db.query<{ before: { title: string }; after: { title: string } }>(sql`
      select before, after from audit_log where entity = 'notice' and entity_id = ${String(id)} and action = 'update'`);
    expect(audit.map((a) => [a.before.title, a.after.title])).toEqual([[draft().title, 'Kết luận của Thường trực Ban Chỉ đạo tỉnh']]);
  });

  it('are not seen outside the issuing unit while in draft', async () => {
    expect((await get(district, `/api/notices/${id}`)).statusCode).toBe(404);
    expect((await get(district, '/api/notices')).json().map((n: { id: number }) => n.id)).not.toContain(id);
    expect((await put(district, id, draft())).statusCode).toBe(404);
    expect((await post(district, `/api/notices/${id}/issue`)).statusCode).toBe(404);
    expect((await post(clerk, '/api/notices', draft({ issuingUnitId: hongGai, tasks: [] }))).statusCode).toBe(403);
  });

  it('need a number and a date to be issued', async () => {
    const other = (await post(province, '/api/notices', draft({ issuedOn: null, number: '  ', tasks: [] }))).json();
    const res = await post(province, `/api/notices/${other.id}/issue`, {}, 'en');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      { field: 'number', message: 'The notice number is required to issue it' },
      { field: 'issuedOn', message: 'The date of the notice is required to issue it' },
    ]);
    expect((await t.db.query(sql`select status from notice where id = ${other.id}`))[0]).toEqual({ status: 'draft' });
  });

  it('when issued, give each responsible unit its task from the issuing unit', async () => {
    const res = await post(province, `/api/notices/${id}/issue`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'issued', issuedAt: t.clock.now.toISOString(), issuedBy: expect.any(String) });
    const tasks = await tasksOf(id);
    const expected: [number, number, number, string][] = [[1, haLong, quangNinh, 'assigned'], [1, uongBi, quangNinh, 'assigned'], [2, haLong, quangNinh, 'assigned']];
    expect(tasks.map((x) => [x.seq, x.unitId, x.fromUnitId, x.status])).toEqual(expected.sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const p = res.json().tasks[0];
    expect(p.counts).toEqual({ units: 2, acknowledged: 0, done: 0, overdue: 0 });
  });

  it('are immutable once issued: the API answers 409 and the database refuses any change', async () => {
    const change = await put(province, id, draft({ number: '125/TB-BCĐ', title: 'Khác' }));
    expect(change.statusCode).toBe(409);
    expect(change.json().error.message).toMatch(/đã ban hành, không thể sửa/);
    expect((await post(province, `/api/notices/${id}/issue`)).statusCode).toBe(409);
    expect((await province.request({ method: 'DELETE', url: `/api/notices/${id}` })).statusCode).toBe(409);
    await expect(t.db.execute(sql`update notice set title = 'x' where id = ${id}`)).rejects.toThrow(/issued and cannot change/);
    await expect(t.db.execute(sql`update notice_task set text = 'x' where notice_id = ${id}`)).rejects.toThrow(/issued and cannot change/);
    await expect(t.db.execute(sql`delete from notice_task_unit where notice_task_id in (select id from notice_task where notice_id = ${id})`))
      .rejects.toThrow(/issued and cannot change/);
    expect((await get(province, `/api/notices/${id}`)).json().title).toBe('Kết luận của Thường trực Ban Chỉ đạo tỉnh');
  });

  it('are read by the responsible units, each seeing the live status of its own tasks only', async () => {
    await t.db.execute(sql`
      update task set status = 'acknowledged', acknowledged_at = ${t.clock.now}
      where unit_id = ${haLong} and notice_task_id in (select id from notice_task where notice_id = ${id})`);
    const d = await get(district, `/api/notices/${id}`);
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json().canEdit).toBe(false);
    expect(d.json().tasks[0].units.map((u: { id: number }) => u.id)).toEqual([haLong, uongBi]);
    expect(d.json().tasks[0].progress.map((p: { unit: { id: number }; status: string }) => [p.unit.id, p.status])).toEqual([[haLong, 'acknowledged']]);
    // the province sees every unit; after 11:00 on 11/12 task 2 is overdue
    t.clock.now = new Date('2021-12-11T05:00:00Z');
    try {
      const p = (await get(province, `/api/notices/${id}`)).json();
      expect(p.tasks.map((x: { counts: object }) => x.counts)).toEqual([
        { units: 2, acknowledged: 1, done: 0, overdue: 0 },
        { units: 1, acknowledged: 1, done: 0, overdue: 1 },
      ]);
      expect(p.tasks[1].progress[0].state).toBe('overdue');
    } finally {
      t.clock.now = new Date('2021-12-10T05:00:00Z');
    }
    // a district may read but not correct the province's notice; a commune under it does not see it
    expect((await post(district, `/api/notices/${id}/correct`)).statusCode).toBe(403);
    expect((await get(clerk, `/api/notices/${id}`)).statusCode).toBe(404);
    expect((await get(clerk, `/api/notices/${id}/pdf`)).statusCode).toBe(404);
  });

  it('keep their number unique per issuing unit and year', async () => {
    const same = (await post(province, '/api/notices', draft({ number: '125/tb-bcđ', tasks: [] }))).json();
    const res = await post(province, `/api/notices/${same.id}/issue`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toEqual([{ field: 'number', message: 'Số 125/tb-bcđ đã được dùng cho một thông báo khác của đơn vị trong năm 2021' }]);
    // next year the count starts again; another unit has its own numbers
    expect((await put(province, same.id, draft({ number: '125/TB-BCĐ', issuedOn: '2022-01-05', tasks: [] }))).statusCode).toBe(200);
    expect((await post(province, `/api/notices/${same.id}/issue`)).statusCode).toBe(200);
    const halong = (await post(district, '/api/notices', draft({ issuingUnitId: haLong, number: '125/TB-BCĐ', tasks: [] }))).json();
    expect((await post(district, `/api/notices/${halong.id}/issue`)).statusCode).toBe(200);
  });

  it('are corrected by a new version that supersedes the old one when issued, the tasks carrying over', async () => {
    const before = await tasksOf(id);
    const res = await post(province, `/api/notices/${id}/correct`);
    expect(res.statusCode, res.body).toBe(201);
    const v2 = res.json();
    expect(v2).toMatchObject({ status: 'draft', version: 2, number: '125/TB-BCĐ', supersedes: { id, status: 'issued' }, title: 'Kết luận của Thường trực Ban Chỉ đạo tỉnh' });
    expect(v2.tasks).toHaveLength(2);
    // asked again, the same draft
    expect((await post(province, `/api/notices/${id}/correct`)).json().id).toBe(v2.id);
    // the correction moves task 1 to 18/12 for Hạ Long only
    const D18 = '2021-12-18T10:00:00.000Z';
    const edit = draft({ number: '125/TB-BCĐ', title: 'Kết luận của Thường trực Ban Chỉ đạo tỉnh (đính chính)', tasks: [
      { ...draft().tasks[0], unitIds: [haLong], deadline: D18 }, draft().tasks[1],
    ] });
    expect((await put(province, v2.id, edit)).statusCode).toBe(200);
    const old = (await get(province, `/api/notices/${id}`)).json();
    expect(old.status).toBe('issued');
    const issued = await post(province, `/api/notices/${v2.id}/issue`);
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[1, 'superseded'], [2, 'issued']]);
    const after = (await get(province, `/api/notices/${id}`)).json();
    expect(after).toMatchObject({ status: 'superseded', supersededBy: { id: v2.id, number: '125/TB-BCĐ', version: 2 } });
    const now = await tasksOf(v2.id);
    const haLong1 = before.find((x) => x.seq === 1 && x.unitId === haLong)!;
    expect(now.map((x) => [x.id, x.seq, x.unitId, x.status])).toEqual([
      [haLong1.id, 1, haLong, 'acknowledged'], [before.find((x) => x.seq === 2)!.id, 2, haLong, 'acknowledged'],
    ]);
    expect(now[0]!.deadline.toISOString()).toBe(D18);
    const uongBiTask = before.find((x) => x.unitId === uongBi)!;
    expect((await t.db.query(sql`select status from task where id = ${uongBiTask.id}`))[0]).toEqual({ status: 'cancelled' });
    // the old version cannot be corrected again
    const again = await post(province, `/api/notices/${id}/correct`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('125/TB-BCĐ');
    const list = (await get(province, '/api/notices?status=superseded')).json();
    expect(list.map((n: { id: number }) => n.id)).toEqual([id]);
    expect(list[0].supersededBy.id).toBe(v2.id);
  });

  it('are listed by unit, status, year and text, and exported to Excel', async () => {
    const ids = (q: string) => get(province, `/api/notices${q}`).then((r) => r.json().map((n: { id: number }) => n.id) as number[]);
    const all = await ids('');
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(await ids('?q=dinh chinh')).toHaveLength(1);
    expect(await ids('?q=ĐÍNH CHÍNH')).toHaveLength(1);
    expect(await ids('?year=2022')).toHaveLength(1);
    expect(await ids(`?unitId=${uongBi}`)).toEqual([id]);
    expect((await ids('?status=draft')).length).toBeGreaterThanOrEqual(1);
    for (const n of await get(province, '/api/notices?status=draft').then((r) => r.json())) expect(n.status).toBe('draft');
    // the district sees its own notice and the province's issued ones naming it, not the province's drafts
    const d = (await get(district, '/api/notices')).json() as { status: string; issuingUnit: { id: number } }[];
    expect(d.filter((n) => n.issuingUnit.id === quangNinh).every((n) => n.status !== 'draft')).toBe(true);
    expect((await get(district, `/api/notices?unitId=${quangNinh}`)).statusCode).toBe(404);
    const xlsx = await get(province, '/api/notices?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(1).value).toBe('Số');
    const values = ws.getSheetValues().flat().map(String);
    expect(values).toContain('Đã được thay thế');
  });

  it('print as PDF, drafts too', async () => {
    const res = await get(province, `/api/notices/${id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(admin, `/api/notices/${id}/pdf`)).statusCode).toBe(200);
  });

  it('drafts may be deleted, not issued notices', async () => {
    const n = (await post(province, '/api/notices', draft({ tasks: [] }))).json();
    expect((await province.request({ method: 'DELETE', url: `/api/notices/${n.id}` })).statusCode).toBe(204);
    expect((await get(province, `/api/notices/${n.id}`)).statusCode).toBe(404);
  });
});
