import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createUser } from '../src/server/modules/auth/service.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { PASSWORD } from './helpers/constants.ts';

let t: TestApp;
let admin: Session;
let province: Session;
let provinceAdmin: Session;
let district: Session;
let clerk: Session;
let u: { hongGai: number; quangNinh: number; haNoi: number; phucXa: number };
let ids: { d4800: number; d218: number };

interface RuleSetJson {
  id: number;
  code: string;
  name: string;
  province: { id: number; name: string } | null;
  basedOn: { id: number; code: string } | null;
  validFrom: string;
  validTo: string | null;
  toConfirm: string[];
  toConfirmCount: number;
  definition: { caseRate: { thresholds: number[]; above: string }; matrix: { met: number[]; notMet: number[] } };
  measures: Record<string, { area: string; status: string; vi: string; en: string }[]>;
  assessments: number;
  canEdit: boolean;
  canConfirm: boolean;
}

const get = (s: Session, url: string, lang = 'vi') => s.request({ method: 'GET', url, headers: { 'accept-language': lang } });
const patch = (s: Session, id: number, payload: object, lang = 'vi') =>
  s.request({ method: 'PATCH', url: `/api/level-rule-sets/${id}`, payload, headers: { 'accept-language': lang } } as InjectOptions);
const post = (s: Session, payload: object) => s.request({ method: 'POST', url: '/api/level-rule-sets', payload });
const ruleSet = async (s: Session, id: number) => (await get(s, `/api/level-rule-sets/${id}`)).json() as RuleSetJson;
const fieldsOf = (res: { json(): { error: { fields: { field: string; message: string }[] } } }) => res.json().error.fields;

beforeAll(async () => {
  t = await createTestApp();
  u = { hongGai: await unitId(t.db, '06691'), quangNinh: await unitId(t.db, '22'), haNoi: await unitId(t.db, '01'), phucXa: await unitId(t.db, '00001') };
  await createUser(t.db, null, { username: 'qt.quangninh', password: PASSWORD, fullName: 'Quản trị tỉnh', role: 'admin', unitId: u.quangNinh });
  [admin, province, provinceAdmin, district, clerk] = await Promise.all(
    ['trunguong', 'tinh.quangninh', 'qt.quangninh', 'tp.halong', 'xa.honggai'].map((n) => t.login(n)),
  ) as [Session, Session, Session, Session, Session];
  const rows = await t.db.query<{ id: number; code: string }>({ text: 'select id, code from level_rule_set order by valid_from', values: [] });
  ids = { d4800: rows.find((r) => r.code === '4800/QĐ-BYT')!.id, d218: rows.find((r) => r.code === '218/QĐ-BYT')!.id };
});
afterAll(() => t.close());

