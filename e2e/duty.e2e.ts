import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
beforeAll(async () => {
  e = await startE2e();
});
afterAll(() => e?.close());

const unitOf = async (code: string) => (await e.db.query<{ id: number }>({ text: 'select id from org_unit where code = $1', values: [code] }))[0]!.id;

describe('duty roster in the browser', () => {
  it('a district officer sees who is on duty around it, fills a commune roster and its hotline', async () => {
    const [haLong, hongGai] = [await unitOf('193'), await unitOf('06691')];
    // now is 12:00 10/12/2021 in Vietnam
    await e.db.query({
      text: `insert into duty_shift (unit_id, starts_at, ends_at, leader_name, leader_title, phone, created_by)
             values ($1, '2021-12-10T07:00:00+07:00', '2021-12-10T19:00:00+07:00', 'Đặng Quốc Khánh', 'Phó Chủ tịch UBND thành phố', '0988111222',
                     (select id from app_user where username = 'tp.halong')),
                    ($2, '2021-12-10T08:00:00+07:00', '2021-12-11T08:00:00+07:00', 'Nguyễn Văn Hải', 'Chủ tịch UBND phường', '0912345678',
                     (select id from app_user where username = 'tp.halong'))`,
      values: [haLong, hongGai],
    });
    const context = await e.browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'tp.halong');
    await page.goto(`${e.baseUrl}/duty`);

    const self = page.getByTestId(`duty-unit-${haLong}`);
    await self.waitFor();
    expect(await self.textContent()).toContain('Đặng Quốc Khánh');
    expect(await self.locator('a[href="tel:0988111222"]').textContent()).toContain('0988 111 222');
    expect(await page.getByTestId('duty-board-ancestor').textContent()).toContain('Quảng Ninh');
    expect(await page.getByTestId('duty-board-sibling').textContent()).toContain('Uông Bí');
    await page.screenshot({ path: 'test-results/e2e-duty-board.png', fullPage: true });

    // open the commune's roster from its card
    await page.getByTestId(`duty-unit-${hongGai}`).getByText('Xem lịch trực').click();
    await expect.poll(() => page.getByTestId('duty-unit').textContent()).toContain('Hồng Gai');
    expect(await page.getByTestId('duty-week').textContent()).toContain('06/12/2021');
    expect(await page.getByTestId('duty-day-2021-12-10').textContent()).toContain('Nguyễn Văn Hải');
    expect(await page.getByTestId('duty-gaps').textContent()).toContain('Chưa có người trực 08:00 11/12–12:00 17/12');

    // a new shift starts where the last one ends; a bad phone is named beside its field
    await page.getByTestId('duty-add-shift').click();
    await page.locator('.ant-modal').waitFor();
    expect(await page.locator('#startsAt').inputValue()).toBe('08:00 11/12/2021');
    await page.locator('#endsAt').click();
    await page.locator('#endsAt').fill('20:00 11/12/2021');
    await page.keyboard.press('Enter');
    await page.locator('#leaderName').fill('Trần Thị Mai');
    await page.locator('#leaderTitle').fill('Phó Chủ tịch UBND phường');
    await page.locator('#phone').fill('12345');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.locator('.ant-form-item-explain-error', { hasText: 'Số điện thoại không hợp lệ' }).waitFor();
    await page.locator('#phone').fill('0903 456 789');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('duty-day-2021-12-11').textContent()).toContain('Trần Thị Mai');
    expect(await page.getByTestId('duty-gaps').textContent()).toContain('Chưa có người trực 20:00 11/12–12:00 17/12');

    await page.getByTestId('duty-hotlines').getByText('Thêm đường dây nóng').click();
    await page.locator('#label').fill('Trực ban TTCH phường');
    await page.locator('#phone').fill('0203 3825 123');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await page.getByTestId('duty-hotlines').locator('a[href="tel:02033825123"]').waitFor();
    await page.screenshot({ path: 'test-results/e2e-duty-roster.png', fullPage: true });

    // copy the week forward, then look at the next week
    await page.getByTestId('duty-copy-week').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('duty-week').textContent()).toContain('13/12/2021');
    await expect.poll(() => page.getByTestId('duty-day-2021-12-18').textContent()).toContain('Trần Thị Mai');
    const rows = await e.db.query<{ n: number }>({ text: 'select count(*)::int as n from duty_shift where unit_id = $1', values: [hongGai] });
    expect(rows[0]!.n).toBe(4);

    // on a phone the board's numbers are tap-to-call links
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('tab', { name: 'Đang trực' }).click();
    await page.getByTestId(`duty-unit-${hongGai}`).locator('a[href="tel:0912345678"]').waitFor();
    await page.screenshot({ path: 'test-results/e2e-duty-mobile.png', fullPage: false });
    await context.close();
  });
});
