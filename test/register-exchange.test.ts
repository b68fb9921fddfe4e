import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/app.ts';

let t: TestApp;
let clerk: Session;

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('xa.honggai');
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const upload = (s: Session, kind: string, payload: Buffer | string, type = 'text/csv', dryRun = false) =>
  s.request({ method: 'POST', url: `/api/register-exchange/import?kind=${kind}&dryRun=${dryRun}`, headers: { 'content-type': type }, payload });
const count = async (table: string) => (await t.db.query<{ n: number }>({ text: `select count(*)::int as n from ${table}`, values: [] }))[0]!.n;

/** The template of a kind, filled in with these rows under its two header rows. */
async function filledTemplate(kind: string, rows: (string | number | null)[][]): Promise<Buffer> {
  const res = await clerk.request({ method: 'GET', url: `/api/register-exchange/template?kind=${kind}` });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(1).getCell(2).value).toBe('Họ và tên *');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('register import', () => {
  it('imports people from CSV (semicolons, Vietnamese headers) and a retry creates nothing', async () => {
    const csv = [
      'Số CCCD/CMND;Họ và tên;Ngày sinh;Giới tính;Số điện thoại;Mã xã/phường cư trú;Địa chỉ',
      '022300000001;Bùi Thị Nhập;01/02/1990;Nữ;0912000001;06691;Tổ 3',
      ';Bùi Văn Nhập;03/04/1991;Nam;;06691;',
    ].join('\r\n');
    const before = await count('person');
    const dry = await upload(clerk, 'people', csv, 'text/csv', true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(await count('person')).toBe(before);
    const res = await upload(clerk, 'people', csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 2, peopleCreated: 2, created: 2, skipped: 0 });
    expect(await count('person')).toBe(before + 2);
    const again = await upload(clerk, 'people', csv);
    expect(again.json()).toMatchObject({ rows: 2, peopleCreated: 0, skipped: 2 });
    expect(await count('person')).toBe(before + 2);
    const audit = await t.db.query({ text: `select after from audit_log where action = 'import' and entity = 'person'`, values: [] });
    expect(audit.length).toBe(2);
  });

  it('rejects a bad file whole, naming every bad row and field', async () => {
    const file = await filledTemplate('tests', [
      ['022300000002', 'Đoàn Văn Xét', '05/06/1985', 'Nam', null, '06691', null, null, 'PCR', '08/12/2021 09:30', null, null, 'Dương tính', null, 'Có'],
      [null, 'Thiếu Ngày Sinh', null, null, null, '06691', null, null, 'PCR', '08/12/2021', null, null, 'Âm tính', null, null],
      ['123', 'Sai Số', '01/01/1990', null, null, '00001', null, null, 'Máu', 'hôm qua', null, null, 'Âm tính', null, null],
    ]);
    const before = [await count('person'), await count('lab_test')];
    const res = await upload(clerk, 'tests', file, XLSX);
    expect(res.statusCode, res.body).toBe(422);
    const rows = res.json().error.rows as { row: number; errors: { field: string }[] }[];
    expect(rows.map((r) => r.row)).toEqual([4, 5]);
    expect(rows[0]!.errors.map((e) => e.field)).toEqual(['national_id']);
    expect(rows[1]!.errors.map((e) => e.field).sort()).toEqual(['national_id', 'sampled_at', 'test_kind', 'unit_code'].sort());
    expect([await count('person'), await count('lab_test')]).toEqual(before);
  });

  it('imports tests (no case from a positive), cases and contacts from XLSX, creating people once', async () => {
    const tests = await filledTemplate('tests', [
      ['022300000003', 'Đoàn Văn Xét', '05/06/1985', 'Nam', null, '06691', null, null, 'PCR', '08/12/2021 09:30', 'Trạm y tế', null, 'Dương tính', '08/12/2021 20:00', 'Có'],
      ['022300000003', 'Đoàn Văn Xét', '05/06/1985', 'Nam', null, '06691', null, null, 'Test nhanh kháng nguyên', '07/12/2021 08:00', null, null, 'Dương tính', null, 'Có'],
    ]);
    const cases0 = await count('covid_case');
    const res = await upload(clerk, 'tests', tests, XLSX);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 2, peopleCreated: 1, created: 2 });
    expect(await count('covid_case')).toBe(cases0);
    expect((await upload(clerk, 'tests', tests, XLSX)).json()).toMatchObject({ created: 0, skipped: 2, peopleCreated: 0 });

    const cases = await filledTemplate('cases', [
      ['022300000003', 'Đoàn Văn Xét', '05/06/1985', 'Nam', null, '06691', null, null, '08/12/2021 20:00', 'Trong nước', 'Cộng đồng', 'Chợ Hạ Long', '06/12/2021', 'Bệnh viện tầng 2', '09/12/2021'],
    ]);
    const c = await upload(clerk, 'cases', cases, XLSX);
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json()).toMatchObject({ created: 1, peopleCreated: 0 });
    const kase = await t.db.query<{ status: string; detection: string; n: number }>({
      text: `select c.status, c.detection, (select count(*)::int from case_status s where s.case_id = c.id) as n
             from covid_case c join person p on p.id = c.person_id where p.national_id = '022300000003'`,
      values: [],
    });
    expect(kase).toEqual([{ status: 'hospital_t2', detection: 'community', n: 1 }]);
    expect((await upload(clerk, 'cases', cases, XLSX)).json()).toMatchObject({ created: 0, skipped: 1 });

    const contacts = [
      'source_national_id,full_name,birth_date,unit_code,exposure_type,exposure_date,phone',
      '022300000003,Đoàn Thị Gần,10/10/1988,06691,Cùng hộ gia đình,07/12/2021,0912000777',
      '022300000003,Đoàn Văn Nhỏ,11/11/2015,06691,household,07/12/2021,',
    ].join('\n');
    const k = await upload(clerk, 'contacts', contacts);
    expect(k.statusCode, k.body).toBe(200);
    expect(k.json()).toMatchObject({ created: 2, peopleCreated: 2 });
    const again = await upload(clerk, 'contacts', contacts);
    expect(again.json()).toMatchObject({ created: 0, skipped: 2, peopleCreated: 0 });
  });

  it('warns about a new person that looks like a registered one', async () => {
    await upload(clerk, 'people', 'full_name,birth_date,unit_code\nPhan Văn Tương,12/12/1970,06691\n');
    const res = await upload(clerk, 'people', 'full_name,birth_date,unit_code,phone\nPhan Van Tuong,12/12/1970,06691,0912999888\n');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().warnings).toEqual([expect.objectContaining({ row: 2, field: 'full_name' })]);
  });

  it('refuses people of units outside the scope, and garbage', async () => {
    const res = await upload(clerk, 'people', 'full_name,birth_date,unit_code\nNgoài Phạm Vi,01/01/1990,06808\n');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.rows[0].errors[0].field).toBe('unit_code');
    expect((await upload(clerk, 'people', Buffer.from('PK\u0003\u0004garbage'), XLSX)).statusCode).toBe(400);
    expect((await upload(clerk, 'people', 'a,b,c\n1,2,3\n')).statusCode).toBe(400);
  });
});
