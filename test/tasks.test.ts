import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/db/sql.ts';
import { taskSummary } from '../src/server/modules/tasks/summary.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { openEventStream } from './helpers/events.ts';
import { PASSWORD, TEST_NOW } from './helpers/constants.ts';
import { createUser } from '../src/server/modules/auth/service.ts';
import { issueNotice, tasksOfNotice, vnTime } from './helpers/task-fixtures.ts';

let t: TestApp;
let clerk: Session;
let district: Session;
let province: Session;
let nation: Session;
let viewer: Session;
const u = {} as Record<'hongGai' | 'bachDang' | 'haLong' | 'uongBi' | 'vangDanh' | 'quangNinh' | 'nation' | 'haNoi', number>;

async function unitOf(id: number) {
  const [r] = await t.db.query<{ id: number; path: string }>(sql`select id, path from org_unit where id = ${id}`);
  return r!;
}

beforeAll(async () => {
  t = await createTestApp();
  const codes = { hongGai: '06691', bachDang: '06694', haLong: '193', uongBi: '196', vangDanh: '06808', quangNinh: '22', nation: 'VN', haNoi: '01' } as const;
  for (const [k, code] of Object.entries(codes)) u[k as keyof typeof codes] = await unitId(t.db, code);
  await createUser(t.db, null, { username: 'xem.halong', password: PASSWORD, fullName: 'Người xem Hạ Long', role: 'viewer', unitId: u.haLong });
  clerk = await t.login('xa.honggai');
  district = await t.login('tp.halong');
  province = await t.login('tinh.quangninh');
  nation = await t.login('trunguong');
  viewer = await t.login('xem.halong');
});
afterAll(() => t.close());

