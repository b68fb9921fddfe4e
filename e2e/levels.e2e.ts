/**
 * Epidemic levels in the browser on 10/12/2021 (the week shown by default is 29/11–05/12/2021,
 * the last whole week): the province officer assesses Quảng Ninh again, reads the districts'
 * map and counts, drills down to a commune of Hạ Long, reads why it is at its level, and sets
 * its level by decision; the computed level stays beside the level in effect.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId } from '../test/helpers/app.ts';
import { TEST_NOW } from '../test/helpers/constants.ts';
import { signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
let quangNinh: number;
let haLong: number;
let hongGai: number;

beforeAll(async () => {
  e = await startE2e();
  [quangNinh, haLong, hongGai] = [await unitId(e.db, '22'), await unitId(e.db, '193'), await unitId(e.db, '06691')];
});
afterAll(() => e?.close());

async function pageAs(username: string): Promise<Page> {
  const context = await e.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1360, height: 960 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(TEST_NOW);
  await signIn(page, e.baseUrl, username);
  return page;
}

const levelOf = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-level'));

describe('epidemic levels in the browser', () => {
  it('a province officer reads the levels of Quảng Ninh down to a commune, why, and sets one by decision', async () => {
    const page = await pageAs('tinh.quangninh');
    await page.getByTestId('side-menu').getByRole('link', { name: 'Cấp độ dịch', exact: true }).click();
    await page.waitForURL(/\/levels/);
    await expect.poll(() => page.getByTestId('levels-title').textContent()).toContain('Quảng Ninh');
    expect(await page.getByTestId('levels-week').textContent()).toContain('29/11 – 05/12/2021');

    // assess the province's subtree for the week: the reply names the units and the time it took
    await page.getByTestId('levels-assess').click();
    await page.getByTestId('levels-last-run').waitFor();
    expect(await page.getByTestId('levels-last-run').textContent()).toMatch(/Lần đánh giá vừa rồi: [\d.]+ đơn vị, [\d,]+ giây/);
    const assessed = await e.db.query<{ n: number }>({
      text: `select count(*)::int as n from level_assessment a join org_unit o on o.id = a.unit_id
             where a.week = '2021-11-29' and o.path like (select path from org_unit where id = $1) || '%'`,
      values: [quangNinh],
    });
    expect(assessed[0]!.n).toBeGreaterThan(150);

    // the province's own level, why, and its districts on the map, counted by level
    await page.getByTestId('own-level-in-effect').waitFor();
    expect(await page.getByTestId('own-rule-set').textContent()).toContain('4800/QĐ-BYT');
    await page.getByTestId('level-map').locator('canvas').first().waitFor();
    expect(await page.getByTestId('level-legend').textContent()).toContain('Cấp 4 – nguy cơ rất cao (đỏ)');
    const counts = await page.getByTestId('level-counts').textContent();
    expect(counts).toMatch(/\d+ quận\/huyện cấp [1-4]/);
    const districts = await e.db.query<{ n: number }>({ text: 'select count(*)::int as n from org_unit where parent_id = $1', values: [quangNinh] });
    const counted = [...counts!.matchAll(/(\d+) quận\/huyện/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(counted).toBe(districts[0]!.n);
    expect(await page.getByTestId('level-children-table').locator('tbody tr.ant-table-row').count()).toBe(districts[0]!.n);
    await page.screenshot({ path: 'test-results/e2e-levels-province.png', fullPage: true });
    const exportHref = await page.getByTestId('levels-export-csv').getAttribute('href');
    expect(exportHref).toBe(`/api/levels/${quangNinh}/export?week=2021-11-29&format=csv&lang=vi`);
    const csv = await page.request.get(`${e.baseUrl}${exportHref}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Hạ Long');

    // drill down to Hạ Long, then to Hồng Gai
    await page.getByTestId('level-row-193').getByRole('link', { name: 'Hạ Long' }).click();
    await page.waitForURL(new RegExp(`/levels/${haLong}\\?week=2021-11-29`));
    await expect.poll(() => page.getByTestId('levels-title').textContent()).toContain('Hạ Long');
    await expect.poll(() => page.getByTestId('levels-breadcrumb').textContent()).toContain('Quảng Ninh');
    await page.getByTestId('level-row-06691').getByRole('link', { name: 'Hồng Gai' }).click();
    await page.waitForURL(new RegExp(`/levels/${hongGai}\\?week=2021-11-29`));
    await expect.poll(() => page.getByTestId('levels-title').textContent()).toContain('Hồng Gai');

    // why the commune is at its level: its figures beside each criterion
    const why = page.getByTestId('level-why');
    await why.waitFor();
    const population = await e.db.query<{ total: number }>({
      text: 'select total from population where unit_id = $1 order by year desc limit 1',
      values: [hongGai],
    });
    const whyText = (await why.textContent())!;
    expect(whyText).toContain('Dân số');
    expect(whyText.replace(/\./g, '')).toContain(String(population[0]!.total));
    expect(whyText).toContain('Ca mắc mới trong cộng đồng trong tuần');
    expect(whyText).toContain('Người từ 18 tuổi tiêm ít nhất 1 mũi');
    expect(whyText).toMatch(/Nhóm [1-4]/);
    // the thresholds of the rule set in force (4800/QĐ-BYT) beside the case rate; its capacity criterion is not applied
    await expect.poll(() => page.getByTestId('why-caseRate').textContent()).toContain('Ngưỡng: Nhóm 2 ≥ 20; Nhóm 3 ≥ 50; Nhóm 4 ≥ 150');
    expect(await page.getByTestId('why-capacity').textContent()).toContain('Không áp dụng');
    const computed = await levelOf(page, 'own-level-in-effect');
    expect(await levelOf(page, 'why-level')).toBe(computed);
    const stored = await e.db.query<{ level: number }>({ text: `select level from level_assessment where unit_id = $1 and week = '2021-11-29'`, values: [hongGai] });
    expect(stored[0]!.level).toBe(computed);
    expect(await page.getByTestId('level-measures').textContent()).toContain('Tập trung đông người');
    expect(await page.getByTestId('own-decision').count()).toBe(0);

    // set the commune's level by decision for the week
    const decided = computed === 4 ? 2 : computed + 1;
    await page.getByTestId('levels-decide').click();
    const form = page.getByTestId('decision-form');
    await form.waitFor();
    await page.getByTestId(`decision-level-${decided}`).click();
    await page.locator('#reason').fill('Phát hiện ổ dịch tại chợ Hạ Long I, cần kiểm soát chặt');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.locator('.ant-form-item-explain-error', { hasText: 'Nhập số quyết định' }).waitFor();
    await page.locator('#decisionNo').fill('125/QĐ-UBND');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });

    await expect.poll(() => levelOf(page, 'own-level-in-effect')).toBe(decided);
    expect(await levelOf(page, 'own-level-computed')).toBe(computed);
    expect(await page.getByTestId('own-decision').textContent()).toContain('Theo Quyết định số 125/QĐ-UBND ngày 10/12/2021');
    expect(await page.getByTestId('level-decisions').textContent()).toContain('Phát hiện ổ dịch tại chợ Hạ Long I');
    expect(await page.getByTestId('history-2021-11-29').textContent()).toContain('125/QĐ-UBND');
    const saved = await e.db.query<{ level: number; decided_by: string }>({
      text: `select d.level, o.code as decided_by from level_decision d join org_unit o on o.id = d.decided_by_unit_id where d.unit_id = $1`,
      values: [hongGai],
    });
    expect(saved).toEqual([{ level: decided, decided_by: '22' }]);
    await page.screenshot({ path: 'test-results/e2e-levels-commune.png', fullPage: true });

    // back up in Hạ Long the commune shows the decided level with the computed one beside it
    await page.getByTestId('levels-breadcrumb').getByRole('link', { name: /Hạ Long/ }).click();
    const row = page.getByTestId('level-row-06691');
    await row.waitFor();
    expect(await row.textContent()).toContain('125/QĐ-UBND');
    await page.getByTestId('level-map').screenshot({ path: 'test-results/e2e-levels-map-communes.png' });

    // the decision withdrawn, the computed level is in effect again
    await row.getByRole('link', { name: 'Hồng Gai' }).click();
    await page.getByTestId('own-decision').waitFor();
    const decisionId = (await e.db.query<{ id: number }>({ text: 'select id from level_decision where unit_id = $1', values: [hongGai] }))[0]!.id;
    await page.getByTestId(`decision-remove-${decisionId}`).click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('own-decision').waitFor({ state: 'detached' });
    expect(await levelOf(page, 'own-level-in-effect')).toBe(computed);
    expect(await page.getByTestId('level-decisions').textContent()).toContain('Chưa có quyết định nào');
  });
});

describe('the national levels page', () => {
  it('shows the 63 provinces on the schematic tile map with a table of the same units; only Quảng Ninh is assessed', async () => {
    const page = await pageAs('trunguong');
    await page.goto(`${e.baseUrl}/levels`);
    await expect.poll(() => page.getByTestId('levels-title').textContent()).toContain('Toàn quốc');
    await page.getByTestId('level-map').locator('canvas').first().waitFor();
    expect(await page.getByTestId('level-map').getAttribute('aria-label')).toContain('bảng');
    expect(await page.getByTestId('level-children-table').locator('tbody tr.ant-table-row').count()).toBe(50);
    expect(await page.getByTestId('level-counts').textContent()).toMatch(/^1 tỉnh\/thành phố cấp [1-4], 62 tỉnh\/thành phố chưa đánh giá$/);
    await page.getByTestId('level-map').screenshot({ path: 'test-results/e2e-levels-map-nation.png' });
    await page.getByTestId('level-map-mode').getByText('Tỷ lệ ca mắc').click();
    await page.screenshot({ path: 'test-results/e2e-levels-nation.png', fullPage: true });
  });
});
