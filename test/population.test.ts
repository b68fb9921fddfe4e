import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE_15_17_COLUMN, POPULATION_COLUMNS } from '../src/domain/population.ts';
import { createTestApp, unitId, type TestApp } from './helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function xlsx(rows: unknown[][], header: unknown[] = POPULATION_COLUMNS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dân số');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('population import', () => {
  it('an administrator imports figures by age group; they replace the demo figures', async () => {
    const admin = await t.login('trunguong');
    const id = await unitId(t.db, '06691');
    const before = (await admin.request({ method: 'GET', url: `/api/units/${id}` })).json();
    expect(before.population.isDemo).toBe(true);
    const file = await xlsx([['06691', 2021, 20000, 14000, 5000, 1800, 2200]]);
    const res = await admin.request({ method: 'POST', url: '/api/units/population/import', payload: file, headers: { 'content-type': XLSX } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 1 });
    const after = (await admin.request({ method: 'GET', url: `/api/units/${id}` })).json();
    expect(after.population).toMatchObject({ year: 2021, total: 20000, age18plus: 14000, isDemo: false });
  });

  it('reports every bad row and applies nothing', async () => {
    const admin = await t.login('trunguong');
    const id = await unitId(t.db, '06694');
    const before = (await admin.request({ method: 'GET', url: `/api/units/${id}` })).json().population;
    const file = await xlsx([
      ['06694', 2021, 9000, 6000, 2000, 800, 900],
      ['06697', 2021, 100, 6000, 2000, 800, 900],
      ['99999', 2021, 100, 10, 5, 1, 1],
      ['06700', 2021, 'nhiều', 10, 5, 1, 1],
    ]);
    const res = await admin.request({ method: 'POST', url: '/api/units/population/import', payload: file, headers: { 'content-type': XLSX } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.rows.map((r: { row: number }) => r.row)).toEqual([3, 4, 5]);
    expect(res.json().error.rows[2].errors[0].message).toMatch(/^Tổng dân số/);
    expect((await admin.request({ method: 'GET', url: `/api/units/${id}` })).json().population).toEqual(before);
  });

  it('the template lists the units with their figures, and comes back as an import', async () => {
    const admin = await t.login('trunguong');
    const haLong = await unitId(t.db, '193');
    const res = await admin.request({ method: 'GET', url: `/api/units/population/template?unitId=${haLong}&level=3` });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(1 + 33); // Hạ Long's 33 wards and communes
    const row = ws.getRow(3);
    expect(ws.getRow(1).getCell(8).value).toBe(AGE_15_17_COLUMN);
    expect(row.getCell(9).value).toMatch(/^(Phường|Xã)/);
    // demo figures are not offered back as real ones
    expect(row.getCell(3).value).toBeNull();
    row.getCell(3).value = 12000;
    row.getCell(4).value = 8500;
    row.getCell(5).value = 3000;
    row.getCell(6).value = 1100;
    row.getCell(7).value = 1300;
    row.getCell(8).value = 550;
    // rows left blank are bad rows: keep the filled one only
    for (let r = ws.rowCount; r > 3; r--) ws.spliceRows(r, 1);
    ws.spliceRows(2, 1);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const imported = await admin.request({ method: 'POST', url: '/api/units/population/import', payload: file, headers: { 'content-type': XLSX } });
    expect(imported.statusCode, imported.body).toBe(200);
    const code = String(row.getCell(1).value);
    const unit = (await admin.request({ method: 'GET', url: `/api/units/${await unitId(t.db, code)}` })).json();
    expect(unit.population).toMatchObject({ total: 12000, age18plus: 8500, isDemo: false });
    const [p] = await t.db.query<{ a15: number }>({ text: `select age_15_17 as a15 from population where unit_id = $1 order by year desc limit 1`, values: [unit.id] });
    expect(p!.a15).toBe(550);
  });

  it('reads the optional 15–17 column (eligible people of the 15–17 targets), checked against 12–17', async () => {
    const admin = await t.login('trunguong');
    const id = await unitId(t.db, '06697');
    const header = [...POPULATION_COLUMNS, AGE_15_17_COLUMN];
    const bad = await admin.request({
      method: 'POST', url: '/api/units/population/import', headers: { 'content-type': XLSX },
      payload: await xlsx([['06697', 2021, 9000, 6000, 2000, 800, 900, 801], ['06700', 2021, 9000, 6000, 2000, 800, 900, 'vài trăm']], header),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.rows.map((r: { row: number; errors: { field: string }[] }) => [r.row, r.errors.map((e) => e.field)])).toEqual([
      [2, [AGE_15_17_COLUMN]], [3, [AGE_15_17_COLUMN]],
    ]);
    const good = await admin.request({
      method: 'POST', url: '/api/units/population/import', headers: { 'content-type': XLSX },
      payload: await xlsx([['06697', 2021, 9000, 6000, 2000, 800, 900, 390]], header),
    });
    expect(good.statusCode, good.body).toBe(200);
    const [p] = await t.db.query<{ a15: number }>({ text: `select age_15_17 as a15 from population where unit_id = $1 and year = 2021`, values: [id] });
    expect(p!.a15).toBe(390);
  });

  it('refuses a broken file and non-administrators', async () => {
    const admin = await t.login('trunguong');
    const broken = await admin.request({ method: 'POST', url: '/api/units/population/import', payload: Buffer.from('not a spreadsheet'), headers: { 'content-type': XLSX } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toMatch(/Excel/);
    const officer = await t.login('tinh.quangninh');
    const file = await xlsx([['06694', 2021, 9000, 6000, 2000, 800, 900]]);
    const res = await officer.request({ method: 'POST', url: '/api/units/population/import', payload: file, headers: { 'content-type': XLSX } });
    expect(res.statusCode).toBe(403);
  });
});
