import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_LINKS } from '../src/server/modules/people/merge.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';

let t: TestApp;
let clerk: Session;
let district: Session;
let hongGai: number;
let bachDang: number;
let vangDanh: number;

beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  bachDang = await unitId(t.db, '06694');
  vangDanh = await unitId(t.db, '06808');
  clerk = await t.login('xa.honggai');
  district = await t.login('tp.halong');
});
afterAll(() => t.close());

const post = (s: Session, url: string, payload: unknown) => s.request({ method: 'POST', url, payload: payload as object });

async function create(s: Session, body: Record<string, unknown>) {
  const res = await post(s, '/api/people', { unitId: s.unitId, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

const auditCount = async (action: string, entityId: number) =>
  (await t.db.query<{ n: number }>({ text: `select count(*)::int as n from audit_log where entity = 'person' and action = $1 and entity_id = $2`, values: [action, String(entityId)] }))[0]!.n;

describe('people register: duplicates', () => {
  it('refuses the same national ID, showing the record in scope and masking it elsewhere', async () => {
    const id = await create(clerk, { fullName: 'Phạm Văn Đức', nationalId: '022190000001', birthDate: '1990-01-02' });
    const again = await post(clerk, '/api/people', { unitId: hongGai, fullName: 'Pham Duc', nationalId: '022 190 000 001' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('duplicate_national_id');
    expect(again.json().error.candidates[0].person).toMatchObject({ id, visible: true, fullName: 'Phạm Văn Đức' });
    // a Uông Bí officer learns only that the number is taken elsewhere
    const province = await t.login('tinh.quangninh');
    await t.db.execute({ text: `update person set unit_id = $1 where id = $2`, values: [bachDang, id] });
    const uongBi = await post(clerk, '/api/people', { unitId: hongGai, fullName: 'X', nationalId: '022190000001' });
    expect(uongBi.statusCode).toBe(409);
    expect(uongBi.json().error.candidates[0].person).toMatchObject({ id, visible: false, fullName: null, birthDate: null, phone: null });
    expect(uongBi.body).not.toContain('Đức');
    // notDuplicateOf does not override the same ID
    const forced = await post(province, '/api/people', { unitId: hongGai, fullName: 'X', nationalId: '022190000001', notDuplicateOf: [id] });
    expect(forced.statusCode).toBe(409);
  });

  it('flags a similar name with the same birth date or phone, over the whole register', async () => {
    const a = await create(clerk, { fullName: 'Nguyễn Văn Ân', birthDate: '1985-03-04' });
    const byBirth = await post(clerk, '/api/people', { unitId: hongGai, fullName: 'Nguyen Van An', birthDate: '1985-03-04' });
    expect(byBirth.statusCode).toBe(409);
    expect(byBirth.json().error.code).toBe('possible_duplicate');
    expect(byBirth.json().error.candidates).toEqual([expect.objectContaining({ reason: 'name_birth', person: expect.objectContaining({ id: a }) })]);
    const b = await create(clerk, { fullName: 'Trần Thị Bích', phone: '0912345678' });
    const byPhone = await post(clerk, '/api/people', { unitId: hongGai, fullName: 'Tran Thi Bich', phone: '+84 912 345 678' });
    expect(byPhone.statusCode).toBe(409);
    expect(byPhone.json().error.candidates[0]).toMatchObject({ reason: 'name_phone', person: { id: b } });
    // a household sharing the phone is not a duplicate
    await create(clerk, { fullName: 'Trần Văn Cường', phone: '0912345678' });
    // the check endpoint reports the same without writing
    const check = await post(clerk, '/api/people/check', { unitId: hongGai, fullName: 'Nguyen Van An', birthDate: '1985-03-04' });
    expect(check.json().candidates.map((c: { person: { id: number } }) => c.person.id)).toEqual([a]);
    // checking an existing record leaves the record itself out
    const self = await post(clerk, '/api/people/check', { unitId: hongGai, fullName: 'Nguyễn Văn Ân', birthDate: '1985-03-04', personId: a });
    expect(self.json().candidates).toEqual([]);
    // a candidate in another district is found, masked
    const far = await t.db.query<{ id: number }>({
      text: `insert into person (full_name, search_name, birth_date, unit_id) values ('Lê Văn Tám', 'le van tam', '1970-07-07', $1) returning id`,
      values: [vangDanh],
    });
    const masked = await post(clerk, '/api/people', { unitId: hongGai, fullName: 'Le Van Tam', birthDate: '1970-07-07' });
    expect(masked.statusCode).toBe(409);
    expect(masked.json().error.candidates[0].person).toMatchObject({ id: Number(far[0]!.id), visible: false, fullName: null });
  });

  it('creates with "not a duplicate" and never flags that pair again', async () => {
    const a = await create(clerk, { fullName: 'Hoàng Văn Minh', birthDate: '2000-05-05' });
    const b = await create(clerk, { fullName: 'Hoang Van Minh', birthDate: '2000-05-05', notDuplicateOf: [a] });
    const pair = await t.db.query({ text: 'select 1 from person_distinct where person_a = $1 and person_b = $2', values: [a, b] });
    expect(pair.length).toBe(1);
    const dups = (await district.request({ method: 'GET', url: '/api/people/duplicates' })).json() as { a: { id: number }; b: { id: number } }[];
    expect(dups.some((d) => [d.a.id, d.b.id].includes(a))).toBe(false);
    // a third one is still flagged against both
    const third = await post(clerk, '/api/people', { unitId: hongGai, fullName: 'Hoàng Minh', birthDate: '2000-05-05' });
    expect(third.json().error.candidates.map((c: { person: { id: number } }) => c.person.id).sort()).toEqual([a, b].sort());
  });

  it('lists likely pairs for review and takes a "not a duplicate" mark', async () => {
    const a = await t.db.query<{ id: number }>({
      text: `insert into person (full_name, search_name, birth_date, unit_id) values ('Vũ Thị Lan', 'vu thi lan', '1999-09-09', $1), ('Vu Thi Lan', 'vu thi lan', '1999-09-09', $2) returning id`,
      values: [hongGai, bachDang],
    });
    const [x, y] = a.map((r) => Number(r.id)) as [number, number];
    const list = async (s: Session) => ((await s.request({ method: 'GET', url: '/api/people/duplicates' })).json() as { a: { id: number }; b: { id: number } }[]);
    expect((await list(district)).some((d) => d.a.id === x && d.b.id === y)).toBe(true);
    // the clerk sees only Hồng Gai: the pair crosses the commune boundary
    expect((await list(clerk)).some((d) => d.a.id === x)).toBe(false);
    const res = await post(district, `/api/people/${x}/distinct`, { otherId: y });
    expect(res.statusCode, res.body).toBe(204);
    expect((await list(district)).some((d) => d.a.id === x && d.b.id === y)).toBe(false);
    expect(await auditCount('mark_distinct', x)).toBe(1);
  });
});

describe('people register: search, view, edit', () => {
  it('finds "Nguyen Van A" as "Nguyễn Văn A", by ID or phone, within the scope only', async () => {
    const id = await create(clerk, { fullName: 'Nguyễn Văn A', nationalId: '022190000777', phone: '0987654321' });
    const search = async (s: Session, q: string) =>
      ((await s.request({ method: 'GET', url: `/api/people?q=${encodeURIComponent(q)}` })).json() as { items: { id: number }[] }).items.map((p) => p.id);
    expect(await search(clerk, 'Nguyen Van A')).toContain(id);
    expect(await search(clerk, 'van a')).toContain(id);
    expect(await search(clerk, '022190000777')).toEqual([id]);
    expect(await search(clerk, '0987 654 321')).toEqual([id]);
    expect(await search(district, 'Nguyen Van A')).toContain(id);
    await t.db.execute({ text: `insert into person (full_name, search_name, unit_id) values ('Xa Xôi Uông Bí', 'xa xoi uong bi', $1)`, values: [vangDanh] });
    expect(await search(district, 'Xa Xoi')).toEqual([]);
    expect(await search(await t.login('tinh.quangninh'), 'Xa Xoi').then((ids) => ids.length)).toBe(1);
  });

  it('audits every view, follows a merged id to the survivor and exports the list', async () => {
    const id = await create(clerk, { fullName: 'Đinh Văn Xem', birthDate: '1960-01-01' });
    const before = await auditCount('view', id);
    const res = await clerk.request({ method: 'GET', url: `/api/people/${id}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().person.fullName).toBe('Đinh Văn Xem');
    expect(await auditCount('view', id)).toBe(before + 1);
    const csv = await clerk.request({ method: 'GET', url: '/api/people?q=dinh%20van%20xem&format=csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Đinh Văn Xem');
    const xlsx = await clerk.request({ method: 'GET', url: '/api/people?format=xlsx' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('edits with before and after in the audit log, refusing a taken national ID', async () => {
    const a = await create(clerk, { fullName: 'Lý Văn Sửa', nationalId: '022190000888' });
    const b = await create(clerk, { fullName: 'Lý Thị Khác' });
    const res = await clerk.request({ method: 'PATCH', url: `/api/people/${b}`, payload: { phone: '0911 222 333', address: 'Tổ 1' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ phone: '0911222333', address: 'Tổ 1', fullName: 'Lý Thị Khác' });
    const taken = await clerk.request({ method: 'PATCH', url: `/api/people/${b}`, payload: { nationalId: '022190000888' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.candidates[0].person.id).toBe(a);
    const bad = await clerk.request({ method: 'PATCH', url: `/api/people/${b}`, payload: { phone: '12' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0].field).toBe('phone');
    const audit = await t.db.query<{ before: { phone: string | null }; after: { phone: string } }>({
      text: `select before, after from audit_log where entity = 'person' and action = 'update' and entity_id = $1`,
      values: [String(b)],
    });
    expect(audit).toEqual([expect.objectContaining({ before: expect.objectContaining({ phone: null }), after: expect.objectContaining({ phone: '0911222333' }) })]);
  });

  it('returns the first row for a retried clientId', async () => {
    const clientId = '3b241101-e2bb-4255-8caf-4136c566a962';
    const a = await create(clerk, { clientId, fullName: 'Mai Văn Lặp', birthDate: '1977-07-07' });
    const b = await create(clerk, { clientId, fullName: 'Mai Văn Lặp', birthDate: '1977-07-07' });
    expect(b).toBe(a);
  });
});

describe('people register: merge', () => {
  it('moves every test, case, contact, quarantine and trip to the survivor, audited', async () => {
    const keep = await create(clerk, { fullName: 'Đặng Văn Gộp', birthDate: '1980-08-08' });
    const other = await create(clerk, { fullName: 'Dang Van Gop', birthDate: '1980-08-08', phone: '0933444555', nationalId: '022180000999', notDuplicateOf: [keep] });
    const src = await create(clerk, { fullName: 'Nguồn Lây', birthDate: '1950-01-01' });
    const third = await create(clerk, { fullName: 'Người Thứ Ba', birthDate: '1951-01-01' });
    const q = (text: string, values: unknown[]) => t.db.query<{ id: number }>({ text, values });
    const [test] = await q(`insert into lab_test (person_id, unit_id, kind, sampled_at, result) values ($1, $2, 'pcr', now(), 'positive') returning id`, [other, hongGai]);
    const [kase] = await q(`insert into covid_case (person_id, unit_id, confirmed_at, detection, status_since) values ($1, $2, now(), 'community', now()) returning id`, [other, hongGai]);
    // both were listed as contacts of `src` (one kept), the other exposed `third`, and the two exposed each other
    await q(`insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at) values ($1, $2, $3, 'household', '2021-12-01', now())`, [src, keep, hongGai]);
    const [dupContact] = await q(`insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at) values ($1, $2, $3, 'household', '2021-12-01', now()) returning id`, [src, other, hongGai]);
    await q(`insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at) values ($1, $2, $3, 'workplace', '2021-12-02', now())`, [other, third, hongGai]);
    await q(`insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at) values ($1, $2, $3, 'workplace', '2021-12-02', now())`, [keep, other, hongGai]);
    const [quar] = await q(`insert into quarantine (person_id, unit_id, contact_id, place, start_date, planned_end, end_date) values ($1, $2, $3, 'home', '2021-12-02', '2021-12-08', '2021-12-08') returning id`, [other, hongGai, dupContact!.id]);
    const [trip] = await q(`insert into transport (unit_id, kind, code, departed_at) values ($1, 'bus', '14B-001', now()) returning id`, [hongGai]);
    await q(`insert into transport_passenger (transport_id, person_id) values ($1, $2), ($1, $3)`, [trip!.id, keep, other]);

    const res = await district.request({ method: 'POST', url: `/api/people/${keep}/merge`, payload: { otherId: other } });
    expect(res.statusCode, res.body).toBe(200);
    // empty fields filled from the merged record
    expect(res.json().person).toMatchObject({ id: keep, fullName: 'Đặng Văn Gộp', phone: '0933444555', nationalId: '022180000999' });
    const owner = async (table: string, id: number) => (await q(`select person_id as id from ${table} where id = $1`, [id]))[0]!.id;
    expect(Number(await owner('lab_test', test!.id))).toBe(keep);
    expect(Number(await owner('covid_case', kase!.id))).toBe(keep);
    expect(Number(await owner('quarantine', quar!.id))).toBe(keep);
    const contacts = await t.db.query<{ s: number; p: number }>({
      text: `select source_person_id as s, person_id as p from contact where $1 in (source_person_id, person_id) or $2 in (source_person_id, person_id) order by id`,
      values: [keep, other],
    });
    expect(contacts.map((c) => [Number(c.s), Number(c.p)])).toEqual([[src, keep], [keep, third]]);
    // the quarantine that pointed at the dropped duplicate contact points at the kept one
    const qc = await t.db.query<{ c: number }>({ text: `select q.contact_id as c from quarantine q where q.id = $1`, values: [quar!.id] });
    const kept = await q(`select id from contact where source_person_id = $1 and person_id = $2`, [src, keep]);
    expect(Number(qc[0]!.c)).toBe(Number(kept[0]!.id));
    const trips = await q(`select person_id as id from transport_passenger where transport_id = $1`, [trip!.id]);
    expect(trips.map((r) => Number(r.id))).toEqual([keep]);
    // the merged id opens the survivor
    const view = await district.request({ method: 'GET', url: `/api/people/${other}` });
    expect(view.json()).toMatchObject({ person: { id: keep }, mergedFrom: other });
    expect(view.json().linked.tests.length).toBe(1);
    expect(view.json().linked.cases.length).toBe(1);
    // merged records are not listed
    const list = (await district.request({ method: 'GET', url: '/api/people?q=gop' })).json() as { items: { id: number }[] };
    expect(list.items.map((p) => p.id)).toEqual([keep]);
    const audit = await t.db.query<{ before: { merged: { id: number } }; after: { mergedId: number } }>({
      text: `select before, after from audit_log where entity = 'person' and action = 'merge' and entity_id = $1`,
      values: [String(keep)],
    });
    expect(audit.length).toBe(1);
    expect(audit[0]!.before.merged.id).toBe(other);
    expect(audit[0]!.after.mergedId).toBe(other);
    // a clerk may not merge
    const byClerk = await clerk.request({ method: 'POST', url: `/api/people/${keep}/merge`, payload: { otherId: src } });
    expect(byClerk.statusCode).toBe(403);
  });

  it('knows every table that points at a person', async () => {
    const fks = await t.db.query<{ table: string; column: string }>({
      text: `select cl.relname as table, a.attname as column
             from pg_constraint c join pg_class cl on cl.oid = c.conrelid
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
             where c.contype = 'f' and c.confrelid = 'person'::regclass order by 1, 2`,
      values: [],
    });
    const handled = new Set([
      ...PERSON_LINKS.map((l) => `${l.table}.${l.column}`),
      'contact.person_id', 'contact.source_person_id', 'person.merged_into', 'person_distinct.person_a', 'person_distinct.person_b',
    ]);
    expect(fks.map((f) => `${f.table}.${f.column}`).filter((k) => !handled.has(k))).toEqual([]);
  });
});
