import ExcelJS from 'exceljs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId } from '../test/helpers/app.ts';
import { TEST_TODAY } from '../test/helpers/constants.ts';
import { reportValues } from '../test/helpers/fixtures.ts';
import { signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
beforeAll(async () => {
  e = await startE2e();
});
afterAll(() => e?.close());

async function asClerk(method: 'GET', url: string) {
  const login = await e.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'xa.honggai', password: 'EpiCenter@2021' } });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return e.app.inject({ method, url, headers: { cookie } });
}

describe('Excel import in the browser', () => {
  it('a clerk fills the template, checks it, imports it, and the report holds the values', async () => {
    const unit = await unitId(e.db, '06691');
    const template = await asClerk('GET', `/api/reports/template?form=BCTH-NGAY&unitId=${unit}&period=${TEST_TODAY}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const codes = (ws.getRow(2).values as unknown[]).map(String);
    const values = reportValues({ f0_community: 11 });
    for (const [code, v] of Object.entries(values)) ws.getRow(3).getCell(codes.indexOf(code)).value = v;
    const path = join(await mkdtemp(join(tmpdir(), 'epicenter-import-')), 'bao-cao.xlsx');
    await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));

    const page = await (await e.browser.newContext({ locale: 'vi-VN' })).newPage();
    await signIn(page, e.baseUrl, 'xa.honggai');
    await page.goto(`${e.baseUrl}/import`);
    await page.getByTestId('import-file').setInputFiles(path);
    await page.getByTestId('import-check').click();
    await page.getByText('Tệp hợp lệ').waitFor();
    await page.getByTestId('import-apply').click();
    await page.getByText('Đã nhập dữ liệu').waitFor();
    const report = (await asClerk('GET', `/api/reports/BCTH-NGAY/${unit}/${TEST_TODAY}`)).json();
    expect(report.status).toBe('submitted');
    expect(report.values.f0_community).toBe(11);
  });
});
