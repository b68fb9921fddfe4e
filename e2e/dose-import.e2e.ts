/**
 * Dose import in the browser: a commune clerk drops a CSV of 2,000 first doses with one bad row,
 * reads the row and its field, then imports the corrected file, following its progress as the
 * server works through the rows, and the doses are in the register.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId } from '../test/helpers/app.ts';
import { TEST_NOW } from '../test/helpers/constants.ts';
import { signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
const N = 2000;
const nationalId = (i: number) => `0010900${String(i).padStart(5, '0')}`;

beforeAll(async () => {
  e = await startE2e();
  const hongGai = await unitId(e.db, '06691');
  await e.db.execute({
    text: `insert into person (full_name, search_name, birth_date, unit_id, national_id)
           select 'Người Nhập Tệp ' || i, 'nguoi nhap tep ' || i, date '1990-01-01', $1, '0010900' || lpad(i::text, 5, '0') from generate_series(1, $2::int) i`,
    values: [hongGai, N],
  });
});
afterAll(() => e?.close());

const csv = (bad: boolean) => Buffer.from([
  'national_id,full_name,birth_date,product,lot,expiry_date,given_on,unit_code',
  ...Array.from({ length: N }, (_, i) => `${bad && i === 1500 ? '001099999999' : nationalId(i + 1)},,,PFIZER,NHAP-1,2022-06-30,2021-12-01,06691`),
].join('\n'));

describe('dose import in the browser', () => {
  it('a clerk sees the bad row, then imports the corrected file with progress from the server', async () => {
    const page = await (await e.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
    await page.clock.setFixedTime(TEST_NOW);
    await signIn(page, e.baseUrl, 'xa.honggai');
    await page.goto(`${e.baseUrl}/doses`);
    await page.getByRole('tab', { name: 'Nhập từ tệp' }).click();
    const input = page.locator('input[type=file]');

    await input.setInputFiles({ name: 'mui-tiem.csv', mimeType: 'text/csv', buffer: csv(true) });
    await page.getByTestId('dose-import-check').click();
    await page.getByTestId('dose-import-error').getByText('Tệp có dòng lỗi').waitFor();
    await expect.poll(() => page.getByTestId('dose-import-rows').locator('tbody tr').allTextContents()).toEqual(['1502national_id: Không tìm thấy người này']);

    await input.setInputFiles({ name: 'mui-tiem.csv', mimeType: 'text/csv', buffer: csv(false) });
    await page.getByTestId('dose-import-check').click();
    await page.getByTestId('dose-import-done').getByText('Tệp hợp lệ: 2.000 dòng, sẽ nhập 2.000').waitFor();

    // every text the progress bar shows, however briefly
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid=dose-import-progress]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const streamed = page.waitForResponse((r) => r.url().includes('/api/doses/import?dryRun=false'));
    await page.getByTestId('dose-import-apply').click();
    const lines = (await (await streamed).text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; phase?: string; done?: number; total?: number });
    // the rows checked, then the doses and the people's states written; steps in between are sent
    // at most every 250 ms, so how many there are depends on the machine
    const steps = lines.filter((l) => l.type === 'progress').map((l) => `${l.phase} ${l.done}`);
    expect(steps.slice(0, 2)).toEqual(['check 0', `check ${N}`]);
    expect(steps.at(-1)).toBe(`write ${2 * N}`);
    expect(steps.slice(2).every((s) => s.startsWith('write'))).toBe(true);
    expect(lines.at(-1)).toEqual({ type: 'result', result: { dryRun: false, rows: N, created: N, skipped: 0 } });
    await page.getByTestId('dose-import-done').getByText('Đã nhập 2.000 mũi tiêm').waitFor();
    expect(await page.getByTestId('dose-import-progress').count()).toBe(0);
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen[0]).toMatch(/^Đang tải tệp lên…/);
    expect(seen, JSON.stringify(seen)).toContainEqual(expect.stringMatching(/^Đang kiểm tra 2\.000 dòng…/));
    const rows = await e.db.query<{ n: number }>({ text: `select count(*)::int as n from vaccine_dose d join vaccine_lot l on l.id = d.lot_id where l.lot_code = 'NHAP-1'`, values: [] });
    expect(rows[0]!.n).toBe(N);
  });
});