describe('rule sets', () => {
  it('lists the presets for every signed-in user with their "to be confirmed" counts', async () => {
    const res = await get(clerk, '/api/level-rule-sets');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual([
      expect.objectContaining({ code: '218/QĐ-BYT', province: null, validFrom: '2022-01-27', validTo: null, toConfirmCount: 9 }),
      expect.objectContaining({ code: '4800/QĐ-BYT', province: null, validFrom: '2021-10-12', validTo: '2022-01-27', toConfirmCount: 8 }),
    ]);
    const one = await ruleSet(clerk, ids.d218);
    expect(one.definition.caseRate).toEqual({ thresholds: [20, 150, 600], above: 'gt' });
    expect(one.measures['4']!.length).toBeGreaterThan(0);
    expect(one).toMatchObject({ canEdit: false, canConfirm: false, assessments: 0 });
    expect(await ruleSet(admin, ids.d218)).toMatchObject({ canEdit: true, canConfirm: true });
  });

  it('refuses thresholds out of order, naming the field in Vietnamese or English, and changes nothing', async () => {
    const before = await ruleSet(admin, ids.d218);
    const bad = { definition: { ...before.definition, caseRate: { thresholds: [200, 150, 600], above: 'gt' } } };
    const vi = await patch(admin, ids.d218, bad);
    expect(vi.statusCode, vi.body).toBe(422);
    expect(fieldsOf(vi)).toEqual([{ field: 'definition.caseRate.thresholds.1', message: 'Ngưỡng phải lớn hơn ngưỡng trước (200)' }]);
    expect(vi.json().error.message).toBe('Ngưỡng phải lớn hơn ngưỡng trước (200)');
    const en = await patch(admin, ids.d218, bad, 'en');
    expect(fieldsOf(en)[0]!.message).toBe('The threshold must be above the one before (200)');
    // a measure without its English text, a matrix level falling with more cases
    const measures = { ...before.measures, 2: [{ area: 'schools', status: 'limited', vi: 'Học kết hợp', en: ' ' }] };
    const worse = await patch(admin, ids.d218, { measures, definition: { ...before.definition, matrix: { met: [1, 3, 2, 4], notMet: [2, 3, 4, 4] } } });
    expect(fieldsOf(worse).map((f) => f.field)).toEqual(['definition.matrix.met.2', 'measures.2.0.en']);
    // the shape itself is checked by the schema
    const shape = await patch(admin, ids.d218, { definition: { ...before.definition, caseRate: { thresholds: [1, 2], above: 'gt' } } });
    expect(shape.statusCode).toBe(400);
    expect(await ruleSet(admin, ids.d218)).toEqual(before);
    const audit = await t.db.query({ text: `select 1 from audit_log where entity = 'level_rule_set'`, values: [] });
    expect(audit).toHaveLength(0);
  });

  it('lets a national administrator correct values and confirm marked ones, audited', async () => {
    const before = await ruleSet(admin, ids.d218);
    const definition = { ...before.definition, caseRate: { thresholds: [20, 150, 600], above: 'gt' }, matrix: { met: [1, 2, 3, 4], notMet: [2, 3, 4, 4] } };
    const res = await patch(admin, ids.d218, { definition, note: 'Đã đối chiếu ngưỡng 20 với văn bản gốc', toConfirm: before.toConfirm.filter((p) => p !== 'caseRate.thresholds.0') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().toConfirm).not.toContain('caseRate.thresholds.0');
    expect(res.json().toConfirmCount).toBe(8);
    // a null minimum stays "not checked" (not coerced to 0)
    const [stored] = await t.db.query<{ capacity: object; severity: object }>({
      text: `select definition->'capacity' as capacity, definition->'severity' as severity from level_rule_set where id = $1`, values: [ids.d218],
    });
    expect(stored).toEqual({ capacity: { freeBedsPer100kMin: null, icuBedsPer100kMin: null, whenNotMet: 'raise_one' }, severity: { oxygenRate: null, deathRate: null } });
    const audit = await t.db.query<{ action: string; before: { toConfirm: string[] }; after: { note: string } }>({
      text: `select action, before, after from audit_log where entity = 'level_rule_set' and entity_id = $1`, values: [String(ids.d218)],
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before.toConfirm).toContain('caseRate.thresholds.0');
    expect(audit[0]!.after.note).toBe('Đã đối chiếu ngưỡng 20 với văn bản gốc');
    // a mark must name a value of the set
    const unknown = await patch(admin, ids.d218, { toConfirm: ['caseRate.limit'] });
    expect(fieldsOf(unknown)).toEqual([{ field: 'toConfirm.0', message: 'Không có giá trị "caseRate.limit" trong bộ tiêu chí' }]);
    expect((await patch(admin, ids.d218, { validTo: null, note: null })).json()).toMatchObject({ validTo: null, note: null });
  });

  it('keeps the validities of the national sets apart', async () => {
    const base = await ruleSet(admin, ids.d218);
    const next = { basedOnId: ids.d218, code: '9999/QĐ-BYT', name: 'Hướng dẫn mới', source: 'Quyết định 9999/QĐ-BYT', validFrom: '2022-06-01' };
    const clash = await post(admin, next);
    expect(clash.statusCode, clash.body).toBe(422);
    expect(fieldsOf(clash)).toEqual([{ field: 'validFrom', message: 'Thời gian hiệu lực trùng với bộ tiêu chí "218/QĐ-BYT" (27/01/2022 – nay)' }]);
    expect((await patch(admin, ids.d218, { validTo: '2022-01-01' })).statusCode).toBe(422);
    expect((await patch(admin, ids.d218, { validTo: '2022-06-01' })).statusCode).toBe(200);
    const res = await post(admin, next);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ code: '9999/QĐ-BYT', province: null, basedOn: { id: ids.d218, code: '218/QĐ-BYT' }, validTo: null });
    expect(res.json().definition).toEqual(base.definition);
    expect(res.json().toConfirm).toEqual(base.toConfirm);
    // a brand-new set needs its rules
    const bare = await post(admin, { code: 'X', name: 'X', source: 'X', validFrom: '2030-01-01' });
    expect(fieldsOf(bare).map((f) => f.field)).toEqual(['definition', 'measures']);
    // restore the presets' validity for what follows
    await t.db.query({ text: 'delete from level_rule_set where id = $1', values: [res.json().id] });
    expect((await patch(admin, ids.d218, { validTo: null })).statusCode).toBe(200);
  });

  it('is written only by those the contract names', async () => {
    expect((await patch(clerk, ids.d218, { note: 'x' })).statusCode).toBe(403);
    expect((await patch(province, ids.d218, { note: 'x' })).statusCode).toBe(403);
    expect((await post(district, { basedOnId: ids.d218 })).statusCode).toBe(403);
    expect((await post(clerk, { basedOnId: ids.d218 })).statusCode).toBe(403);
    const noBase = await post(province, {});
    expect(noBase.statusCode).toBe(422);
    expect(fieldsOf(noBase)[0]!.field).toBe('basedOnId');
  });
});