describe('tasks from an issued notice', () => {
  it('gives one task per notice task and unit, from the issuing unit, audited and notified', async () => {
    const { noticeId, noticeTaskIds } = await issueNotice(t.db, 'tinh.quangninh', {
      issuingUnitId: u.quangNinh,
      tasks: [
        { seq: 1, text: 'Báo cáo tiến độ tiêm chủng', deadline: '2021-12-10T17:00', unitIds: [u.haLong, u.uongBi], reportExpected: 'Báo cáo bằng văn bản' },
        { seq: 2, text: 'Rà soát người chưa tiêm', deadline: '2021-12-15T11:00', unitIds: [u.haLong] },
      ],
    });
    const tasks = await tasksOfNotice(t.db, noticeId);
    expect(tasks.map((x) => [x.seq, x.unitId, x.status, x.noticeTaskId])).toEqual([
      [1, Math.min(u.haLong, u.uongBi), 'assigned', noticeTaskIds[0]],
      [1, Math.max(u.haLong, u.uongBi), 'assigned', noticeTaskIds[0]],
      [2, u.haLong, 'assigned', noticeTaskIds[1]],
    ]);
    expect(tasks[0]!.deadline.toISOString()).toBe('2021-12-10T10:00:00.000Z');
    const rows = await t.db.query<{ fromUnitId: number; reportExpected: string }>(sql`
      select from_unit_id as "fromUnitId", report_expected as "reportExpected" from task where id = any(${tasks.map((x) => x.id)}::bigint[])`);
    expect(new Set(rows.map((r) => r.fromUnitId))).toEqual(new Set([u.quangNinh]));
    const ids = tasks.map((x) => String(x.id));
    const audit = await t.db.query<{ n: number }>(sql`select count(*)::int as n from audit_log where entity = 'task' and action = 'create' and entity_id = any(${ids})`);
    expect(audit[0]!.n).toBe(3);
    const notes = await t.db.query<{ unitId: number; kind: string }>(sql`
      select unit_id as "unitId", kind from unit_notification where task_id = any(${tasks.map((x) => x.id)}::bigint[]) order by task_id`);
    expect(notes.map((n) => n.kind)).toEqual(['task_new', 'task_new', 'task_new']);
    expect(notes.filter((n) => n.unitId === u.haLong)).toHaveLength(2);
  });

  it('on a correction carries matched tasks over with their status, cancels the unmatched ones and adds the new', async () => {
    const first = await issueNotice(t.db, 'tinh.quangninh', {
      issuingUnitId: u.quangNinh,
      tasks: [
        { seq: 1, text: 'Tổ chức tiêm vét', deadline: '2021-12-12T17:00', unitIds: [u.haLong, u.uongBi] },
        { seq: 2, text: 'Báo cáo số liệu', deadline: '2021-12-11T11:00', unitIds: [u.uongBi] },
      ],
    });
    const before = await tasksOfNotice(t.db, first.noticeId);
    const haLongTask = before.find((x) => x.seq === 1 && x.unitId === u.haLong)!;
    await t.db.execute(sql`update task set status = 'acknowledged', acknowledged_at = now() where id = ${haLongTask.id}`);
    const second = await issueNotice(t.db, 'tinh.quangninh', {
      issuingUnitId: u.quangNinh,
      supersedesId: first.noticeId,
      tasks: [
        { seq: 1, text: 'Tổ chức tiêm vét cho người trên 50 tuổi', deadline: '2021-12-13T17:00', unitIds: [u.haLong] },
        { seq: 2, text: 'Báo cáo số liệu', deadline: '2021-12-11T11:00', unitIds: [u.uongBi, u.haLong] },
      ],
    });
    const after = await tasksOfNotice(t.db, second.noticeId);
    const carried = after.find((x) => x.seq === 1 && x.unitId === u.haLong)!;
    expect(carried.id).toBe(haLongTask.id);
    expect(carried).toMatchObject({ status: 'acknowledged', title: 'Tổ chức tiêm vét cho người trên 50 tuổi', noticeTaskId: second.noticeTaskIds[0] });
    expect(carried.deadline.toISOString()).toBe(vnTime('2021-12-13T17:00').toISOString());
    expect(after.find((x) => x.seq === 2 && x.unitId === u.uongBi)!.id).toBe(before.find((x) => x.seq === 2)!.id);
    const added = after.find((x) => x.seq === 2 && x.unitId === u.haLong)!;
    expect(before.map((x) => x.id)).not.toContain(added.id);
    // Uông Bí no longer has task 1
    const dropped = (await tasksOfNotice(t.db, first.noticeId)).filter((x) => x.seq === 1);
    expect(dropped.map((x) => [x.unitId, x.status])).toEqual([[u.uongBi, 'cancelled']]);
    const notified = await t.db.query<{ taskId: number }>(sql`
      select task_id as "taskId" from unit_notification where task_id = any(${after.map((x) => x.id)}::bigint[])`);
    // the carried-over tasks were notified when first given; only the new one now
    expect(notified.map((n) => n.taskId).sort()).toEqual([carried.id, after.find((x) => x.seq === 2 && x.unitId === u.uongBi)!.id, added.id].sort());
  });
});

