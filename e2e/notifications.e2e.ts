import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/db/sql.ts';
import { notifyDeadlines } from '../src/server/modules/notifications/reminders.ts';
import { unitId } from '../test/helpers/app.ts';
import { TEST_NOW } from '../test/helpers/constants.ts';
import { signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
let tracing: number;

beforeAll(async () => {
  e = await startE2e();
  const [user] = await e.db.query<{ id: number }>(sql`select id from app_user where username = 'tinh.quangninh'`);
  const [hongGai, quangNinh] = [await unitId(e.db, '06691'), await unitId(e.db, '22')];
  const add = async (title: string, deadline: string) => {
    const [t] = await e.db.query<{ id: number }>(sql`
      insert into task (unit_id, from_unit_id, title, deadline, created_by)
      values (${hongGai}, ${quangNinh}, ${title}, ${deadline}::timestamptz, ${user!.id}) returning id`);
    await e.db.execute(sql`insert into unit_notification (unit_id, task_id, kind, created_at) values (${hongGai}, ${t!.id}, 'task_new', ${TEST_NOW})`);
    return t!.id;
  };
  tracing = await add('Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I', '2021-12-10T17:00:00+07:00');
  await add('Lập danh sách người từ 50 tuổi chưa tiêm mũi 3', '2021-12-15T17:00:00+07:00');
  await notifyDeadlines(e.db, TEST_NOW);
});
afterAll(() => e?.close());

describe('the notification bell', () => {
  it('shows the unit’s unread reminders, opens a task from them and refreshes live', async () => {
    const context = await e.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'xa.honggai');
    const badge = page.getByTestId('notifications-unread');
    await expect.poll(() => badge.textContent()).toBe('3');

    await page.getByTestId('notifications-bell').click();
    const panel = page.getByTestId('notifications-panel');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('Nhiệm vụ sắp đến hạn: Truy vết toàn bộ F1 của ổ dịch chợ Hạ Long I (hạn 17:00 10/12/2021)');
    expect(text).toContain('Nhiệm vụ mới: Lập danh sách người từ 50 tuổi chưa tiêm mũi 3 (hạn 17:00 15/12/2021)');
    await page.waitForTimeout(500); // the panel's opening animation, for the picture
    await page.screenshot({ path: 'test-results/e2e-notifications.png' });

    await panel.getByText('Nhiệm vụ sắp đến hạn: Truy vết').click();
    await page.waitForURL(new RegExp(`/tasks/${tracing}$`));
    await expect.poll(() => badge.textContent()).toBe('2');

    // the deadline passes: the reminder job's new notification reaches the open page
    await notifyDeadlines(e.db, new Date('2021-12-10T18:00:00+07:00'));
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('3');
    await page.getByTestId('notifications-bell').click();
    await page.getByTestId('notifications-read-all').click();
    await expect.poll(() => page.locator('.ec-bell-unread').count()).toBe(0);
    await expect.poll(() => badge.textContent()).toBe('');
    await context.close();
  });

  it('an administrator sets a user’s email and is told that SMTP is not configured', async () => {
    const context = await e.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'trunguong');
    await page.goto(`${e.baseUrl}/users`);
    await expect.poll(() => page.getByTestId('smtp-status').textContent()).toContain('Chưa cấu hình SMTP');
    await page.getByTestId('user-email-xa.honggai').click();
    await page.getByTestId('user-change-email').fill('van thu@honggai');
    await page.getByTestId('user-change-submit').click();
    await expect.poll(() => page.locator('.ant-modal .ant-form-item-explain-error').textContent()).toContain('Địa chỉ email không hợp lệ');
    await page.getByTestId('user-change-email').fill('VanThu.HongGai@QuangNinh.gov.vn');
    await page.getByTestId('user-change-submit').click();
    await expect.poll(() => page.getByTestId('user-row-xa.honggai').textContent()).toContain('vanthu.honggai@quangninh.gov.vn');
    await page.screenshot({ path: 'test-results/e2e-users-email.png', fullPage: true });
    await context.close();
  });
});
