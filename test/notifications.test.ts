import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Db } from '../src/server/db/client.ts';
import { sql } from '../src/server/db/sql.ts';
import { loadConfig, type Config } from '../src/server/env.ts';
import { JOBS } from '../src/server/jobs/list.ts';
import { runDueJobs } from '../src/server/jobs/scheduler.ts';
import { createUser, sessionActor } from '../src/server/modules/auth/service.ts';
import { notifyDeadlines } from '../src/server/modules/notifications/reminders.ts';
import { createNoticeTasks } from '../src/server/modules/tasks/from-notice.ts';
import { createTestApp, postgresUrlOf, unitId, type Session, type TestApp } from './helpers/app.ts';
import { TEST_NOW } from './helpers/constants.ts';
import { openEventStream } from './helpers/events.ts';
import { startSmtp, type TestSmtp } from './helpers/mail.ts';

const MIN = 60_000;
/** an instant given in Vietnam time, 'YYYY-MM-DD HH:mm' */
const vn = (s: string) => new Date(`${s.replace(' ', 'T')}:00+07:00`);

let t: TestApp;
let smtp: TestSmtp;
let base: string;
const u = {} as Record<'hongGai' | 'bachDang' | 'haLong' | 'quangNinh', number>;
const s = {} as Record<'clerk' | 'district' | 'province' | 'viewer' | 'admin', Session>;
/** the tasks of the notice, by name */
const task = {} as Record<'tracing' | 'vaccination' | 'done', number>;

const noSmtp = loadConfig({ LOG_LEVEL: 'silent' });
let withSmtp: Config;

// the weekly levels assessment is tested in test/levels.test.ts
const run = (at: Date, config: Config = noSmtp, db: Db = t.db) => runDueJobs({ db, config, now: at }, JOBS.filter((j) => j.name !== 'levels-weekly'), (job, err) => {
  throw new Error(`${job.name}: ${String(err)}`);
});

const notifications = () =>
  t.db.query<{ unitId: number; taskId: number; kind: string }>(sql`
    select unit_id as "unitId", task_id as "taskId", kind from unit_notification order by task_id, unit_id, kind`);
const outbox = () =>
  t.db.query<{ id: number; to: string; subject: string; body: string; sentAt: Date | null; attempts: number; lastError: string | null }>(sql`
    select id, to_address as "to", subject, body, sent_at as "sentAt", attempts, last_error as "lastError" from email_outbox order by id`);

async function setEmail(username: string, email: string | null) {
  await t.db.execute(sql`update app_user set email = ${email} where username = ${username}`);
}

beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  smtp = await startSmtp();
  withSmtp = loadConfig({ LOG_LEVEL: 'silent', SMTP_URL: smtp.url, MAIL_FROM: 'EpiCenter <nhacviec@epicenter.local>' });
  u.hongGai = await unitId(t.db, '06691');
  u.bachDang = await unitId(t.db, '06694');
  u.haLong = await unitId(t.db, '193');
  u.quangNinh = await unitId(t.db, '22');
  s.clerk = await t.login('xa.honggai');
  s.district = await t.login('tp.halong');
  s.province = await t.login('tinh.quangninh');
  s.admin = await t.login('trunguong');
  const created = await s.admin.request({
    method: 'POST', url: '/api/users',
    payload: { username: 'xem.honggai', fullName: 'Người xem Hồng Gai', role: 'viewer', unitId: u.hongGai, password: 'mat-khau-xem-1' },
  });
  expect(created.statusCode, created.body).toBe(201);
  s.viewer = await t.login('xem.honggai', 'mat-khau-xem-1');

  // The province issues a notice with three tasks (through the tasks module, as the notices module does)
  const actor = (await sessionActor(t.db, decodeURIComponent(s.province.cookie.split('=')[1]!)))!;
  await t.db.transaction(async (tx) => {
    const [notice] = await tx.query<{ id: number }>(sql`
      insert into notice (issuing_unit_id, issuing_body, title, created_by)
      values (${u.quangNinh}, 'BAN CHỈ ĐẠO TỈNH QUẢNG NINH', 'Kết luận giao ban', ${actor.id}) returning id`);
    const items = [
      { seq: 1, text: 'Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I', deadline: vn('2021-12-10 17:00'), unitIds: [u.hongGai], reportExpected: 'Danh sách F1 đã cách ly' },
      { seq: 2, text: 'Hoàn thành tiêm mũi 3 cho người từ 50 tuổi', deadline: vn('2021-12-12 17:00'), unitIds: [u.haLong], reportExpected: '' },
      { seq: 3, text: 'Khử khuẩn khu dân cư tổ 5', deadline: vn('2021-12-10 17:00'), unitIds: [u.bachDang], reportExpected: '' },
    ];
    const tasks = [];
    for (const i of items) {
      const [nt] = await tx.query<{ id: number }>(sql`
        insert into notice_task (notice_id, seq, text, deadline, report_expected)
        values (${notice!.id}, ${i.seq}, ${i.text}, ${i.deadline}, ${i.reportExpected}) returning id`);
      tasks.push({ noticeTaskId: nt!.id, ...i });
    }
    await createNoticeTasks(tx, actor, { noticeId: notice!.id, issuingUnitId: u.quangNinh, supersedesId: null, tasks }, TEST_NOW);
  });
  const rows = await t.db.query<{ id: number; unitId: number }>(sql`select id, unit_id as "unitId" from task`);
  task.tracing = rows.find((r) => r.unitId === u.hongGai)!.id;
  task.vaccination = rows.find((r) => r.unitId === u.haLong)!.id;
  task.done = rows.find((r) => r.unitId === u.bachDang)!.id;
  await t.db.execute(sql`update task set status = 'done', completed_at = ${TEST_NOW} where id = ${task.done}`);

  await setEmail('xa.honggai', 'vanthu.honggai@quangninh.gov.vn');
  await setEmail('tp.halong', 'ttch@halong.gov.vn');
  await setEmail('tinh.quangninh', 'ttch@quangninh.gov.vn');
  // a disabled account gets nothing
  await createUser(t.db, null, { username: 'cu.honggai', password: 'mat-khau-cu-1', fullName: 'Văn thư cũ', role: 'clerk', unitId: u.hongGai, email: 'cu.honggai@quangninh.gov.vn' });
  await t.db.execute(sql`update app_user set disabled = true where username = 'cu.honggai'`);
});

afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

