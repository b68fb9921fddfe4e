import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueNotice, tasksOfNotice } from '../test/helpers/task-fixtures.ts';
import { pick, signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
beforeAll(async () => {
  e = await startE2e();
});
afterAll(() => e?.close());

const unitOf = async (code: string) => (await e.db.query<{ id: number }>({ text: 'select id from org_unit where code = $1', values: [code] }))[0]!.id;

describe('tasks in the browser', () => {
  it('a district acknowledges, splits and reports; a commune completes late work; the province sees what is overdue', async () => {
    const [quangNinh, haLong, hongGai, vangDanh] = [await unitOf('22'), await unitOf('193'), await unitOf('06691'), await unitOf('06808')];
    // now is 12:00 10/12/2021 in Vietnam
    const { noticeId } = await issueNotice(e.db, 'tinh.quangninh', {
      issuingUnitId: quangNinh,
      tasks: [
        { seq: 1, text: 'Rà soát, tổ chức tiêm vét cho người từ 18 tuổi trở lên', deadline: '2021-12-11T17:00', unitIds: [haLong], reportExpected: 'Báo cáo Sở Y tế' },
        { seq: 2, text: 'Báo cáo số người chưa tiêm và lý do', deadline: '2021-12-10T09:00', unitIds: [hongGai] },
      ],
    });
    await issueNotice(e.db, 'tinh.quangninh', {
      issuingUnitId: quangNinh,
      tasks: [{ seq: 1, text: 'Báo cáo kết quả xét nghiệm sàng lọc tại chợ', deadline: '2021-12-08T17:00', unitIds: [vangDanh, haLong] }],
    });
    const tasks = await tasksOfNotice(e.db, noticeId);
    const districtTask = tasks.find((t) => t.unitId === haLong)!.id;

    const context = await e.browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'tp.halong');
    await page.goto(`${e.baseUrl}/tasks`);
    await expect.poll(() => page.getByTestId('tab-assigned').textContent()).toBe('Mới giao (2)');
    await page.getByText('Rà soát, tổ chức tiêm vét').click();
    await page.waitForURL(/\/tasks\/\d+$/);
    await page.getByTestId('acknowledge').click();
    await expect.poll(() => page.locator('.ant-tag', { hasText: 'Đã nhận' }).count()).toBeGreaterThan(0);

    // give it to two wards
    await page.getByTestId('split-open').click();
    await page.locator('.ant-modal').waitFor();
    for (const ward of ['Hồng Gai', 'Bạch Đằng']) {
      // typed into the search box itself: a second click on the select could close its list
      await page.getByTestId('split-units').locator('input').fill(ward);
      await pick(page, ward);
    }
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('0/2 đơn vị đã hoàn thành').count()).toBe(1);

    // a progress report with a file
    await page.getByTestId('report-text').fill('Đã rà soát 12.350 người, đang tổ chức tiêm tại 3 điểm');
    await page.locator('input[type=file]').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from('ho_ten,nam_sinh\nNguyễn Văn A,1960\n') });
    await page.getByTestId('report-send').click();
    await page.getByTestId('reports').getByText('danh-sach.csv').waitFor();
    expect(await page.locator('.ant-tag', { hasText: 'Đang thực hiện' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/e2e-task.png', fullPage: true });

    // the ward sees its overdue task and its new sub-task, and completes the overdue one
    const ward = await (await e.browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(ward, e.baseUrl, 'xa.honggai');
    await ward.goto(`${e.baseUrl}/tasks`);
    await expect.poll(() => ward.getByTestId('tab-assigned').textContent()).toBe('Mới giao (2)');
    expect(await ward.getByTestId('deadline-tag').allTextContents()).toContain('Quá hạn 3 giờ');
    await ward.screenshot({ path: 'test-results/e2e-task-board.png', fullPage: true });
    await ward.getByText('Báo cáo số người chưa tiêm').click();
    await ward.getByTestId('report-kind').getByText('Báo cáo hoàn thành').click();
    await ward.getByTestId('report-text').fill('Còn 37 người chưa tiêm: 20 chống chỉ định, 17 đi làm ăn xa');
    await ward.getByTestId('report-send').click();
    await ward.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => ward.getByTestId('deadline-tag').textContent()).toContain('Hoàn thành muộn');

    // the district's task page follows the sub-tasks live? it reloads on the ward's events
    const sub = await e.db.query<{ id: number }>({ text: 'select id from task where parent_id = $1 and unit_id = $2', values: [districtTask, hongGai] });
    await ward.goto(`${e.baseUrl}/tasks/${sub[0]!.id}`);
    await ward.getByTestId('report-text').fill('Đã tiêm vét xong');
    await ward.getByTestId('report-kind').getByText('Báo cáo hoàn thành').click();
    await ward.getByTestId('report-send').click();
    await ward.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => page.getByText('1/2 đơn vị đã hoàn thành').count(), { timeout: 10_000 }).toBe(1);

    // the province: overdue at a glance, down to the district
    const province = await (await e.browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(province, e.baseUrl, 'tinh.quangninh');
    await province.goto(`${e.baseUrl}/tasks/overdue`);
    await province.getByTestId('figure-overdue').waitFor();
    expect(await province.getByTestId('figure-overdue').textContent()).toContain('2');
    await province.locator('canvas').first().waitFor();
    const list = province.getByTestId('task-link');
    expect(await list.allTextContents()).toEqual(['Báo cáo kết quả xét nghiệm sàng lọc tại chợ', 'Báo cáo kết quả xét nghiệm sàng lọc tại chợ']);
    expect(await province.getByTestId('deadline-tag').allTextContents()).toEqual(['Quá hạn 1 ngày 19 giờ', 'Quá hạn 1 ngày 19 giờ']);
    await province.screenshot({ path: 'test-results/e2e-overdue.png', fullPage: true });
    // down to the town of Uông Bí, and back up
    await province.getByTestId('by-child').getByText('Uông Bí').click();
    await expect.poll(() => province.locator('h3').textContent()).toContain('Thành phố Uông Bí');
    expect(await province.getByTestId('figure-overdue').textContent()).toContain('1');
    expect(await province.getByTestId('by-child').textContent()).toContain('Vàng Danh');
    await province.locator('.ant-breadcrumb').getByText('Quảng Ninh').click();
    await expect.poll(() => province.locator('h3').textContent()).toContain('Tỉnh Quảng Ninh');
  });
});