describe('task summary', () => {
  it('counts open, due soon, overdue and done late tasks over the subtree and per child unit', async () => {
    const { noticeId } = await issueNotice(t.db, 'trunguong', {
      issuingUnitId: u.nation,
      tasks: [
        // overdue at TEST_NOW (12:00 10/12)
        { seq: 1, text: 'Báo cáo trước 8 giờ', deadline: '2021-12-10T08:00', unitIds: [u.hongGai, u.vangDanh, u.haNoi] },
        // due soon
        { seq: 2, text: 'Báo cáo trước 17 giờ', deadline: '2021-12-10T17:00', unitIds: [u.bachDang] },
        // later
        { seq: 3, text: 'Tổng kết', deadline: '2021-12-20T17:00', unitIds: [u.haLong] },
      ],
    });
    const tasks = await tasksOfNotice(t.db, noticeId);
    const late = tasks.find((x) => x.unitId === u.vangDanh)!;
    await t.db.execute(sql`update task set status = 'done', completed_at = ${vnTime('2021-12-10T09:00').toISOString()} where id = ${late.id}`);

    const province = await taskSummary(t.db, await unitOf(u.quangNinh), TEST_NOW);
    const haLong = province.byChild.find((c) => c.unit.id === u.haLong)!;
    const uongBi = province.byChild.find((c) => c.unit.id === u.uongBi)!;
    expect(haLong.overdue).toBeGreaterThanOrEqual(1);
    expect(uongBi.doneLate).toBeGreaterThanOrEqual(1);
    expect(province.byChild.length).toBeGreaterThan(10);
    expect(province.byChild.every((c) => c.unit.level === 2)).toBe(true);
    // the nation sees Hà Nội's overdue task too, Quảng Ninh does not
    const nation = await taskSummary(t.db, await unitOf(u.nation), TEST_NOW);
    const haNoiTask = tasks.find((x) => x.unitId === u.haNoi)!.id;
    expect(nation.overdueTasks.map((x) => x.id)).toContain(haNoiTask);
    expect(province.overdueTasks.map((x) => x.id)).not.toContain(haNoiTask);
    expect(nation.overdue - province.overdue).toBeGreaterThanOrEqual(1);

    // a fresh Hồng Gai: exactly what this notice gave it
    const commune = await taskSummary(t.db, await unitOf(u.hongGai), TEST_NOW);
    expect(commune).toMatchObject({ open: 1, dueSoon: 0, overdue: 1, doneLate: 0, byChild: [] });
    expect(commune.overdueTasks).toEqual([
      { id: tasks.find((x) => x.unitId === u.hongGai)!.id, title: 'Báo cáo trước 8 giờ', unit: expect.objectContaining({ id: u.hongGai, name: expect.any(String) }), deadline: '2021-12-10T01:00:00.000Z' },
    ]);
    const bachDang = await taskSummary(t.db, await unitOf(u.bachDang), TEST_NOW);
    expect(bachDang).toMatchObject({ open: 1, dueSoon: 1, overdue: 0 });
    // seven hours later Bạch Đằng's task is overdue as well
    const later = await taskSummary(t.db, await unitOf(u.bachDang), new Date(TEST_NOW.getTime() + 7 * 3_600_000));
    expect(later).toMatchObject({ open: 1, dueSoon: 0, overdue: 1 });
    // the totals are the unit's own tasks plus its children's
    const sum = (k: 'open' | 'overdue' | 'dueSoon' | 'doneLate') => province.byChild.reduce((s, c) => s + c[k], 0);
    for (const k of ['open', 'overdue', 'dueSoon', 'doneLate'] as const) expect(province[k]).toBeGreaterThanOrEqual(sum(k));
    expect(province.overdueTasks.map((x) => x.deadline)).toEqual([...province.overdueTasks.map((x) => x.deadline)].sort());
    expect((await taskSummary(t.db, await unitOf(u.nation), TEST_NOW, 1)).overdueTasks).toHaveLength(1);
    // inside a transaction too (the conference briefing reads it while opening a conference)
    const qn = await unitOf(u.quangNinh);
    expect(await t.db.transaction((tx) => taskSummary(tx, qn, TEST_NOW))).toEqual(province);
  });
});

const get = (url: string) => ({ method: 'GET' as const, url });
const post = (url: string, payload: object = {}) => ({ method: 'POST' as const, url, payload });
const uuid = () => crypto.randomUUID();
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

/** A notice of Quảng Ninh with one task for Hạ Long and one for Hồng Gai; returns the task ids. */
async function provinceTasks(deadline = '2021-12-11T17:00', text = 'Báo cáo kết quả tiêm chủng') {
  const { noticeId } = await issueNotice(t.db, 'tinh.quangninh', {
    issuingUnitId: u.quangNinh,
    tasks: [{ seq: 1, text, deadline, unitIds: [u.haLong, u.hongGai], reportExpected: 'Văn bản gửi Sở Y tế' }],
  });
  const tasks = await tasksOfNotice(t.db, noticeId);
  return { haLong: tasks.find((x) => x.unitId === u.haLong)!.id, hongGai: tasks.find((x) => x.unitId === u.hongGai)!.id, noticeId };
}