describe('reminders', () => {
  it('a task entering its last 24 hours reminds its unit once, however often the job runs', async () => {
    expect(await run(TEST_NOW)).toEqual(['task-reminders', 'send-email']);
    // the job runs once a minute; a second process at the same moment finds it claimed
    expect(await run(new Date(TEST_NOW.getTime() + 30_000))).toEqual(['send-email']);
    const [a, b] = await Promise.all([run(new Date(TEST_NOW.getTime() + MIN)), run(new Date(TEST_NOW.getTime() + MIN))]);
    expect([...a!, ...b!].filter((j) => j === 'task-reminders')).toEqual(['task-reminders']);
    await run(new Date(TEST_NOW.getTime() + 2 * MIN));

    const dueSoon = (await notifications()).filter((n) => n.kind === 'due_soon');
    // the commune's task is due at 17:00 today; the district's on the 12th; the done one gets nothing
    expect(dueSoon).toEqual([{ unitId: u.hongGai, taskId: task.tracing, kind: 'due_soon' }]);
  });

  it('two processes running the reminders at the same moment create each reminder once', async () => {
    const at = vn('2021-12-11 17:30'); // the district's task is now due within 24 h
    const url = postgresUrlOf.get(t.db);
    const other = url ? await openPostgres(url, 2) : t.db;
    try {
      const [a, b] = await Promise.all([notifyDeadlines(t.db, at), notifyDeadlines(other, at)]);
      expect([...a, ...b].sort()).toEqual([task.tracing, task.vaccination].sort());
    } finally {
      if (other !== t.db) await other.close();
    }
    const rows = await notifications();
    expect(rows.filter((n) => n.taskId === task.vaccination && n.kind === 'due_soon')).toHaveLength(1);
    // meanwhile the commune's task went past its deadline: it reaches the province that assigned it
    expect(rows.filter((n) => n.kind === 'overdue')).toEqual(
      [u.hongGai, u.quangNinh].sort((a, b) => a - b).map((unitId) => ({ unitId, taskId: task.tracing, kind: 'overdue' })),
    );
  });

  it('queues each reminder by email to the users of the unit who have an address, in Vietnamese', async () => {
    await run(vn('2021-12-11 17:31'));
    const mails = await outbox();
    const to = (addr: string) => mails.filter((m) => m.to === addr).map((m) => m.subject);
    expect(to('vanthu.honggai@quangninh.gov.vn')).toEqual([
      'Nhiệm vụ mới: Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I, hạn 17:00 10/12/2021',
      'Nhắc việc: Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I, hạn 17:00 10/12/2021',
      'Nhắc việc: quá hạn — Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I, hạn 17:00 10/12/2021',
    ]);
    expect(to('ttch@halong.gov.vn')).toEqual([
      'Nhiệm vụ mới: Hoàn thành tiêm mũi 3 cho người từ 50 tuổi, hạn 17:00 12/12/2021',
      'Nhắc việc: Hoàn thành tiêm mũi 3 cho người từ 50 tuổi, hạn 17:00 12/12/2021',
    ]);
    expect(to('ttch@quangninh.gov.vn')).toEqual([
      'Nhắc việc: Phường Hồng Gai quá hạn — Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I, hạn 17:00 10/12/2021',
    ]);
    // not the disabled account of Hồng Gai, and nobody for the finished task of Bạch Đằng
    expect(mails.map((m) => m.to)).not.toContain('cu.honggai@quangninh.gov.vn');
    expect(mails.some((m) => m.subject.includes('Khử khuẩn'))).toBe(false);
    const overdue = mails.find((m) => m.to === 'ttch@quangninh.gov.vn')!;
    expect(overdue.body).toContain('Nhiệm vụ giao cho Phường Hồng Gai đã quá hạn: Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I (hạn 17:00 10/12/2021)');
    expect(overdue.body).toContain('Báo cáo cần gửi: Danh sách F1 đã cách ly');
    // without SMTP nothing leaves: the emails wait
    expect(mails.every((m) => m.sentAt === null && m.attempts === 0)).toBe(true);
    // and the job does not queue them again
    await run(vn('2021-12-11 17:40'));
    expect(await outbox()).toHaveLength(mails.length);
  });

  it('an administrator sees that SMTP is not configured and what waits', async () => {
    const res = await s.admin.request({ method: 'GET', url: '/api/notifications/email-status' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ smtpConfigured: false, waiting: 6, failed: 0, sentLastWeek: 0 });
    expect((await s.province.request({ method: 'GET', url: '/api/notifications/email-status' })).statusCode).toBe(403);
  });

  it('sends the outbox through a real SMTP server, UTF-8 Vietnamese intact', async () => {
    smtp.refuse.add('ttch@halong.gov.vn');
    const at = vn('2021-12-11 18:00');
    expect(await run(at, withSmtp)).toContain('send-email');
    const got = smtp.received.find((m) => m.to.includes('ttch@quangninh.gov.vn'))!;
    expect(got.from).toBe('nhacviec@epicenter.local');
    expect(got.subject).toBe('Nhắc việc: Phường Hồng Gai quá hạn — Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I, hạn 17:00 10/12/2021');
    expect(got.text).toContain('Kính gửi: Tỉnh Quảng Ninh');
    expect(got.text).toContain('Đơn vị thực hiện: Phường Hồng Gai');
    expect(smtp.received.filter((m) => m.to.includes('vanthu.honggai@quangninh.gov.vn'))).toHaveLength(3);
    const mails = await outbox();
    expect(mails.filter((m) => m.sentAt !== null)).toHaveLength(4);
    // the refused ones keep their error and wait for the next try
    const failed = mails.filter((m) => m.to === 'ttch@halong.gov.vn');
    expect(failed.map((m) => [m.sentAt, m.attempts])).toEqual([[null, 1], [null, 1]]);
    expect(failed[0]!.lastError).toMatch(/550|unavailable/i);
  });

  it('retries a failed email later, and gives up after five attempts', async () => {
    const failedIds = (await outbox()).filter((m) => m.to === 'ttch@halong.gov.vn').map((m) => m.id);
    // not within the minute after a failure
    await run(new Date(vn('2021-12-11 18:00').getTime() + 40_000), withSmtp);
    const attempts = async () => (await outbox()).filter((m) => failedIds.includes(m.id)).map((m) => m.attempts);
    expect(await attempts()).toEqual([1, 1]);
    // backing off: 1, 4, 9 and 16 minutes after each failure
    let at = vn('2021-12-11 18:00').getTime();
    for (const wait of [1, 4, 9, 16]) {
      // (and at least 30 s after the last run: the job's own period)
      at += wait * MIN + 31_000;
      await run(new Date(at), withSmtp);
    }
    expect(await attempts()).toEqual([5, 5]);
    at += 60 * MIN;
    await run(new Date(at), withSmtp);
    expect(await attempts()).toEqual([5, 5]);
    const status = (await s.admin.request({ method: 'GET', url: '/api/notifications/email-status' })).json();
    expect(status).toMatchObject({ failed: 2, waiting: 0, sentLastWeek: 4 });
    expect(status.lastError).toMatch(/550|unavailable/i);
    // a failure that clears before the last attempt is sent
    smtp.refuse.clear();
    await t.db.execute(sql`update email_outbox set attempts = 3 where id = ${failedIds[0]!}`);
    await run(new Date(at + 20 * MIN), withSmtp);
    const retried = (await outbox()).find((m) => m.id === failedIds[0]);
    expect(retried).toMatchObject({ attempts: 4, lastError: null });
    expect(retried!.sentAt).not.toBeNull();
    expect(smtp.received.filter((m) => m.to.includes('ttch@halong.gov.vn'))).toHaveLength(1);
  });
});

