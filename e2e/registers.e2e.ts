/**
 * The registers in the browser, as a commune team uses them on 10/12/2021: register a person,
 * record a positive PCR (the person becomes an F0), list two F1 by pasting rows from Excel,
 * then one F2 of the first F1; the follow-up list shows all three with their test days, and
 * the district's dashboard counts them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../test/helpers/constants.ts';
import { pick, signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
beforeAll(async () => {
  e = await startE2e();
});
afterAll(() => e?.close());

/** A page whose clock is the server's (10/12/2021, 12:00 in Vietnam), so "now" agrees on both sides. */
async function pageAt(): Promise<Page> {
  const context = await e.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.clock.setFixedTime(TEST_NOW);
  return page;
}

/** Pastes tab-separated rows into the line-listing grid at a cell, as Excel does. */
async function pasteInto(page: Page, cellLabel: string, rows: string[][]) {
  await page.getByLabel(cellLabel, { exact: true }).evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, rows.map((r) => r.join('\t')).join('\n'));
}

async function personId(fullName: string): Promise<number> {
  const rows = await e.db.query<{ id: number }>({ text: 'select id from person where full_name = $1', values: [fullName] });
  expect(rows).toHaveLength(1);
  return rows[0]!.id;
}

/** Lists contacts of `sourceId` through the line-listing grid: name, birth date, sex, phone pasted; exposure yesterday; quarantine asked. */
async function listContacts(page: Page, sourceId: number, people: [string, string, string, string][]) {
  await page.goto(`${e.baseUrl}/contacts/line-list/${sourceId}`);
  await pasteInto(page, 'Họ và tên 1', people);
  for (const [i] of people.entries()) {
    await page.getByLabel(`Ngày tiếp xúc ${i + 1}`, { exact: true }).fill('2021-12-09');
    await page.getByLabel(`Cách ly ${i + 1}`, { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Lưu tất cả' }).click();
  await page.getByText(`Đã lưu ${people.length} người tiếp xúc`).waitFor();
}

async function registerFigure(page: Page, indicator: string): Promise<string> {
  const row = page.getByTestId('register-figures').locator('tr', { hasText: indicator });
  return (await row.locator('td').nth(1).innerText()).trim();
}

describe('case registers in the browser', () => {
  it('a clerk records a positive test, traces two F1 and one F2; follow-up and the district dashboard show them', async () => {
    const district = await pageAt();
    await signIn(district, e.baseUrl, 'tp.halong');
    await district.goto(`${e.baseUrl}/dashboard?tab=registers`);
    expect(await registerFigure(district, 'F0 mới trong cộng đồng')).toBe('0');
    expect(await registerFigure(district, 'F1 truy vết được')).toBe('0');

    const page = await pageAt();
    await signIn(page, e.baseUrl, 'xa.honggai');

    // 1. the person
    await page.goto(`${e.baseUrl}/people`);
    await page.getByTestId('people-add').click();
    await page.getByTestId('person-fullname').fill('Nguyễn Văn Khải');
    await page.getByTestId('person-phone').fill('0912000111');
    await page.getByTestId('person-submit').click();
    await page.waitForURL(/\/people\/\d+$/);
    const f0 = await personId('Nguyễn Văn Khải');

    // 2. a positive PCR makes the person an F0
    await page.getByTestId('action-record-test').click();
    await page.waitForURL(/\/tests\?personId=/);
    await page.getByTestId('test-kind').click();
    await pick(page, 'RT-PCR');
    await page.getByTestId('test-result').click();
    await pick(page, 'Dương tính');
    await page.getByTestId('test-submit').click();
    await page.getByText('Người này đã thành ca bệnh F0').waitFor();

    // 3. two F1 pasted as a block, then one F2 of the first F1
    await listContacts(page, f0, [
      ['Trần Thị Hoa', '12/03/1990', 'Nữ', '0987000111'],
      ['Lê Văn Tùng', '05/07/1985', 'Nam', '0987000222'],
    ]);
    const f1 = await personId('Trần Thị Hoa');
    await listContacts(page, f1, [['Phạm Thị Yến', '20/10/2000', 'Nữ', '0987000333']]);

    // 4. the follow-up list: all three, each with its test days
    await page.goto(`${e.baseUrl}/followup`);
    for (const name of ['Trần Thị Hoa', 'Lê Văn Tùng', 'Phạm Thị Yến']) {
      const card = page.locator('.ec-followup-card', { hasText: name });
      await card.waitFor();
      expect(await card.innerText()).toMatch(/Ngày xét nghiệm: \d\d\/\d\d\/2021/);
    }
    expect(await page.locator('.ec-followup-card', { hasText: 'Trần Thị Hoa' }).innerText()).toContain('F1');
    expect(await page.locator('.ec-followup-card', { hasText: 'Phạm Thị Yến' }).innerText()).toContain('F2');

    // 5. the district's registers tab counts the new case and contacts
    await district.reload();
    await district.getByTestId('register-figures').waitFor();
    await expect.poll(() => registerFigure(district, 'F0 mới trong cộng đồng')).toBe('1');
    expect(await registerFigure(district, 'F1 truy vết được')).toBe('2');
    expect(await registerFigure(district, 'F2 truy vết được')).toBe('1');
    expect(await registerFigure(district, 'Số người được xét nghiệm PCR')).toBe('1');
  });
});