describe('task board', () => {
  it('shows a unit the tasks it must do and those it gave, within the reader’s scope', async () => {
    const ids = await provinceTasks();
    const mine = await district.request(get('/api/tasks'));
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().unit.id).toBe(u.haLong);
    const item = mine.json().items.find((x: { id: number }) => x.id === ids.haLong);
    expect(item).toMatchObject({ status: 'assigned', deadlineState: 'on_track', fromUnit: { id: u.quangNinh }, reportExpected: 'Văn bản gửi Sở Y tế' });
    expect(mine.json().items.map((x: { id: number }) => x.id)).not.toContain(ids.hongGai);
    // the district opens its commune's board; the commune cannot open the district's
    const commune = (await district.request(get(`/api/tasks?unitId=${u.hongGai}`))).json();
    expect(commune.items.map((x: { id: number }) => x.id)).toContain(ids.hongGai);
    expect((await clerk.request(get(`/api/tasks?unitId=${u.haLong}`))).statusCode).toBe(404);
    expect((await district.request(get(`/api/tasks?unitId=${u.uongBi}`))).statusCode).toBe(404);
    const assigned = (await province.request(get('/api/tasks?view=assigned&status=assigned'))).json();
    expect(assigned.items.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([ids.haLong, ids.hongGai]));
    expect(assigned.items.every((x: { fromUnit: { id: number }; status: string }) => x.fromUnit.id === u.quangNinh && x.status === 'assigned')).toBe(true);
    expect((await district.request(get('/api/tasks?status=done'))).json().items.map((x: { id: number }) => x.id)).not.toContain(ids.haLong);
  });

  it('exports to Excel', async () => {
    await provinceTasks();
    const res = await district.request(get('/api/tasks?format=xlsx'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(2).value).toBe('Nhiệm vụ');
    const row = ws.getRows(3, ws.rowCount - 2)!.find((r) => r.getCell(2).value === 'Báo cáo kết quả tiêm chủng')!;
    expect(row.getCell(3).value).toBe('Thành phố Hạ Long');
    expect(row.getCell(5).value).toBe('17:00 11/12/2021');
    expect(row.getCell(6).value).toBe('Mới giao');
  });
});

