import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { TEST_TODAY } from './helpers/constants.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORM = 'BCTH-NGAY';

/** Values that satisfy the form's rules whatever the unit's history. */
const good = (f0 = 2) => ({
  f0_community: f0, f0_quarantined: 1, deaths: 0, recovered: 1, hospital_current: 3,
  cq_new: 4, cq_current: 4, hq_new: 6, hq_current: 6, pcr_samples: 40, pcr_persons: 120,
  rapid_tests: 30, f1_traced: 10, f2_traced: 15, returnees: 5, returnees_positive: 0,
  vax_dose1: 7, vax_dose2: 8, vax_dose3: 9,
});

let t: TestApp;
let haLong: number;
let haLongPath: string;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  haLong = await unitId(t.db, '193');
  haLongPath = (await t.db.query<{ path: string }>({ text: 'select path from org_unit where id = $1', values: [haLong] }))[0]!.path;
  officer = await t.login('tp.halong');
});
afterAll(() => t.close());

const dashboard = async (date = TEST_TODAY) => {
  const res = await officer.request({ method: 'GET', url: `/api/dashboard/${haLong}?date=${date}` });
  expect(res.statusCode).toBe(200);
  const d = res.json();
  return { cases: d.headline.casesLast24h as number, reported: d.completeness.reported as number };
};

