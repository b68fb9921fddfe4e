import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../src/domain/text.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';

let t: TestApp;
let clerk: Session;
let province: Session;
let hongGai: number;
let quangNinh: number;
let haLong: number;

async function person(name: string, extra: { nationalId?: string } = {}): Promise<number> {
  const rows = await t.db.query<{ id: number }>({
    text: `insert into person (full_name, search_name, unit_id, national_id) values ($1, $2, $3, $4) returning id`,
    values: [name, foldVietnamese(name), hongGai, extra.nationalId ?? null],
  });
  return rows[0]!.id;
}
async function quarantined(personId: number, place: 'home' | 'centralised') {
  await t.db.execute({
    text: `insert into quarantine (person_id, unit_id, place, start_date, planned_end, end_date) values ($1, $2, $3, '2021-12-05', '2021-12-11', '2021-12-11')`,
    values: [personId, hongGai, place],
  });
}
async function listedContact(source: number, personId: number) {
  await t.db.execute({
    text: `insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at) values ($1, $2, $3, 'household', '2021-12-04', '2021-12-05T02:00:00Z')`,
    values: [source, personId, hongGai],
  });
}
const post = (who: Session, url: string, payload: object) => who.request({ method: 'POST', url, payload });
const newCase = (personId: number, over: object = {}) => post(clerk, '/api/cases', { personId, confirmedAt: '2021-12-09T03:00:00Z', origin: 'domestic', ...over });

beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  haLong = await unitId(t.db, '193');
  quangNinh = await unitId(t.db, '22');
  clerk = await t.login('xa.honggai');
  province = await t.login('tinh.quangninh');
});
afterAll(() => t.close());

describe('classification at confirmation', () => {
  it('a contact in quarantine becomes a case: found in quarantine, the quarantine ends as became_case', async () => {
    const source = await person('Nguồn Lây');
    const f1 = await person('Người Cách Ly');
    await listedContact(source, f1);
    await quarantined(f1, 'home');
    const res = await post(clerk, '/api/tests', { personId: f1, kind: 'pcr', sampledAt: '2021-12-09T01:00:00Z', result: 'positive', resultAt: '2021-12-09T09:00:00Z' });
    expect(res.statusCode, res.body).toBe(201);
    const c = (await clerk.request({ method: 'GET', url: `/api/cases/${res.json().case.id}` })).json();
    expect(c.case.detection).toBe('quarantine');
    expect(c.quarantines).toEqual([expect.objectContaining({ status: 'became_case', releasedOn: '2021-12-09' })]);
    expect(c.contacts).toEqual([expect.objectContaining({ direction: 'source', degree: null, person: expect.objectContaining({ id: source, visible: true }) })]);
    const community = await newCase(await person('Người Cộng Đồng'));
    expect(community.json().case.detection).toBe('community');
  });

  it('the province setting changes the classification from its date', async () => {
    const home = await person('Cách Ly Nhà');
    await quarantined(home, 'home');
    const traced = await person('Chỉ Truy Vết');
    await listedContact(await person('Nguồn Hai'), traced);
    // default: any quarantine
    const cur = await province.request({ method: 'GET', url: `/api/provinces/${quangNinh}/case-classification` });
    expect(cur.json()).toMatchObject({ current: 'any_quarantine', isDefault: true });
    const put = (means: string, validFrom: string) =>
      province.request({ method: 'PUT', url: `/api/provinces/${quangNinh}/case-classification`, payload: { validFrom, quarantinedMeans: means } });
    expect((await put('centralised', '2021-12-01')).statusCode).toBe(200);
    expect((await newCase(home)).json().case.detection).toBe('community');
    expect((await put('traced_contact', '2021-12-10')).json().current).toBe('traced_contact');
    // confirmed before the new setting's date: still classified by the old one
    const early = await newCase(traced, { confirmedAt: '2021-12-09T10:00:00Z' });
    expect(early.json().case.detection).toBe('community');
    const traced2 = await person('Truy Vết Hai');
    await listedContact(await person('Nguồn Ba'), traced2);
    expect((await newCase(traced2, { confirmedAt: '2021-12-10T02:00:00Z' })).json().case.detection).toBe('quarantine');
    // not a province, or a district officer: refused
    expect((await province.request({ method: 'PUT', url: `/api/provinces/${haLong}/case-classification`, payload: { validFrom: '2021-12-10', quarantinedMeans: 'centralised' } })).statusCode).toBe(404);
    const district = await t.login('tp.halong');
    expect((await district.request({ method: 'PUT', url: `/api/provinces/${quangNinh}/case-classification`, payload: { validFrom: '2021-12-11', quarantinedMeans: 'centralised' } })).statusCode).toBe(403);
  });

  it('a person with an active case keeps it; a retried clientId makes no second case', async () => {
    const p = await person('Một Ca Thôi');
    const first = await newCase(p);
    expect(first.statusCode).toBe(201);
    const second = await newCase(p, { confirmedAt: '2021-12-10T01:00:00Z' });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ created: false, case: { id: first.json().case.id } });
  });
});

