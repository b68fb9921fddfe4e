/**
 * Issue 5 "done when", through the UI only: the nation schedules a conference with all provinces;
 * Quảng Ninh cascades it to its districts; roll-call is taken; the province issues a notice with two
 * tasks for Hạ Long; Hạ Long acknowledges and completes one; the clock passes the other's deadline
 * and it shows in the province's and the nation's overdue views. Only the clock is moved by hand.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pick, signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  e = await startE2e();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await e?.close();
});

/** Server and browsers at the same Vietnam wall clock ("2021-12-10T07:30"). */
async function at(vnTime: string): Promise<void> {
  e.clock.now = new Date(`${vnTime}:00+07:00`);
  for (const c of contexts) await c.clock.setFixedTime(e.clock.now);
}

async function userPage(username: string): Promise<Page> {
  const context = await e.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1360, height: 900 } });
  await context.clock.setFixedTime(e.clock.now);
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, e.baseUrl, username);
  return page;
}

/** Types a date-time into an antd DatePicker and confirms it. */
async function typeDate(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.locator(selector).fill(text);
  await page.keyboard.press('Enter');
  expect(await page.locator(selector).inputValue()).toBe(text);
}

/** Sets a site's roll-call from the host's room. */
async function mark(page: Page, code: string, status: string): Promise<void> {
  await page.getByTestId('site-search').locator('input').fill(code);
  await page.getByTestId(`roll-call-${code}`).click();
  await pick(page, status);
  await expect.poll(() => page.getByTestId(`roll-call-${code}`).textContent()).toContain(status);
}

const CONFERENCE = 'Hội nghị trực tuyến toàn quốc về công tác phòng, chống dịch COVID-19 và tiêm vắc xin';
const TASK_VACCINATE = 'Rà soát, tổ chức tiêm vét mũi 2 cho người từ 18 tuổi trở lên chưa tiêm đủ liều trên địa bàn';
const TASK_TRACE = 'Truy vết, xét nghiệm toàn bộ F1 của ổ dịch chợ Hạ Long I, báo cáo kết quả';