describe("a province's adjusted rules", () => {
  let copy: RuleSetJson;

  it('are a copy of a national set for the province, named after it, keeping its marks', async () => {
    const clientId = randomUUID();
    const res = await post(province, { basedOnId: ids.d218, clientId });
    expect(res.statusCode, res.body).toBe(201);
    copy = res.json();
    // a retried create returns the copy already made
    const retried = await post(province, { basedOnId: ids.d218, clientId });
    expect(retried.statusCode, retried.body).toBe(201);
    expect(retried.json().id).toBe(copy.id);
    expect(await t.db.query({ text: `select id from level_rule_set where unit_id = $1`, values: [u.quangNinh] })).toHaveLength(1);
    const base = await ruleSet(admin, ids.d218);
    expect(copy).toMatchObject({
      code: '218/QĐ-BYT (Quảng Ninh)',
      province: { id: u.quangNinh, name: 'Quảng Ninh' },
      basedOn: { id: ids.d218 },
      validFrom: '2022-01-27',
      validTo: null,
      toConfirm: base.toConfirm,
      canEdit: true,
      canConfirm: false,
    });
    expect(copy.name).toContain('điều chỉnh của Tỉnh Quảng Ninh');
    expect(copy.measures).toEqual(base.measures);
    // one copy per period: a second overlaps the first
    const again = await post(provinceAdmin, { basedOnId: ids.d218 });
    expect(fieldsOf(again)[0]).toEqual({ field: 'validFrom', message: 'Thời gian hiệu lực trùng với bộ tiêu chí "218/QĐ-BYT (Quảng Ninh)" (27/01/2022 – nay)' });
    // only from the Ministry's sets
    const ofCopy = await post(province, { basedOnId: copy.id, validFrom: '2021-01-01', validTo: '2021-02-01' });
    expect(fieldsOf(ofCopy)[0]!.field).toBe('basedOnId');
  });

  it('are seen by the people of the province and the nation, by nobody else', async () => {
    const haNoi = await t.db.query<{ id: number }>({
      text: `insert into level_rule_set (code, name, source, unit_id, based_on_id, valid_from, definition, measures)
             select '218-HN', 'Hà Nội', source, $1, id, valid_from, definition, measures from level_rule_set where id = $2 returning id`,
      values: [u.haNoi, ids.d218],
    });
    const codes = async (s: Session) => ((await get(s, '/api/level-rule-sets')).json() as RuleSetJson[]).map((r) => r.code);
    expect(await codes(clerk)).toEqual(['218/QĐ-BYT', '4800/QĐ-BYT', '218/QĐ-BYT (Quảng Ninh)']);
    expect(await codes(admin)).toEqual(['218/QĐ-BYT', '4800/QĐ-BYT', '218-HN', '218/QĐ-BYT (Quảng Ninh)']);
    expect((await get(province, `/api/level-rule-sets/${haNoi[0]!.id}`)).statusCode).toBe(404);
    expect((await patch(province, haNoi[0]!.id, { note: 'x' })).statusCode).toBe(404);
    expect((await ruleSet(district, copy.id)).canEdit).toBe(false);
    expect((await patch(district, copy.id, { note: 'x' })).statusCode).toBe(403);
    // the nation reads a province's rules but does not change them
    expect((await patch(admin, copy.id, { note: 'x' })).statusCode).toBe(403);
    await t.db.query({ text: 'delete from level_rule_set where id = $1', values: [haNoi[0]!.id] });
  });

  it('take measures and thresholds of their own; a changed value is no longer "to be confirmed", others stay', async () => {
    const measures = structuredClone(copy.measures);
    measures['3']![0] = { area: 'gatherings', status: 'closed', vi: 'Dừng lễ hội, sự kiện đông người trên địa bàn tỉnh', en: 'Festivals and crowded events stopped in the province' };
    measures['3']!.push({ area: 'other', status: 'limited', vi: 'Khu du lịch Vịnh Hạ Long đón khách nội tỉnh', en: 'Ha Long Bay open to visitors from the province' });
    const definition = structuredClone(copy.definition);
    definition.caseRate.thresholds = [20, 100, 600];
    const res = await patch(province, copy.id, { measures, definition });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as RuleSetJson;
    expect(after.measures['3']![0]!.vi).toBe('Dừng lễ hội, sự kiện đông người trên địa bàn tỉnh');
    expect(after.measures['3']).toHaveLength(measures['3']!.length);
    expect(after.toConfirm).not.toContain('caseRate.thresholds.1');
    expect(after.toConfirm).toContain('matrix.met');
    // confirming is for the nation
    const confirm = await patch(province, copy.id, { toConfirm: after.toConfirm.filter((p) => p !== 'matrix.met') });
    expect(confirm.statusCode).toBe(403);
    expect(confirm.json().error.message).toContain('matrix.met');
    const audit = await t.db.query<{ unit_id: number }>({
      text: `select unit_id from audit_log where entity = 'level_rule_set' and entity_id = $1 order by id`, values: [String(copy.id)],
    });
    expect(audit.map((a) => a.unit_id)).toEqual([u.quangNinh, u.quangNinh]);
    copy = after;
  });

  it("lose a mark when the nation confirms the value they still share with the Ministry's set", async () => {
    const national = await ruleSet(admin, ids.d218);
    const confirmed = ['matrix.met', 'capacity.freeBedsPer100kMin'];
    const res = await patch(admin, ids.d218, { toConfirm: national.toConfirm.filter((p) => !confirmed.includes(p)) });
    expect(res.statusCode, res.body).toBe(200);
    const after = await ruleSet(province, copy.id);
    expect(after.toConfirm).toEqual(copy.toConfirm.filter((p) => !confirmed.includes(p)));
    // a value of the province's own is not confirmed by the Ministry's
    const setOwn = await patch(province, copy.id, { definition: { ...after.definition, matrix: { met: [1, 2, 4, 4], notMet: [2, 3, 4, 4] } }, toConfirm: [...after.toConfirm, 'matrix.met'] });
    expect(setOwn.statusCode, setOwn.body).toBe(200);
    expect(setOwn.json().toConfirm).toContain('matrix.met');
  });

  it('are the rules in force for the units of the province from their first day', async () => {
    const inForce = async (s: Session, q: string) => get(s, `/api/level-rule-sets/in-force${q}`);
    expect((await inForce(clerk, '?date=2022-02-10')).json().id).toBe(copy.id);
    expect((await inForce(clerk, '?date=2022-01-26')).json().code).toBe('4800/QĐ-BYT');
    // default: the user's unit, today (10/12/2021)
    expect((await inForce(clerk, '')).json().code).toBe('4800/QĐ-BYT');
    expect((await inForce(admin, `?unitId=${u.phucXa}&date=2022-02-10`)).json().code).toBe('218/QĐ-BYT');
    expect((await inForce(admin, `?unitId=${u.hongGai}&date=2022-02-10`)).json().id).toBe(copy.id);
    const none = await inForce(admin, '?date=2021-10-11');
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toBe('Không có bộ tiêu chí cấp độ dịch nào có hiệu lực vào ngày 11/10/2021');
    expect((await inForce(clerk, `?unitId=${u.phucXa}`)).statusCode).toBe(404);
  });

  it('show how many unit-weeks were assessed under them', async () => {
    await t.db.query({
      text: `insert into level_assessment (week, unit_id, rule_set_id, level, inputs, reasons, assessed_at) values ('2022-02-07', $1, $2, 2, '{}', '{}', now())`,
      values: [u.hongGai, copy.id],
    });
    expect((await ruleSet(province, copy.id)).assessments).toBe(1);
    // and may still be changed: the assessed weeks keep their result until assessed again
    expect((await patch(province, copy.id, { note: 'Áp dụng từ tuần 07/02/2022' })).statusCode).toBe(200);
  });
});