const download = async (s: Session, query: string) => {
  const res = await s.request({ method: 'GET', url: `/api/reports/template?form=${FORM}&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.xlsx"$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
};

const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

const upload = (s: Session, body: Buffer, dryRun: boolean, headers: Record<string, string> = {}) =>
  s.request({
    method: 'POST',
    url: `/api/reports/import?form=${FORM}&dryRun=${dryRun}`,
    headers: { 'content-type': XLSX, ...headers },
    payload: body,
  });

/** Column number of each machine key in the template's second header row. */
const columns = (ws: ExcelJS.Worksheet) => {
  const cols: Record<string, number> = {};
  ws.getRow(2).eachCell((cell, col) => (cols[String(cell.value)] = col));
  return cols;
};

const report = async (s: Session, code: string, period = TEST_TODAY) => {
  const res = await s.request({ method: 'GET', url: `/api/reports/${FORM}/${await unitId(t.db, code)}/${period}` });
  expect(res.statusCode).toBe(200);
  return res.json();
};

const dataRows = (ws: ExcelJS.Worksheet) => {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, n) => n > 2 && rows.push(row));
  return rows;
};

describe('Excel template and import', () => {
  it('round trip: download, fill, dry run, import; the values are in the report and the district totals', async () => {
    const wb = await download(officer, `unitId=${haLong}&period=${TEST_TODAY}`);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Mã đơn vị');
    expect(ws.getRow(1).getCell(4).value).toBe('F0 mới trong cộng đồng');
    const col = columns(ws);
    expect(Object.keys(col)).toEqual(expect.arrayContaining(['unit_code', 'period', 'f0_community', 'vax_dose3']));
    const rows = dataRows(ws);
    const communes = (await t.db.query<{ n: number }>({
      text: `select count(*)::int as n from org_unit where path like $1 || '%' and level = 3 and valid_to is null`,
      values: [haLongPath],
    }))[0]!.n;
    expect(rows.length).toBe(communes);
    expect(rows[0]!.getCell(col.period!).value).toBe('10/12/2021');

    // nothing is reported yet at noon: fill all units but the last two (left empty: skipped)
    expect(rows.every((r) => r.getCell(col.f0_community!).value === null)).toBe(true);
    const filled = rows.slice(0, -2);
    for (const r of filled) for (const [k, v] of Object.entries(good())) r.getCell(col[k]!).value = v;
    const file = await bytes(wb);

    const before = await dashboard();
    const dry = await upload(officer, file, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: filled.length, created: filled.length, updated: 0, unchanged: 0 });
    expect(await dashboard()).toEqual(before);

    const res = await upload(officer, file, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, rows: filled.length, created: filled.length, updated: 0, unchanged: 0 });
    const after = await dashboard();
    expect(after.cases - before.cases).toBe(filled.length * 3);
    expect(after.reported - before.reported).toBe(filled.length);
    const empty = filled;
    const firstEmpty = String(empty[0]!.getCell(col.unit_code!).value);
    const seen = await report(officer, firstEmpty);
    expect(seen.status).toBe('submitted');
    expect(seen.values).toEqual(good());

    // the import itself is audited, and each report by the save logic
    const audit = (await officer.request({ method: 'GET', url: '/api/audit?entity=import' })).json();
    expect(audit[0]).toMatchObject({ action: 'import', entity: 'import', username: 'tp.halong' });
    expect(audit[0].after).toMatchObject({ form: FORM, source: 'xlsx', created: filled.length, updated: 0 });
    const reportAudit = (await officer.request({ method: 'GET', url: `/api/audit?entity=report&entityId=${seen.id}` })).json();
    expect(reportAudit[0]).toMatchObject({ action: 'submit' });

    // importing the same file again changes nothing
    const again = await upload(officer, file, false, { 'content-type': 'application/octet-stream' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: filled.length });
    expect(await dashboard()).toEqual(after);
    const count = await t.db.query<{ n: number }>({
      text: `select count(*)::int as n from report r join org_unit u on u.id = r.unit_id where u.path like $1 || '%' and r.period = $2`,
      values: [haLongPath, TEST_TODAY],
    });
    expect(count[0]!.n).toBe(filled.length);

    // a fresh template is prefilled; a correction of one row updates that report only
    const wb2 = await download(officer, `unitId=${haLong}&period=${TEST_TODAY}`);
    const rows2 = dataRows(wb2.worksheets[0]!);
    expect(rows2[0]!.getCell(col.f0_community!).value).toBe(2);
    expect(rows2.at(-1)!.getCell(col.f0_community!).value).toBeNull();
    rows2[0]!.getCell(col.f0_community!).value = 6;
    const fix = await upload(officer, await bytes(wb2), false);
    expect(fix.json()).toMatchObject({ created: 0, updated: 1, unchanged: filled.length - 1 });
    expect((await dashboard()).cases - after.cases).toBe(4);
    expect((await report(officer, String(rows2[0]!.getCell(col.unit_code!).value))).values.f0_community).toBe(6);
  });

  it('a clerk gets a one-row template for the commune, prefilled', async () => {
    const clerk = await t.login('xa.honggai');
    const wb = await download(clerk, `period=2021-12-09`);
    const ws = wb.worksheets[0]!;
    const rows = dataRows(ws);
    expect(rows).toHaveLength(1);
    const col = columns(ws);
    expect(rows[0]!.getCell(col.unit_code!).value).toBe('06691');
    const r = await report(clerk, '06691', '2021-12-09');
    expect(rows[0]!.getCell(col.f0_community!).value).toBe(r.values.f0_community ?? null);
    // a unit outside the scope
    const res = await clerk.request({ method: 'GET', url: `/api/reports/template?form=${FORM}&unitId=${haLong}` });
    expect(res.statusCode).toBe(404);
    const bad = await clerk.request({ method: 'GET', url: `/api/reports/template?form=${FORM}&period=2021-02-31` });
    expect(bad.statusCode).toBe(400);
  });

  it('lists every bad row and applies nothing', async () => {
    const [outside] = await t.db.query<{ code: string }>({
      text: `select u.code from org_unit u join org_unit p on p.code = '22' and p.level = 1
        where u.path like p.path || '%' and u.level = 3 and u.path not like $1 || '%' limit 1`,
      values: [haLongPath],
    });
    const wb = await download(officer, `unitId=${haLong}&period=2021-12-09`);
    const ws = wb.worksheets[0]!;
    const col = columns(ws);
    const rows = dataRows(ws);
    const fill = (r: ExcelJS.Row, over: Record<string, number> = {}) => {
      for (const [k, v] of Object.entries({ ...good(), ...over })) r.getCell(col[k]!).value = v;
    };
    fill(rows[0]!); // a good row: must not be applied either
    fill(rows[1]!, { deaths: -1 });
    fill(rows[2]!);
    rows[2]!.getCell(col.unit_code!).value = '99999';
    fill(rows[3]!);
    rows[3]!.getCell(col.unit_code!).value = outside!.code;
    fill(rows[4]!);
    rows[4]!.getCell(col.period!).value = '31/02/2021';
    const n = rows[5]!.number;
    ws.getRow(n).getCell(col.unit_code!).value = rows[0]!.getCell(col.unit_code!).value; // duplicate of row 0
    fill(ws.getRow(n));

    const before = await dashboard('2021-12-09');
    const goodCode = String(rows[0]!.getCell(col.unit_code!).value);
    const goodBefore = await report(officer, goodCode, '2021-12-09');
    const res = await upload(officer, await bytes(wb), false);
    expect(res.statusCode, res.body).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('validation');
    expect(error.message).toBe('Tệp có dòng lỗi, chưa nhập dòng nào');
    const bad = error.rows as { row: number; errors: { field: string; message: string }[] }[];
    expect(bad.map((b) => b.row)).toEqual([rows[1]!.number, rows[2]!.number, rows[3]!.number, rows[4]!.number, n]);
    expect(bad[0]!.errors).toEqual([{ field: 'deaths', message: 'Tử vong: không được là số âm' }]);
    expect(bad[1]!.errors[0]).toEqual({ field: 'unit_code', message: 'Mã đơn vị 99999 không tồn tại' });
    expect(bad[2]!.errors[0]!.message).toBe(`Đơn vị ${outside!.code} nằm ngoài phạm vi quản lý của bạn`);
    expect(bad[3]!.errors[0]).toMatchObject({ field: 'period' });
    expect(bad[3]!.errors[0]!.message).toContain('31/02/2021');
    expect(bad[4]!.errors[0]!.message).toContain(`dòng ${rows[0]!.number}`);
    expect(await dashboard('2021-12-09')).toEqual(before);
    expect((await report(officer, goodCode, '2021-12-09')).values).toEqual(goodBefore.values);

    // in English on request
    const en = await upload(officer, await bytes(wb), true, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(422);
    expect(en.json().error.rows[1].errors[0].message).toBe('Unit code 99999 does not exist');
  });

  it('refuses approved reports, future dates and values breaking the rules', async () => {
    const wb = await download(officer, `unitId=${haLong}&period=2021-12-01`);
    const ws = wb.worksheets[0]!;
    const col = columns(ws);
    const rows = dataRows(ws);
    const approved = rows.find((r) => r.getCell(col.f0_community!).value !== null)!;
    approved.getCell(col.f0_community!).value = Number(approved.getCell(col.f0_community!).value) + 1;
    const future = rows.find((r) => r !== approved)!;
    for (const [k, v] of Object.entries(good())) future.getCell(col[k]!).value = v;
    future.getCell(col.period!).value = '11/12/2021';
    const rule = rows.find((r) => r !== approved && r !== future)!;
    for (const [k, v] of Object.entries({ ...good(), pcr_persons: 1000, pcr_samples: 1 })) rule.getCell(col[k]!).value = v;
    rule.getCell(col.period!).value = '09/12/2021'; // not approved yet: the rule is what fails
    const res = await upload(officer, await bytes(wb), true);
    expect(res.statusCode, res.body).toBe(422);
    const bad = res.json().error.rows as { row: number; errors: { field: string; message: string }[] }[];
    const byRow = new Map(bad.map((b) => [b.row, b.errors]));
    expect(byRow.get(approved.number)).toEqual([{ field: 'status', message: 'Báo cáo đã được duyệt, không thể sửa' }]);
    expect(byRow.get(future.number)).toEqual([{ field: 'period', message: 'Không thể báo cáo cho ngày trong tương lai' }]);
    expect(byRow.get(rule.number)![0]!.field).toBe('pcr_persons');
  });

  it('a file that is not xlsx is refused with a message and changes nothing', async () => {
    const before = await dashboard();
    const res = await upload(officer, randomBytes(4096), false);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_request', message: 'Tệp không đọc được: không phải tệp Excel (.xlsx) hợp lệ' });
    const empty = await upload(officer, Buffer.alloc(0), false, { 'content-type': 'application/octet-stream' });
    expect(empty.statusCode).toBe(400);
    // an xlsx without the template's header
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['hello']);
    const noHeader = await upload(officer, await bytes(wb), false);
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error.message).toContain('dòng tiêu đề');
    expect(await dashboard()).toEqual(before);
  });

  it('an import without the CSRF token is refused', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/reports/import?form=${FORM}`,
      headers: { 'content-type': XLSX, cookie: officer.cookie },
      payload: randomBytes(10),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('DHIS2 dataValueSets', () => {
  const exportSet = async (s: Session, q: string) => {
    const res = await s.request({ method: 'GET', url: `/api/dhis2/dataValueSets?form=${FORM}&${q}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { dataSet: string; dataValues: { dataElement: string; period: string; orgUnit: string; value: string }[] };
  };
  const importSet = (s: Session, body: unknown, dryRun: boolean) =>
    s.request({ method: 'POST', url: `/api/dhis2/dataValueSets?dryRun=${dryRun}`, payload: body as Record<string, unknown> });

  it('exports counted reports of the subtree with codes as identifiers', async () => {
    const set = await exportSet(officer, 'orgUnit=193&startDate=2021-12-08&endDate=2021-12-09');
    expect(set.dataSet).toBe(FORM);
    expect(set.dataValues.length).toBeGreaterThan(19);
    const dv = set.dataValues[0]!;
    expect(dv).toMatchObject({ period: '20211208' });
    expect(dv.orgUnit).toMatch(/^\d{5}$/);
    expect(typeof dv.value).toBe('string');
    const r = await report(officer, dv.orgUnit, '2021-12-08');
    expect(String(r.values[dv.dataElement])).toBe(dv.value);
    expect(new Set(set.dataValues.map((d) => d.period))).toEqual(new Set(['20211208', '20211209']));
    // scope, range cap
    const clerk = await t.login('xa.honggai');
    expect((await clerk.request({ method: 'GET', url: `/api/dhis2/dataValueSets?form=${FORM}&orgUnit=193&startDate=2021-12-08&endDate=2021-12-09` })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: `/api/dhis2/dataValueSets?form=${FORM}&orgUnit=193&startDate=2020-01-01&endDate=2021-12-09` })).statusCode).toBe(400);
  });

  it('round trip: export, change a value, import; re-import ignores everything', async () => {
    const set = await exportSet(officer, 'orgUnit=193&startDate=2021-12-08&endDate=2021-12-09');
    // unchanged data (approved reports included) is ignored
    const same = await importSet(officer, set, false);
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 0, updated: 0, ignored: set.dataValues.length, deleted: 0 }, conflicts: [] });

    const target = set.dataValues.find((d) => d.period === '20211209' && d.dataElement === 'f0_community')!;
    const before = await dashboard('2021-12-09');
    const changed = { ...set, dataValues: set.dataValues.map((d) => (d === target ? { ...d, value: String(Number(d.value) + 5) } : d)) };
    const res = await importSet(officer, changed, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().importCount).toEqual({ imported: 0, updated: 1, ignored: set.dataValues.length - 1, deleted: 0 });
    expect((await dashboard('2021-12-09')).cases - before.cases).toBe(5);
    const again = await exportSet(officer, 'orgUnit=193&startDate=2021-12-08&endDate=2021-12-09');
    expect(again.dataValues.find((d) => d.orgUnit === target.orgUnit && d.period === target.period && d.dataElement === 'f0_community')!.value)
      .toBe(String(Number(target.value) + 5));
    const twice = await importSet(officer, changed, false);
    expect(twice.json().importCount).toMatchObject({ imported: 0, updated: 0 });
    expect((await dashboard('2021-12-09')).cases - before.cases).toBe(5);
  });

  it('a partial set is merged with the unit’s values; a dry run changes nothing', async () => {
    const r = await report(officer, '06691', '2021-12-09');
    const before = await dashboard('2021-12-09');
    const body = { dataSet: FORM, period: '20211209', orgUnit: '06691', dataValues: [{ dataElement: 'f0_quarantined', value: String(r.values.f0_quarantined + 2) }] };
    const dry = await importSet(officer, body, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ status: expect.stringMatching(/SUCCESS|WARNING/), dryRun: true, importCount: { imported: 0, updated: 1, ignored: 0 } });
    expect((await report(officer, '06691', '2021-12-09')).values).toEqual(r.values);
    expect(await dashboard('2021-12-09')).toEqual(before);

    const res = await importSet(officer, body, false);
    expect(res.statusCode, res.body).toBe(200);
    expect((await report(officer, '06691', '2021-12-09')).values).toEqual({ ...r.values, f0_quarantined: r.values.f0_quarantined + 2 });
    expect((await dashboard('2021-12-09')).cases - before.cases).toBe(2);
  });

  it('any conflict: 409 with the summary, nothing applied', async () => {
    const [missing] = await t.db.query<{ code: string }>({
      text: `select u.code from org_unit u where u.path like $1 || '%' and u.level = 3
        and not exists (select 1 from report r where r.unit_id = u.id and r.period = '2021-12-10') limit 1`,
      values: [haLongPath],
    });
    const r = await report(officer, '06691', '2021-12-09');
    const before = await dashboard('2021-12-09');
    const beforeToday = await dashboard();
    const res = await importSet(officer, {
      dataSet: FORM,
      dataValues: [
        { dataElement: 'f0_community', orgUnit: '06691', period: '20211209', value: String(r.values.f0_community + 1) }, // fine alone
        { dataElement: 'deaths', orgUnit: '06692', period: '20211209', value: '-1' },
        { dataElement: 'recovered', orgUnit: '06692', period: '20211209', value: '2.5' },
      ],
    }, false);
    expect(res.statusCode).toBe(409);
    const summary = res.json();
    expect(summary).toMatchObject({ status: 'ERROR', dryRun: false, importCount: { imported: 0, updated: 0, ignored: 0, deleted: 0 } });
    expect(summary.conflicts).toHaveLength(2);
    expect(summary.conflicts[0]).toMatchObject({ object: 'deaths' });
    expect(summary.conflicts[0].value).toContain('06692 / 20211209');
    expect((await report(officer, '06691', '2021-12-09')).values).toEqual(r.values);

    // a unit with no report and a partial set: the missing indicators are conflicts
    const partial = await importSet(officer, {
      dataSet: FORM,
      dataValues: [
        { dataElement: 'f0_community', orgUnit: '06691', period: '20211209', value: String(r.values.f0_community + 1) },
        { dataElement: 'f0_community', orgUnit: missing!.code, period: '20211210', value: '1' },
        { dataElement: 'f0_community', orgUnit: '99999', period: '20211210', value: '1' },
      ],
    }, false);
    expect(partial.statusCode).toBe(409);
    const objects = partial.json().conflicts.map((c: { object: string }) => c.object);
    expect(objects).toContain('99999');
    expect(objects).toContain('deaths');
    expect((await report(officer, '06691', '2021-12-09')).values).toEqual(r.values);
    expect(await dashboard('2021-12-09')).toEqual(before);
    expect(await dashboard()).toEqual(beforeToday);
  });
});