describe('acting on a task', () => {
  it('is for the users of the responsible unit only: acknowledge, progress, done', async () => {
    const ids = await provinceTasks();
    // the district sees its commune's task but does not act for it; neither does a viewer or the province
    for (const who of [district, province, nation]) {
      const res = await who.request(post(`/api/tasks/${ids.hongGai}/acknowledge`));
      expect(res.statusCode, who.username).toBe(403);
      expect(res.json().error.message).toContain('đơn vị được giao');
    }
    expect((await viewer.request(post(`/api/tasks/${ids.haLong}/acknowledge`))).statusCode).toBe(403);
    expect((await clerk.request(post(`/api/tasks/${ids.haLong}/acknowledge`))).statusCode).toBe(404);
    const view = (await district.request(get(`/api/tasks/${ids.hongGai}`))).json();
    expect(view.can).toEqual({ acknowledge: false, report: false, split: false });

    const ack = await clerk.request(post(`/api/tasks/${ids.hongGai}/acknowledge`));
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json().task).toMatchObject({ status: 'acknowledged', acknowledgedAt: TEST_NOW.toISOString() });
    expect(ack.json().can).toEqual({ acknowledge: false, report: true, split: false });
    // again: nothing more happens
    expect((await clerk.request(post(`/api/tasks/${ids.hongGai}/acknowledge`))).statusCode).toBe(200);
    const audit = await t.db.query(sql`select action from audit_log where entity = 'task' and entity_id = ${String(ids.hongGai)} order by id`);
    expect(audit).toEqual([{ action: 'create' }, { action: 'update' }]);

    const progress = await clerk.request(post(`/api/tasks/${ids.hongGai}/reports`, { clientId: uuid(), kind: 'progress', text: 'Đã tiêm 80%' }));
    expect(progress.statusCode, progress.body).toBe(201);
    expect(progress.json().task.status).toBe('in_progress');
    const refused = await district.request(post(`/api/tasks/${ids.hongGai}/reports`, { clientId: uuid(), kind: 'done', text: 'Xong' }));
    expect(refused.statusCode).toBe(403);
    const done = await clerk.request(post(`/api/tasks/${ids.hongGai}/reports`, { clientId: uuid(), kind: 'done', text: 'Đã hoàn thành' }));
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json().task).toMatchObject({ status: 'done', deadlineState: 'done_on_time', completedAt: TEST_NOW.toISOString() });
    expect(done.json().reports.map((r: { kind: string; author: string }) => r.kind)).toEqual(['progress', 'done']);
    const after = await clerk.request(post(`/api/tasks/${ids.hongGai}/reports`, { clientId: uuid(), kind: 'progress', text: 'Thêm' }));
    expect(after.statusCode).toBe(409);
    // the district reads the reports
    expect((await district.request(get(`/api/tasks/${ids.hongGai}`))).json().reports).toHaveLength(2);
  });

  it('marks a task done late when completed after its deadline (moved clock)', async () => {
    const ids = await provinceTasks('2021-12-10T17:00');
    const board = (await district.request(get('/api/tasks'))).json();
    expect(board.items.find((x: { id: number }) => x.id === ids.haLong).deadlineState).toBe('due_soon');
    t.clock.now = vnTime('2021-12-12T20:30');
    try {
      const overdue = (await district.request(get(`/api/tasks/${ids.haLong}`))).json().task;
      expect(overdue).toMatchObject({ deadlineState: 'overdue', hoursLate: 51 });
      const done = await district.request(post(`/api/tasks/${ids.haLong}/reports`, { clientId: uuid(), kind: 'done', text: 'Đã nộp báo cáo' }));
      expect(done.statusCode, done.body).toBe(201);
      expect(done.json().task).toMatchObject({ status: 'done', deadlineState: 'done_late', hoursLate: 51 });
    } finally {
      t.clock.now = TEST_NOW;
    }
    // still done late whatever the clock says later
    expect((await district.request(get(`/api/tasks/${ids.haLong}`))).json().task.deadlineState).toBe('done_late');
  });

  it('does not duplicate a retried report', async () => {
    const ids = await provinceTasks();
    const body = { clientId: uuid(), kind: 'progress', text: 'Đang triển khai', attachments: [{ fileName: 'ke-hoach.csv', mimeType: 'text/csv', dataBase64: b64('a,b\n1,2\n') }] };
    const first = await clerk.request(post(`/api/tasks/${ids.hongGai}/reports`, body));
    expect(first.statusCode, first.body).toBe(201);
    const again = await clerk.request(post(`/api/tasks/${ids.hongGai}/reports`, body));
    expect(again.statusCode).toBe(200);
    expect(again.json().reports).toHaveLength(1);
    const [n] = await t.db.query<{ n: number }>(sql`
      select count(*)::int as n from task_attachment x join task_report r on r.id = x.report_id where r.task_id = ${ids.hongGai}`);
    expect(n!.n).toBe(1);
  });
});