describe('command down the chain in the browser', () => {
  it('conference, cascade, roll-call, notice, tasks done and overdue at every level', async () => {
    // 07:30 10/12/2021: the nation schedules the morning's conference with every province (the host is a site too: 63 + 1)
    await at('2021-12-10T07:30');
    const nation = await userPage('trunguong');
    await nation.goto(`${e.baseUrl}/conferences`);
    await nation.getByTestId('conference-add').click();
    await nation.locator('.ant-modal').waitFor();
    await nation.getByTestId('conference-title').fill(CONFERENCE);
    await typeDate(nation, '#startsAt', '08:00 10/12/2021');
    await typeDate(nation, '#endsAt', '10:00 10/12/2021');
    await nation.locator('#agenda').fill('1. Bộ Y tế báo cáo tình hình dịch và tiến độ tiêm chủng\n2. Các địa phương báo cáo\n3. Kết luận của đồng chí Phó Thủ tướng');
    await nation.getByText('Tất cả tỉnh, thành phố').click();
    await nation.screenshot({ path: '/tmp/command-1-new-conference.png' });
    await nation.getByTestId('conference-save').click();
    await nation.waitForURL(/\/conferences\/\d+$/);
    const nationalUrl = nation.url();
    expect(await nation.getByTestId('conference-title').textContent()).toBe(CONFERENCE);
    expect(await nation.getByTestId('conference-status').textContent()).toBe('Sắp diễn ra');
    await expect.poll(() => nation.getByTestId('roll-call-filter').textContent()).toContain('Tất cả (64)');
    await nation.screenshot({ path: '/tmp/command-2-national-room.png' });

    // Quảng Ninh finds it in its calendar and holds its follow-on conference with its districts
    const province = await userPage('tinh.quangninh');
    await province.goto(`${e.baseUrl}/conferences`);
    await province.getByTestId('conference-link').filter({ hasText: CONFERENCE }).click();
    await province.waitForURL(nationalUrl);
    await province.getByTestId('conference-cascade').click();
    await province.locator('.ant-modal').waitFor();
    await province.locator('.ant-modal').getByText('Tất cả xã, phường, thị trấn').click();
    await province.getByTestId('cascade-save').click();
    await province.waitForURL((u) => /\/conferences\/\d+$/.test(u.pathname) && u.href !== nationalUrl);
    const provinceUrl = province.url();
    expect(await province.getByTestId('conference-title').textContent()).toBe(CONFERENCE);
    await expect.poll(() => province.getByTestId('roll-call-filter').textContent()).toContain('Tất cả (14)');
    expect(await province.locator('.ant-descriptions').textContent()).toContain('Hội nghị cấp trên');
    // the nation's room lists the follow-on conference
    await expect.poll(() => nation.locator('.ant-descriptions').textContent(), { timeout: 10_000 }).toContain('Tỉnh Quảng Ninh: 10:00 10/12/2021');

    // 09:55: roll-call. The province marks sites; Hạ Long checks its own site in, which the province sees live
    await at('2021-12-10T09:55');
    await mark(province, '196', 'Đã kết nối');
    await mark(province, '203', 'Kết nối muộn');
    await mark(province, '207', 'Vắng mặt');
    const district = await userPage('tp.halong');
    await district.goto(`${e.baseUrl}/conferences`);
    await district.getByTestId('conference-link').filter({ hasText: CONFERENCE }).click();
    await district.waitForURL(provinceUrl);
    await district.getByTestId('conference-check-in').click();
    await expect.poll(() => district.getByTestId('conference-check-in').count()).toBe(0);
    await province.getByTestId('site-search').locator('input').fill('');
    await expect.poll(() => province.getByTestId('roll-call-193').textContent(), { timeout: 10_000 }).toContain('Đã kết nối');
    expect(await province.getByTestId('roll-call-filter').textContent()).toContain('Đã kết nối (2)');
    expect(await province.getByTestId('roll-call-filter').textContent()).toContain('Kết nối muộn (1)');
    expect(await province.getByTestId('roll-call-filter').textContent()).toContain('Vắng mặt (1)');

    // 10:00 the province opens (the briefing is frozen); 11:30 it closes and writes the notice of conclusions
    await at('2021-12-10T10:00');
    await province.getByTestId('conference-open').click();
    await province.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => province.getByTestId('conference-status').textContent()).toBe('Đang diễn ra');
    await province.getByTestId('briefing').waitFor();
    await province.screenshot({ path: '/tmp/command-3-province-room.png' });
    await province.getByTestId('briefing').screenshot({ path: '/tmp/command-3-briefing.png' });
    await at('2021-12-10T11:30');
    await province.getByTestId('conference-close').click();
    await province.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => province.getByTestId('conference-status').textContent()).toBe('Đã kết thúc');

    await province.getByTestId('conference-notice').click();
    await province.waitForURL(/\/notices\/new\?conference=\d+$/);
    await province.getByTestId('notice-editor').waitFor();
    await province.getByTestId('notice-number').fill('125/TB-BCĐ');
    await province.getByTestId('notice-title').fill('Kết luận của đồng chí Trưởng Ban Chỉ đạo tại hội nghị trực tuyến về công tác phòng, chống dịch COVID-19');
    await province.locator('#body').fill(
      'Ngày 10 tháng 12 năm 2021, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh tổ chức hội nghị trực tuyến với các huyện, thị xã, thành phố.\n'
      + 'Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Trưởng Ban Chỉ đạo kết luận như sau:',
    );
    const tasks = [
      { text: TASK_VACCINATE, deadline: '17:00 12/12/2021', report: 'Báo cáo kết quả về Sở Y tế' },
      { text: TASK_TRACE, deadline: '17:00 11/12/2021', report: 'Báo cáo Ban Chỉ đạo tỉnh' },
    ];
    for (const [i, task] of tasks.entries()) {
      if (i > 0) await province.getByTestId('notice-add-task').click();
      await province.locator(`#tasks_${i}_text`).fill(task.text);
      await province.getByTestId(`notice-task-${i}-units`).click();
      await province.keyboard.type('Hạ Long');
      await pick(province, 'Thành phố Hạ Long (193)');
      await province.keyboard.press('Escape');
      await typeDate(province, `#tasks_${i}_deadline`, task.deadline);
      await province.locator(`#tasks_${i}_reportExpected`).fill(task.report);
    }
    await province.locator('#signerTitle').fill('KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN');
    await province.locator('#signerName').fill('Nguyễn Văn Thắng');
    expect(await province.getByTestId('notice-recipients').inputValue()).toContain('Thành phố Hạ Long');
    await province.screenshot({ path: '/tmp/command-4-notice-editor.png', fullPage: true });
    await province.getByTestId('notice-issue').click();
    await province.locator('.ant-modal-confirm .ant-btn-primary').click();
    await province.waitForURL(/\/notices\/\d+$/);
    await expect.poll(() => province.locator('h3').first().textContent()).toBe('Thông báo kết luận 125/TB-BCĐ');
    await province.screenshot({ path: '/tmp/command-5-notice.png', fullPage: true });
    // issued: read-only, with each task's progress per unit
    expect(await province.getByTestId('notice-editor').count()).toBe(0);
    expect(await province.locator('.ant-tag', { hasText: 'Đã ban hành' }).count()).toBeGreaterThan(0);
    expect(await province.getByText('trước 17:00 11/12/2021').count()).toBe(1);

    // 15:00 Hạ Long receives both tasks, acknowledges the vaccination one and reports it done
    await at('2021-12-10T15:00');
    await district.goto(`${e.baseUrl}/tasks`);
    await expect.poll(() => district.getByTestId('tab-assigned').textContent()).toBe('Mới giao (2)');
    await district.screenshot({ path: '/tmp/command-6-district-board.png', fullPage: true });
    await district.getByTestId('task-link').filter({ hasText: TASK_VACCINATE }).click();
    await district.waitForURL(/\/tasks\/\d+$/);
    await district.getByTestId('acknowledge').click();
    await expect.poll(() => district.locator('.ant-tag', { hasText: 'Đã nhận' }).count()).toBeGreaterThan(0);
    await district.getByTestId('report-kind').getByText('Báo cáo hoàn thành').click();
    await district.getByTestId('report-text').fill('Đã tiêm vét mũi 2 cho 1.284 người tại 33 phường, xã; còn 37 người chống chỉ định, đã lập danh sách theo dõi.');
    await district.getByTestId('report-send').click();
    await district.locator('.ant-modal-confirm .ant-btn-primary').click();
    await district.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    await expect.poll(() => district.locator('.ant-tag', { hasText: 'Hoàn thành' }).count()).toBeGreaterThan(0);
    await district.getByTestId('reports').getByText('Đã tiêm vét mũi 2 cho 1.284 người').waitFor();
    expect(await district.getByTestId('deadline-tag').count()).toBe(0); // done on time: no warning tag
    await district.screenshot({ path: '/tmp/command-7-task-done.png', fullPage: true });
    await district.goto(`${e.baseUrl}/tasks`);
    await expect.poll(() => district.getByTestId('tab-done').textContent()).toBe('Hoàn thành (1)');
    expect(await district.getByTestId('tab-assigned').textContent()).toBe('Mới giao (1)');

    // 08:00 12/12: the tracing task is 15 hours past its deadline; the province sees it under Hạ Long
    await at('2021-12-12T08:00');
    await province.goto(`${e.baseUrl}/tasks/overdue`);
    await expect.poll(() => province.locator('h3').first().textContent()).toBe('Nhiệm vụ quá hạn: Tỉnh Quảng Ninh');
    expect(await province.getByTestId('figure-overdue').textContent()).toContain('1');
    const haLongRow = province.getByTestId('by-child').locator('tr', { hasText: 'Hạ Long' });
    expect(await haLongRow.locator('td').nth(1).textContent()).toBe('1');
    expect(await province.getByTestId('task-link').allTextContents()).toEqual([TASK_TRACE]);
    expect(await province.getByTestId('deadline-tag').allTextContents()).toEqual(['Quá hạn 15 giờ']);
    await province.locator('canvas').first().waitFor();
    await province.screenshot({ path: '/tmp/command-8-province-overdue.png', fullPage: true });

    // … and the nation sees it under Quảng Ninh
    await nation.goto(`${e.baseUrl}/tasks/overdue`);
    await expect.poll(() => nation.locator('h3').first().textContent()).toContain('Nhiệm vụ quá hạn');
    const quangNinhRow = nation.getByTestId('by-child').locator('tr', { hasText: 'Quảng Ninh' });
    await quangNinhRow.waitFor();
    expect(await quangNinhRow.locator('td').nth(1).textContent()).toBe('1');
    expect(await nation.getByTestId('figure-overdue').textContent()).toContain('1');
    expect(await nation.getByTestId('task-link').allTextContents()).toEqual([TASK_TRACE]);
    expect(await nation.locator('.ant-table-row', { hasText: TASK_TRACE }).textContent()).toContain('Hạ Long');
    await nation.locator('canvas').first().waitFor();
    await nation.screenshot({ path: '/tmp/command-9-nation-overdue.png', fullPage: true });

    // the district's own board marks it overdue as well
    await district.reload();
    await expect.poll(() => district.getByTestId('deadline-tag').allTextContents()).toEqual(['Quá hạn 15 giờ']);
  });
});