describe('status over time', () => {
  it('allowed transitions keep the case current; a facility must fit; nothing after death', async () => {
    const facility = async (kind: string, tier: number | null) =>
      (await t.db.query<{ id: number }>({ text: `insert into facility (unit_id, kind, name, tier, beds) values ($1, $2, $3, $4, 100) returning id`, values: [haLong, kind, `CS ${kind} ${tier}`, tier] }))[0]!.id;
    const t2 = await facility('treatment', 2);
    const site = await facility('quarantine', null);
    const id = (await newCase(await person('Bệnh Nhân'))).json().case.id;
    const status = (payload: object) => post(clerk, `/api/cases/${id}/status`, payload);
    const noFacility = await status({ status: 'hospital_t2', at: '2021-12-09T05:00:00Z' });
    expect(noFacility.statusCode).toBe(422);
    expect(noFacility.json().error.fields[0].field).toBe('facilityId');
    expect((await status({ status: 'hospital_t3', at: '2021-12-09T05:00:00Z', facilityId: t2 })).statusCode).toBe(422);
    expect((await status({ status: 'hospital_t2', at: '2021-12-09T01:00:00Z', facilityId: t2 })).json().error.fields[0].field).toBe('at');
    const moved = await status({ status: 'hospital_t2', at: '2021-12-09T05:00:00Z', facilityId: t2, note: 'Chuyển viện' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'hospital_t2', facilityId: t2 });
    expect((await status({ status: 'centralised', at: '2021-12-09T06:00:00Z', facilityId: site })).statusCode).toBe(200);
    expect((await status({ status: 'died', at: '2021-12-10T01:00:00Z' })).statusCode).toBe(200);
    const after = await status({ status: 'recovered', at: '2021-12-10T02:00:00Z' });
    expect(after.statusCode).toBe(422);
    expect(after.json().error.fields[0].message).toBe('Ca bệnh đã tử vong, không thể đổi tình trạng');
    const record = (await clerk.request({ method: 'GET', url: `/api/cases/${id}` })).json();
    expect(record.timeline.map((s: { status: string }) => s.status)).toEqual(['home_care', 'hospital_t2', 'centralised', 'died']);
    expect(record.case.facilityId).toBeNull();
    const views = await t.db.query({ text: `select 1 from audit_log where entity = 'person' and action = 'view' and entity_id = $1`, values: [String(record.person.id)] });
    expect(views.length).toBeGreaterThan(0);
  });
});

describe('the case batch (line listing)', () => {
  const row = (over: object) => ({ confirmedAt: '2021-12-09T03:00:00Z', origin: 'domestic', testKind: 'pcr', ...over });
  it('applies every row or none, with each bad row named', async () => {
    const known = await person('Đã Có Sẵn');
    const before = (await t.db.query<{ n: number }>({ text: 'select count(*)::int as n from covid_case', values: [] }))[0]!.n;
    const bad = await post(clerk, '/api/cases/batch', {
      unitId: hongGai,
      rows: [
        row({ personId: known }),
        row({ person: { fullName: 'Mới Một', unitId: hongGai, birthDate: '1990-01-01' } }),
        row({ testKind: 'antigen', symptoms: false, person: { fullName: 'Không Triệu Chứng', unitId: hongGai } }),
        row({}),
        row({ confirmedAt: '2021-12-12T00:00:00Z', personId: known }),
      ],
    });
    expect(bad.statusCode, bad.body).toBe(422);
    expect(bad.json().error.rows.map((r: { row: number; errors: { field: string }[] }) => [r.row, r.errors[0]!.field])).toEqual([
      [3, 'symptoms'], [4, 'personId'], [5, 'confirmedAt'],
    ]);
    const after = (await t.db.query<{ n: number }>({ text: 'select count(*)::int as n from covid_case', values: [] }))[0]!.n;
    expect(after).toBe(before);
    expect((await t.db.query({ text: `select 1 from person where full_name = 'Mới Một'`, values: [] })).length).toBe(0);
  });

  it('creates people or reuses them by national ID; a retry creates no duplicates', async () => {
    const byId = await person('Có Căn Cước', { nationalId: '022090001234' });
    const body = {
      unitId: hongGai,
      rows: [
        row({ clientId: '0b7c5c43-3c1a-4c55-9a4b-5a2f4d6b7c01', person: { fullName: 'Có Căn Cước', nationalId: '022090001234', unitId: hongGai } }),
        row({ clientId: '0b7c5c43-3c1a-4c55-9a4b-5a2f4d6b7c02', origin: 'imported', person: { clientId: '1b7c5c43-3c1a-4c55-9a4b-5a2f4d6b7c02', fullName: 'Nhập Cảnh Mới', unitId: hongGai, birthDate: '1985-05-05' } }),
      ],
    };
    const first = await post(clerk, '/api/cases/batch', body);
    expect(first.statusCode, first.body).toBe(200);
    const cases = first.json().cases;
    expect(cases[0]).toMatchObject({ row: 1, personId: byId, created: true });
    const again = await post(clerk, '/api/cases/batch', body);
    expect(again.json().cases.map((c: { caseId: number }) => c.caseId)).toEqual(cases.map((c: { caseId: number }) => c.caseId));
    expect((await t.db.query({ text: `select 1 from person where full_name = 'Nhập Cảnh Mới'`, values: [] })).length).toBe(1);
  });
});

