import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pick, signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
beforeAll(async () => {
  e = await startE2e();
});
afterAll(() => e?.close());

const NEW_USER = 'xa.bachdang';
const NEW_PASSWORD = 'mat-khau-bach-dang';

/** Opens the add-user form and fills it in for the Bạch Đằng clerk. */
async function fillNewUser(page: Page) {
  await page.getByTestId('users-add').click();
  await page.getByTestId('user-username').fill(NEW_USER);
  await page.getByTestId('user-fullname').fill('Văn thư phường Bạch Đằng');
  await page.getByTestId('user-role').click();
  await pick(page, 'Văn thư / nhập liệu');
  await page.getByTestId('user-unit').click();
  await page.keyboard.type('Bạch Đằng');
  await pick(page, '(06694)');
  await page.getByTestId('user-password').fill(NEW_PASSWORD);
}

describe('user administration in the browser', () => {
  it('an administrator adds a commune clerk who can then sign in; the audit log shows it', async () => {
    const context = await e.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'trunguong');

    await page.getByTestId('side-menu').getByText('Người dùng').click();
    await page.waitForURL(/\/users$/);
    await page.getByTestId('user-row-trunguong').waitFor();
    await fillNewUser(page);
    await expect.poll(() => page.getByTestId('user-unit-parents').textContent()).toContain('Thành phố Hạ Long');
    await page.getByTestId('user-submit').click();

    const row = page.getByTestId(`user-row-${NEW_USER}`);
    await row.waitFor();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    const text = await row.textContent();
    for (const part of ['Văn thư phường Bạch Đằng', 'Văn thư / nhập liệu', 'Phường Bạch Đằng', 'Hoạt động']) expect(text).toContain(part);
    await page.screenshot({ path: 'test-results/e2e-users.png', fullPage: true });

    await context.clearCookies();
    await page.goto(`${e.baseUrl}/login`);
    await page.getByTestId('login-username').fill(NEW_USER);
    await page.getByTestId('login-password').fill(NEW_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/dashboard/);
    await expect.poll(() => page.getByTestId('dashboard-title').textContent()).toContain('Bạch Đằng');
    expect(await page.getByTestId('side-menu').textContent()).not.toContain('Người dùng');

    await context.clearCookies();
    await signIn(page, e.baseUrl, 'trunguong');
    await page.goto(`${e.baseUrl}/audit?entity=user`);
    const created = page.locator('tr[data-testid^="audit-row-"]', { hasText: 'Tạo' }).first();
    await created.waitFor();
    expect(await created.textContent()).toContain('Người dùng');
    await created.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => page.locator('[data-testid^="audit-diff-"], [data-testid^="audit-json-"]').first().textContent()).toContain(NEW_USER);
    await page.screenshot({ path: 'test-results/e2e-audit.png', fullPage: true });
    await context.close();
  });

  it('shows a taken username beside the field; changes a role and locks an account', async () => {
    const context = await e.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'trunguong');
    await page.goto(`${e.baseUrl}/users`);
    await page.getByTestId(`user-row-${NEW_USER}`).waitFor();

    await fillNewUser(page);
    await page.getByTestId('user-submit').click();
    await page.locator('.ant-form-item-explain-error', { hasText: 'Tên đăng nhập đã có người dùng' }).waitFor();
    // close with the dialog's own button: Escape depends on where the focus is after the error
    await page.locator('.ant-modal .ant-modal-close').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });

    const row = page.getByTestId(`user-row-${NEW_USER}`);
    await page.getByTestId(`user-role-${NEW_USER}`).click();
    await page.getByTestId('user-change-role').click();
    await pick(page, 'Chỉ xem');
    await page.getByTestId('user-change-submit').click();
    await expect.poll(() => row.textContent()).toContain('Chỉ xem');

    await page.getByTestId(`user-lock-${NEW_USER}`).click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => row.textContent()).toContain('Đã khoá');
    expect(await page.getByTestId(`user-lock-${NEW_USER}`).textContent()).toBe('Mở khoá');
    await context.close();
  });
});
