import ExcelJS from 'exceljs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POPULATION_COLUMNS } from '../src/domain/population.ts';
import { unitId } from '../test/helpers/app.ts';
import { signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
let dir: string;
beforeAll(async () => {
  e = await startE2e();
  dir = await mkdtemp(join(tmpdir(), 'epicenter-population-'));
});
afterAll(() => e?.close());

/** An .xlsx in the import's layout, written to a file for the page's file input. */
async function xlsxFile(name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dân số');
  ws.addRow(POPULATION_COLUMNS);
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

/** A unit's population as the administrator sees it through the API. */
async function population(code: string) {
  const login = await e.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'trunguong', password: 'EpiCenter@2021' } });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await e.app.inject({ method: 'GET', url: `/api/units/${await unitId(e.db, code)}`, headers: { cookie } });
  return res.json().population;
}

async function upload(page: Page, path: string) {
  await page.getByTestId('population-upload').setInputFiles(path); // the dragger's file input
  await page.getByTestId('population-import').click();
}

describe('population import in the browser', () => {
  it('an administrator imports official figures; a bad row is shown and nothing is imported', async () => {
    expect((await population('06691')).isDemo).toBe(true);
    const context = await e.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'trunguong');

    await page.getByTestId('side-menu').getByText('Dân số theo độ tuổi').click();
    await page.waitForURL(/\/population$/);
    expect(await page.getByTestId('population-demo-note').textContent()).toContain('minh hoạ');
    const href = await page.getByTestId('population-template').getAttribute('href');
    expect(href).toMatch(/^\/api\/units\/population\/template\?unitId=\d+&level=1&lang=vi$/);

    await upload(page, await xlsxFile('good.xlsx', [['06691', 2021, 20000, 14000, 5000, 1800, 2200]]));
    await expect.poll(() => page.getByTestId('population-result').textContent()).toMatch(/\b1\b/);
    expect(await population('06691')).toMatchObject({ year: 2021, total: 20000, age18plus: 14000, age50plus: 5000, isDemo: false });

    const before = await population('06694');
    await upload(
      page,
      await xlsxFile('bad.xlsx', [
        ['06694', 2021, 9000, 6000, 2000, 800, 900],
        ['06697', 2021, 100, 6000, 2000, 800, 900],
      ]),
    );
    const errors = page.getByTestId('population-errors');
    await errors.waitFor();
    const row = errors.locator('tbody tr', { hasText: 'Tổng dân số' });
    expect(await row.locator('td').first().textContent()).toBe('3');
    expect(await row.textContent()).toContain('nhỏ hơn tổng các nhóm tuổi');
    expect(await page.getByTestId('population-result').count()).toBe(0);
    expect(await population('06694')).toEqual(before);
    await page.screenshot({ path: 'test-results/e2e-population.png', fullPage: true });
    await context.close();
  });

  it('is in the menu of administrators only', async () => {
    const context = await e.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'tinh.quangninh');
    expect(await page.getByTestId('side-menu').textContent()).not.toContain('Dân số theo độ tuổi');
    await context.close();
  });
});