describe('in-app notifications', () => {
  it("a user sees their own unit's notifications, newest first, with an unread count", async () => {
    const clerk = (await s.clerk.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(clerk.unread).toBe(3);
    expect(clerk.items.map((n: { kind: string }) => n.kind)).toEqual(['overdue', 'due_soon', 'task_new']);
    expect(clerk.items[1].text).toBe('Nhiệm vụ sắp đến hạn: Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I (hạn 17:00 10/12/2021)');
    expect(clerk.items[0].task).toMatchObject({ id: task.tracing, status: 'assigned', unit: { id: u.hongGai } });

    const province = (await s.province.request({ method: 'GET', url: '/api/notifications', headers: { 'accept-language': 'en' } })).json();
    expect(province.items.map((n: { text: string }) => n.text)).toEqual([
      'Task assigned to Phường Hồng Gai is overdue: Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I (was due 17:00 10/12/2021)',
    ]);
    // each unit only its own: the district hears nothing of the commune's task
    const district = (await s.district.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(district.items.every((n: { task: { id: number } }) => n.task.id === task.vaccination)).toBe(true);
    expect(JSON.stringify(district)).not.toContain('Truy vết');
  });

  it('marks one or all read for the unit; another unit’s is not found; a viewer may not', async () => {
    const list = (await s.clerk.request({ method: 'GET', url: '/api/notifications' })).json();
    const id = list.items[0].id as number;
    const read = (who: Session, path: string) => who.request({ method: 'POST', url: `/api/notifications/${path}`, payload: {} });
    expect((await read(s.district, `${id}/read`)).statusCode).toBe(404);
    expect((await read(s.province, `${id}/read`)).statusCode).toBe(404);
    expect((await read(s.clerk, '999999/read')).statusCode).toBe(404);
    expect((await read(s.viewer, `${id}/read`)).statusCode).toBe(403);
    expect((await read(s.viewer, 'read-all')).statusCode).toBe(403);
    // a viewer reads the unit's notifications all the same
    expect((await s.viewer.request({ method: 'GET', url: '/api/notifications' })).json().unread).toBe(3);
    expect((await t.app.inject({ method: 'POST', url: `/api/notifications/${id}/read`, payload: {} })).statusCode).toBe(401);
    expect((await s.clerk.request({ method: 'GET', url: '/api/notifications' })).json().unread).toBe(3);

    const one = await read(s.clerk, `${id}/read`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toEqual({ unread: 2 });
    expect((await read(s.clerk, `${id}/read`)).json()).toEqual({ unread: 2 });
    const after = (await s.clerk.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(after.items.map((n: { read: boolean }) => n.read)).toEqual([true, false, false]);
    expect((await read(s.clerk, 'read-all')).json()).toEqual({ unread: 0 });
    expect((await s.clerk.request({ method: 'GET', url: '/api/notifications' })).json().unread).toBe(0);
    // the district's stay unread
    expect((await s.district.request({ method: 'GET', url: '/api/notifications' })).json().unread).toBe(2);
    const audit = await t.db.query<{ n: number }>(sql`select count(*)::int as n from audit_log where entity = 'unit_notification'`);
    expect(audit[0]!.n).toBe(2);
  });

  it('new reminders reach open screens of both units as a task event', async () => {
    const stream = await openEventStream(base, s.district.cookie);
    try {
      // the district's task goes overdue
      await run(vn('2021-12-12 17:05'));
      const e = await stream.next('task');
      expect(e.data).toMatchObject({ type: 'task', id: task.vaccination });
      expect((e.data as { paths: string[] }).paths).toHaveLength(2);
    } finally {
      stream.close();
    }
    const rows = await notifications();
    expect(rows.filter((n) => n.taskId === task.vaccination && n.kind === 'overdue').map((n) => n.unitId).sort()).toEqual([u.haLong, u.quangNinh].sort());
  });
});

describe("users' email addresses", () => {
  it('are optional, checked and kept trimmed in lower case; empty removes one', async () => {
    const created = await s.admin.request({
      method: 'POST', url: '/api/users',
      payload: { username: 'vt.bachdang', fullName: 'Văn thư Bạch Đằng', role: 'clerk', unitId: u.bachDang, password: 'mat-khau-bach-dang', email: ' VanThu.BachDang@QuangNinh.gov.vn ' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().email).toBe('vanthu.bachdang@quangninh.gov.vn');
    const id = created.json().id as number;
    const bad = await s.admin.request({ method: 'PATCH', url: `/api/users/${id}`, payload: { email: 'van thu@bachdang' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields).toEqual([{ field: 'email', message: 'Địa chỉ email không hợp lệ (ví dụ: vanthu@quangninh.gov.vn)' }]);
    const badEn = await s.admin.request({ method: 'PATCH', url: `/api/users/${id}?lang=en`, payload: { email: 'nope' } });
    expect(badEn.json().error.message).toMatch(/^Not a valid email address/);
    const cleared = await s.admin.request({ method: 'PATCH', url: `/api/users/${id}`, payload: { email: '' } });
    expect(cleared.json().email).toBeNull();
    const kept = await s.admin.request({ method: 'PATCH', url: `/api/users/${id}`, payload: { fullName: 'Văn thư phường Bạch Đằng' } });
    expect(kept.json().email).toBeNull();
    const audit = await t.db.query<{ after: { email: string | null } }>(sql`
      select after from audit_log where entity = 'user' and entity_id = ${String(id)} order by id`);
    expect(audit.map((a) => a.after.email)).toEqual(['vanthu.bachdang@quangninh.gov.vn', null, null]);
  });
});
