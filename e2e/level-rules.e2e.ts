import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
beforeAll(async () => {
  e = await startE2e();
});
afterAll(() => e?.close());

interface Row {
  id: number;
  code: string;
  definition: { caseRate: { thresholds: number[] }; capacity: { freeBedsPer100kMin: number | null } };
  measures: Record<string, { vi: string; en: string }[]>;
  to_confirm: string[];
  unit_id: number | null;
}
const setsByCode = async (code: string) =>
  e.db.query<Row>({ text: 'select id, code, definition, measures, to_confirm, unit_id from level_rule_set where code = $1', values: [code] });

/** The input of an antd control carrying the test id (on the input itself or its wrapper). */
const field = (page: Page, testId: string) => page.locator(`input[data-testid="${testId}"], textarea[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
/** The form item around a control: where antd shows its error. */
const formItem = (page: Page, testId: string) => page.locator('.ant-form-item', { has: page.getByTestId(testId) }).last();

describe('rule sets in the browser', () => {
  it('a national administrator sees the values to confirm, is told at the field that thresholds are out of order, fixes them and confirms one', async () => {
    const context = await e.browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'trunguong');
    await page.goto(`${e.baseUrl}/level-rules`);
    const [d218] = await setsByCode('218/QĐ-BYT');
    await page.getByTestId(`to-confirm-count-${d218!.id}`).waitFor();
    expect(await page.getByTestId(`to-confirm-count-${d218!.id}`).textContent()).toBe('9 giá trị cần xác nhận');
    await page.getByTestId('ruleset-list').getByRole('link', { name: '218/QĐ-BYT' }).click();

    await page.getByTestId('ruleset-title').waitFor();
    expect(await page.getByTestId('ruleset-title').textContent()).toBe('218/QĐ-BYT');
    expect(await page.getByTestId('to-confirm-caseRate.thresholds.0').textContent()).toContain('cần xác nhận');
    expect(await page.getByTestId('to-confirm-caseRate.thresholds.2').count()).toBe(0);
    expect(await page.getByTestId('case-rate-groups').textContent()).toContain('≤ 20');
    expect(await page.getByTestId('ruleset-assessed-note').textContent()).toContain('Các tuần đã đánh giá giữ nguyên kết quả cho đến khi đánh giá lại');

    // the second threshold below the first: the server's message shows beside it, in Vietnamese
    await field(page, 'case-rate-threshold-1').fill('10');
    await page.getByTestId('ruleset-save').click();
    const explain = formItem(page, 'case-rate-threshold-1').locator('.ant-form-item-explain-error');
    await explain.waitFor();
    expect(await explain.textContent()).toBe('Ngưỡng phải lớn hơn ngưỡng trước (20)');
    await page.screenshot({ path: 'test-results/e2e-level-rules-error.png', fullPage: false });
    expect((await setsByCode('218/QĐ-BYT'))[0]!.definition.caseRate.thresholds).toEqual([20, 150, 600]);

    // fixed, and the first threshold confirmed against the official text
    await field(page, 'case-rate-threshold-1').fill('100');
    await page.getByTestId('confirm-caseRate.thresholds.0').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('to-confirm-caseRate.thresholds.0').waitFor({ state: 'detached' });
    await page.getByTestId('ruleset-save').click();
    await page.locator('.ant-message', { hasText: 'Đã lưu bộ tiêu chí' }).waitFor();
    await expect.poll(async () => (await setsByCode('218/QĐ-BYT'))[0]!.definition.caseRate.thresholds).toEqual([20, 100, 600]);
    const saved = (await setsByCode('218/QĐ-BYT'))[0]!;
    expect(saved.to_confirm).not.toContain('caseRate.thresholds.0');
    expect(saved.to_confirm).toHaveLength(8);
    // an empty minimum stays "not checked"
    expect(saved.definition.capacity.freeBedsPer100kMin).toBeNull();
    await expect.poll(() => page.getByTestId('ruleset-to-confirm').textContent()).toBe('8 giá trị cần xác nhận');
    expect(await formItem(page, 'case-rate-threshold-1').locator('.ant-form-item-explain-error').count()).toBe(0);
    await page.screenshot({ path: 'test-results/e2e-level-rules-editor.png', fullPage: true });
    await context.close();
  });

  it('a province officer of Quảng Ninh adjusts the national set for the province and changes a measure', async () => {
    const context = await e.browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'tinh.quangninh');
    await page.goto(`${e.baseUrl}/level-rules`);
    const [d218] = await setsByCode('218/QĐ-BYT');
    await page.getByTestId(`adjust-${d218!.id}`).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.waitForURL(/\/level-rules\/\d+$/);
    await expect.poll(() => page.getByTestId('ruleset-title').textContent()).toBe('218/QĐ-BYT (Quảng Ninh)');
    const [copy] = await setsByCode('218/QĐ-BYT (Quảng Ninh)');
    expect(page.url()).toMatch(new RegExp(`/level-rules/${copy!.id}$`));
    // a province sees the marks but confirming is for the nation
    expect(await page.getByTestId('to-confirm-matrix.met').textContent()).toContain('cần xác nhận');
    expect(await page.getByTestId('confirm-matrix.met').count()).toBe(0);

    await page.getByTestId('measures-tab-3').click();
    const text = 'Dừng lễ hội, sự kiện đông người; khu du lịch Vịnh Hạ Long chỉ đón khách nội tỉnh';
    await field(page, 'measure-3-0-vi').fill(text);
    await field(page, 'measure-3-0-en').fill('');
    await page.getByTestId('ruleset-save').click();
    // an empty English text is named at its field
    const explain = formItem(page, 'measure-3-0-en').locator('.ant-form-item-explain-error');
    await explain.waitFor();
    expect(await explain.textContent()).toBe('Nội dung tiếng Anh không được để trống');
    await field(page, 'measure-3-0-en').fill('Festivals and crowded events stopped; Ha Long Bay open to visitors from the province only');
    await page.getByTestId('ruleset-save').click();
    await page.locator('.ant-message', { hasText: 'Đã lưu bộ tiêu chí' }).waitFor();
    await expect.poll(async () => (await setsByCode('218/QĐ-BYT (Quảng Ninh)'))[0]!.measures['3']![0]!.vi).toBe(text);
    const national = (await setsByCode('218/QĐ-BYT'))[0]!;
    expect(national.measures['3']![0]!.vi).not.toBe(text);
    await page.screenshot({ path: 'test-results/e2e-level-rules-province.png', fullPage: false });

    // the national set stays read-only for the province
    await page.goto(`${e.baseUrl}/level-rules/${d218!.id}`);
    await page.getByText('Bạn chỉ được xem bộ tiêu chí này.').waitFor();
    expect(await page.getByTestId('ruleset-save').count()).toBe(0);
    await context.close();
  });
});