describe('the case list', () => {
  it('searches names without accents, filters and exports', async () => {
    const p = await person('Nguyễn Thị Tìm Kiếm');
    const id = (await newCase(p, { origin: 'imported' })).json().case.id;
    const find = async (qs: string) => (await clerk.request({ method: 'GET', url: `/api/cases?${qs}` })).json();
    expect((await find('q=nguyen thi tim kiem')).items.map((c: { id: number }) => c.id)).toEqual([id]);
    expect((await find('q=Nguyễn Thị Tìm')).total).toBe(1);
    expect((await find('q=tim kiem&origin=domestic')).total).toBe(0);
    expect((await find('origin=imported&status=active&from=2021-12-09&to=2021-12-09')).items.map((c: { id: number }) => c.id)).toContain(id);
    const xlsx = await clerk.request({ method: 'GET', url: '/api/cases?q=tim%20kiem&format=xlsx' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    // another district does not see it
    const uongBi = await t.db.query<{ id: number }>({ text: `select id from org_unit where code = '196'`, values: [] });
    const other = await t.login('tinh.quangninh');
    expect((await other.request({ method: 'GET', url: `/api/cases?unitId=${uongBi[0]!.id}&q=tim kiem` })).json().total).toBe(0);
  });
});

describe('clusters', () => {
  it('groups cases, counts them and closes with a date', async () => {
    const c = await post(clerk, '/api/clusters', { unitId: hongGai, name: 'Ổ dịch chợ Hồng Gai', place: 'Chợ Hồng Gai', openedOn: '2021-12-05' });
    expect(c.statusCode, c.body).toBe(201);
    const id = c.json().id;
    const k = (await newCase(await person('Ca Ổ Dịch'), { clusterId: id })).json().case.id;
    const other = (await newCase(await person('Ca Gắn Sau'))).json().case.id;
    const patched = await clerk.request({ method: 'PATCH', url: `/api/cases/${other}`, payload: { clusterId: id, infectedPlace: 'Chợ' } });
    expect(patched.json()).toMatchObject({ clusterId: id, infectedPlace: 'Chợ', clusterName: 'Ổ dịch chợ Hồng Gai' });
    const detail = (await clerk.request({ method: 'GET', url: `/api/clusters/${id}` })).json();
    expect(detail).toMatchObject({ cases: 2, activeCases: 2, byStatus: { home_care: 2 } });
    expect(detail.caseList.map((x: { id: number }) => x.id).sort()).toEqual([k, other].sort());
    const bad = await clerk.request({ method: 'PATCH', url: `/api/clusters/${id}`, payload: { status: 'closed', closedOn: '2021-12-01' } });
    expect(bad.json().error.fields[0].field).toBe('closedOn');
    const closed = await clerk.request({ method: 'PATCH', url: `/api/clusters/${id}`, payload: { status: 'closed' } });
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2021-12-10' });
    expect((await clerk.request({ method: 'GET', url: '/api/clusters?status=closed' })).json().map((x: { id: number }) => x.id)).toContain(id);
  });
});