describe('attachments', () => {
  it('go with a report and come back byte for byte; each download is audited', async () => {
    const ids = await provinceTasks();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 7)]);
    const res = await clerk.request(post(`/api/tasks/${ids.hongGai}/reports`, {
      clientId: uuid(), kind: 'progress', text: 'Kèm danh sách',
      attachments: [
        { fileName: 'Báo cáo tiêm chủng.pdf', mimeType: 'application/pdf', dataBase64: pdf.toString('base64') },
        { fileName: 'anh.jpg', mimeType: 'image/jpeg', dataBase64: b64('\xff\xd8\xff') },
      ],
    }));
    expect(res.statusCode, res.body).toBe(201);
    const [report] = res.json().reports;
    expect(report.attachments.map((a: { fileName: string; size: number }) => [a.fileName, a.size])).toEqual([['Báo cáo tiêm chủng.pdf', pdf.length], ['anh.jpg', 6]]);
    const url = `/api/tasks/${ids.hongGai}/attachments/${report.attachments[0].id}`;
    const file = await district.request(get(url));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('Báo cáo tiêm chủng.pdf'));
    expect(Buffer.compare(file.rawPayload, pdf)).toBe(0);
    const audit = await t.db.query(sql`select action from audit_log where entity = 'task_attachment' and entity_id = ${String(report.attachments[0].id)}`);
    expect(audit).toEqual([{ action: 'view' }]);
    // another task's id in the address does not reach it; nor does another district
    expect((await district.request(get(`/api/tasks/${ids.haLong}/attachments/${report.attachments[0].id}`))).statusCode).toBe(404);
    const uongBi = await t.login('tinh.quangninh');
    expect((await uongBi.request(get(url))).statusCode).toBe(200);
  });

  it('refuses a bad type, a file over 5 MB or a sixth file, naming the field', async () => {
    const ids = await provinceTasks();
    const send = (attachments: object[], lang = 'vi') =>
      clerk.request({ ...post(`/api/tasks/${ids.hongGai}/reports`, { clientId: uuid(), kind: 'progress', text: 'Kèm tệp', attachments }), headers: { 'accept-language': lang } });
    const exe = await send([{ fileName: 'virus.exe', mimeType: 'application/x-msdownload', dataBase64: b64('MZ') }]);
    expect(exe.statusCode).toBe(422);
    expect(exe.json().error.fields).toEqual([{ field: 'attachments.0.mimeType', message: expect.stringContaining('virus.exe') }]);
    // a PDF type on a file that is not named as one
    const disguised = await send([{ fileName: 'ok.pdf', mimeType: 'application/pdf', dataBase64: b64('%PDF') }, { fileName: 'x.exe', mimeType: 'application/pdf', dataBase64: b64('MZ') }]);
    expect(disguised.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['attachments.1.mimeType']);
    const big = await send([{ fileName: 'lon.pdf', mimeType: 'application/pdf', dataBase64: Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64') }], 'en');
    expect(big.statusCode).toBe(422);
    expect(big.json().error.fields).toEqual([{ field: 'attachments.0.dataBase64', message: '"lon.pdf" is larger than 5 MB' }]);
    const exactly = await send([{ fileName: 'vua.pdf', mimeType: 'application/pdf', dataBase64: Buffer.alloc(5 * 1024 * 1024).toString('base64') }]);
    expect(exactly.statusCode, exactly.body).toBe(201);
    const six = await send(Array.from({ length: 6 }, (_, i) => ({ fileName: `${i}.csv`, mimeType: 'text/csv', dataBase64: b64('a') })));
    expect(six.statusCode).toBe(422);
    expect(six.json().error.fields[0]).toEqual({ field: 'attachments', message: 'Tối đa 5 tệp đính kèm mỗi báo cáo' });
    const empty = await clerk.request(post(`/api/tasks/${ids.hongGai}/reports`, { clientId: uuid(), kind: 'progress', text: '  ' }));
    expect(empty.json().error.fields).toEqual([{ field: 'text', message: 'Vui lòng nhập nội dung báo cáo' }]);
    const [n] = await t.db.query<{ n: number }>(sql`select count(*)::int as n from task_report where task_id = ${ids.hongGai}`);
    expect(n!.n).toBe(1);
  });
});

describe('splitting a task', () => {
  it('gives sub-tasks to child units only, due no later than the task, once per client id', async () => {
    const ids = await provinceTasks('2021-12-12T17:00');
    const url = `/api/tasks/${ids.haLong}/split`;
    const item = { unitIds: [u.hongGai, u.bachDang], title: 'Rà soát danh sách người chưa tiêm', deadline: vnTime('2021-12-12T08:00').toISOString(), reportExpected: 'Danh sách' };
    const notChild = await district.request(post(url, { clientId: uuid(), items: [{ ...item, unitIds: [u.hongGai, u.vangDanh] }] }));
    expect(notChild.statusCode).toBe(422);
    expect(notChild.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['items.0.unitIds']);
    const late = await district.request(post(url, { clientId: uuid(), items: [{ ...item, deadline: vnTime('2021-12-12T17:01').toISOString() }] }));
    expect(late.statusCode).toBe(422);
    expect(late.json().error.fields).toEqual([{ field: 'items.0.deadline', message: 'Hạn hoàn thành không được sau hạn của nhiệm vụ được giao (17:00 12/12/2021)' }]);
    expect((await province.request(post(url, { clientId: uuid(), items: [item] }))).statusCode).toBe(403);
    expect((await clerk.request(post(`/api/tasks/${ids.hongGai}/split`, { clientId: uuid(), items: [item] }))).statusCode).toBe(403);

    const body = { clientId: uuid(), items: [item] };
    const res = await district.request(post(url, body));
    expect(res.statusCode, res.body).toBe(201);
    const subs = res.json().subTasks as { id: number; unit: { id: number }; fromUnit: { id: number }; parentId: number; status: string }[];
    expect(subs.map((s) => s.unit.id).sort()).toEqual([u.hongGai, u.bachDang].sort());
    expect(subs.every((s) => s.fromUnit.id === u.haLong && s.parentId === ids.haLong && s.status === 'assigned')).toBe(true);
    expect(res.json().task).toMatchObject({ status: 'assigned', subTasks: { total: 2, done: 0 } });
    const again = await district.request(post(url, body));
    expect(again.statusCode).toBe(200);
    expect(again.json().subTasks).toHaveLength(2);

    // the commune sees where its sub-task comes from, not the district's own task
    const sub = subs.find((s) => s.unit.id === u.hongGai)!;
    const seen = (await clerk.request(get(`/api/tasks/${sub.id}`))).json();
    expect(seen.parent).toBeNull();
    expect(seen.notice).toMatchObject({ id: ids.noticeId, seq: 1 });
    expect(seen.task.fromUnit.id).toBe(u.haLong);
    expect((await clerk.request(get('/api/tasks'))).json().items.map((x: { id: number }) => x.id)).toContain(sub.id);
    expect((await district.request(get('/api/tasks?view=assigned'))).json().items.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining(subs.map((s) => s.id)));
    const done = await clerk.request(post(`/api/tasks/${sub.id}/reports`, { clientId: uuid(), kind: 'done', text: 'Đã rà soát xong' }));
    expect(done.statusCode).toBe(201);
    const parent = (await district.request(get(`/api/tasks/${ids.haLong}`))).json();
    expect(parent.task).toMatchObject({ status: 'assigned', subTasks: { total: 2, done: 1 } });
    expect(parent.subTasks.find((s: { id: number }) => s.id === sub.id).status).toBe('done');
    const notes = await t.db.query(sql`select kind from unit_notification where task_id = ${sub.id}`);
    expect(notes).toEqual([{ kind: 'task_new' }]);
  });
});

describe('overdue roll-up', () => {
  it('rises up the chain: a commune’s overdue task counts at its district, province and nation', async () => {
    const base = async (who: Session, unit: number) => (await who.request(get(`/api/tasks/overdue?unitId=${unit}`))).json();
    const before = { district: await base(district, u.haLong), province: await base(province, u.quangNinh), nation: await base(nation, u.nation) };
    const ids = await provinceTasks('2021-12-10T09:00', 'Báo cáo trước 9 giờ');
    const district2 = await district.request(get('/api/tasks/overdue'));
    expect(district2.statusCode, district2.body).toBe(200);
    const d = district2.json();
    expect(d.overdue).toBe(before.district.overdue + 2);
    const hongGai = d.byChild.find((c: { unit: { id: number } }) => c.unit.id === u.hongGai);
    expect(hongGai.overdue).toBe(before.district.byChild.find((c: { unit: { id: number } }) => c.unit.id === u.hongGai).overdue + 1);
    // ranked by overdue tasks
    expect(d.byChild[0].overdue).toBeGreaterThanOrEqual(d.byChild[d.byChild.length - 1].overdue);
    expect(d.overdueTasks.items.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([ids.haLong, ids.hongGai]));
    expect(d.overdueTasks.items.find((x: { id: number }) => x.id === ids.hongGai)).toMatchObject({ deadlineState: 'overdue', hoursLate: 3 });

    const p = (await province.request(get('/api/tasks/overdue'))).json();
    expect(p.overdue).toBe(before.province.overdue + 2);
    expect(p.byChild.find((c: { unit: { id: number } }) => c.unit.id === u.haLong).overdue)
      .toBe(before.province.byChild.find((c: { unit: { id: number } }) => c.unit.id === u.haLong).overdue + 2);
    const n = (await nation.request(get('/api/tasks/overdue?limit=500'))).json();
    expect(n.overdue).toBe(before.nation.overdue + 2);
    expect(n.byChild.find((c: { unit: { id: number } }) => c.unit.id === u.quangNinh).overdue).toBe(p.overdue);
    expect(n.overdueTasks.items.map((x: { id: number }) => x.id)).toContain(ids.hongGai);
    expect(n.overdueTasks.total).toBe(n.overdue);
    // paged, oldest first
    const page = (await nation.request(get('/api/tasks/overdue?limit=1&offset=1'))).json();
    expect(page.overdueTasks.items).toHaveLength(1);
    expect(page.overdueTasks.items[0].id).toBe(n.overdueTasks.items[1].id);
    // drill down: the province opens Hạ Long, with its way back up
    const drill = (await province.request(get(`/api/tasks/overdue?unitId=${u.haLong}`))).json();
    expect(drill.ancestors.map((a: { id: number }) => a.id)).toEqual([u.quangNinh]);
    expect((await district.request(get(`/api/tasks/overdue?unitId=${u.quangNinh}`))).statusCode).toBe(404);
    expect((await province.request(get(`/api/tasks/overdue?unitId=${u.haNoi}`))).statusCode).toBe(404);
    // done now: no longer overdue anywhere
    await clerk.request(post(`/api/tasks/${ids.hongGai}/reports`, { clientId: uuid(), kind: 'done', text: 'Xong' }));
    const p2 = (await province.request(get('/api/tasks/overdue'))).json();
    expect(p2.overdue).toBe(p.overdue - 1);
    expect(p2.doneLate).toBe(p.doneLate + 1);
    const xlsx = await province.request(get('/api/tasks/overdue?format=xlsx'));
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('nhiem-vu-qua-han-22');
  });
});

describe('live updates', () => {
  it('reach an open screen of the units above when a task changes', async () => {
    const ids = await provinceTasks();
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(base, province.cookie);
    const other = await openEventStream(base, (await t.login('tp.halong')).cookie);
    try {
      expect((await clerk.request(post(`/api/tasks/${ids.hongGai}/acknowledge`))).statusCode).toBe(200);
      const [path] = await t.db.query<{ path: string }>(sql`select path from org_unit where id = ${u.hongGai}`);
      expect((await stream.next('task')).data).toMatchObject({ type: 'task', id: ids.hongGai, paths: expect.arrayContaining([path!.path]) });
      expect((await other.next('task')).data).toMatchObject({ id: ids.hongGai });
      // a refused write announces nothing
      await district.request(post(`/api/tasks/${ids.hongGai}/reports`, { clientId: uuid(), kind: 'done', text: 'Xong' }));
      await clerk.request(post(`/api/tasks/${ids.hongGai}/reports`, { clientId: uuid(), kind: 'progress', text: 'Đang làm' }));
      expect((await stream.next('task')).data).toMatchObject({ id: ids.hongGai });
      expect(stream.events.filter((e) => e.event === 'task')).toHaveLength(2);
    } finally {
      stream.close();
      other.close();
    }
  });
});
