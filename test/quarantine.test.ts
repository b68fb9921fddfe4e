import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { TEST_TODAY } from './helpers/constants.ts';
import { addF1, addFacility, addPerson, addTest } from './helpers/quarantine-fixtures.ts';

let t: TestApp;
let hongGai: number;
let clerk: Session;
let officer: Session;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  clerk = await t.login('xa.honggai');
  officer = await t.login('tp.halong');
  admin = await t.login('trunguong');
});
afterAll(() => t.close());

const post = (s: Session, url: string, payload: object) => s.request({ method: 'POST', url, payload });
const get = (s: Session, url: string) => s.request({ method: 'GET', url });
const fieldsOf = (res: { json(): { error: { fields?: { field: string }[] } } }) => res.json().error.fields?.map((f) => f.field);

async function followup(date = TEST_TODAY) {
  const res = await get(clerk, `/api/followup?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('quarantine by the policy in force on the exposure date', () => {
  it('keeps a fully vaccinated F1 exposed in December 2021 at home for 7 days, tests on days 1 and 7', async () => {
    const { f1, contactId } = await addF1(t.db, hongGai, 'Nguyễn Văn An', '2021-12-09');
    const res = await post(clerk, '/api/quarantines', { personId: f1, fullyVaccinated: true });
    expect(res.statusCode, res.body).toBe(201);
    const q = res.json();
    expect(q).toMatchObject({
      place: 'home', startDate: TEST_TODAY, plannedEnd: '2021-12-16', endDate: '2021-12-16', contactId,
      testDates: ['2021-12-10', '2021-12-16'], status: 'active', day: 1, days: 7,
    });
    expect(q.person.fullName).toBe('Nguyễn Văn An');
    // asked again: the same quarantine, not a second one
    const again = await post(clerk, '/api/quarantines', { personId: f1, fullyVaccinated: true });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(q.id);
    const audit = await t.db.query({ text: `select 1 from audit_log where entity = 'quarantine' and entity_id = $1 and action = 'create'`, values: [String(q.id)] });
    expect(audit).toHaveLength(1);
  });

  it('applies the rule of the exposure date, not the start date: 14 days centralised for an exposure in November', async () => {
    const { f1 } = await addF1(t.db, hongGai, 'Trần Thị Bình', '2021-11-30');
    const home = await post(clerk, '/api/quarantines', { personId: f1, fullyVaccinated: true, startDate: '2021-12-02' });
    expect(home.statusCode).toBe(422);
    expect(fieldsOf(home)).toEqual(['facilityId']);
    const site = await addFacility(t.db, hongGai, 'quarantine', 1);
    const res = await post(clerk, '/api/quarantines', { personId: f1, fullyVaccinated: true, startDate: '2021-12-02', facilityId: site });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ place: 'centralised', endDate: '2021-12-15', testDates: ['2021-12-02', '2021-12-08', '2021-12-15'], day: 9, days: 14 });
    expect(res.json().facility.id).toBe(site);

    // the site has one bed: the next person is refused with a clear message
    const other = await addF1(t.db, hongGai, 'Lê Văn Cường', '2021-11-29');
    const full = await post(clerk, '/api/quarantines', { personId: other.f1, fullyVaccinated: false, facilityId: site });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.message).toMatch(/hết giường \(1\/1\)/);
    expect(fieldsOf(full)).toEqual(['facilityId']);
  });

  it('needs a degree and an exposure when the person is not in the contact graph', async () => {
    const id = await addPerson(t.db, hongGai, 'Phạm Dũng');
    const res = await post(clerk, '/api/quarantines', { personId: id, fullyVaccinated: true });
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(['exposureDate']);
    const noDegree = await post(clerk, '/api/quarantines', { personId: id, fullyVaccinated: true, exposureDate: '2021-12-08' });
    expect(fieldsOf(noDegree)).toEqual(['degree']);
    const f2 = await post(clerk, '/api/quarantines', { personId: id, fullyVaccinated: true, exposureDate: '2021-12-08', degree: 2 });
    expect(f2.statusCode, f2.body).toBe(201);
    expect(f2.json()).toMatchObject({ place: 'home', endDate: '2021-12-16', testDates: ['2021-12-16'] });
  });
});

describe('daily follow-up', () => {
  it('lists who to check, who is due a test (and overdue) and who ends today', async () => {
    let list = await followup();
    const an = list.items.find((i: { person: { fullName: string } }) => i.person.fullName === 'Nguyễn Văn An');
    expect(an).toMatchObject({ degree: 1, place: 'home', day: 1, days: 7, testDueToday: true, overdueTests: [], endsToday: false, checkedToday: false });
    expect(an.phone).toBe('0912345678');
    const binh = list.items.find((i: { person: { fullName: string } }) => i.person.fullName === 'Trần Thị Bình');
    expect(binh).toMatchObject({ day: 9, testDueToday: false, overdueTests: ['2021-12-02', '2021-12-08'] });
    expect(list.totals).toMatchObject({ people: 3, toCheck: 3, checked: 0, testsDue: 2, endingToday: 0 });

    // a sample on 09/12 covers every test day before it; today's sample clears today's test
    const binhPerson = binh.person.id as number;
    await addTest(t.db, binhPerson, hongGai, '2021-12-09T02:00:00Z');
    await addTest(t.db, an.person.id, hongGai, '2021-12-10T01:00:00Z');
    list = await followup();
    expect(list.items.find((i: { quarantineId: number }) => i.quarantineId === binh.quarantineId).overdueTests).toEqual([]);
    expect(list.items.find((i: { quarantineId: number }) => i.quarantineId === an.quarantineId)).toMatchObject({ testDueToday: false, testTakenToday: true });
    expect(list.totals.testsDue).toBe(0);

    // on the last day: due a test and ending
    const last = await followup('2021-12-16');
    expect(last.items.find((i: { quarantineId: number }) => i.quarantineId === an.quarantineId)).toMatchObject({ day: 7, testDueToday: true, endsToday: true });
    expect(last.totals.endingToday).toBe(2);
  });

  it('records one check per person and day: posting the same day again updates it', async () => {
    const { items } = await followup();
    const id = items[0].quarantineId as number;
    const url = `/api/followup/${id}/checks`;
    const clientId = '6f1c7a52-4c1e-4b7a-9a55-0c61c5d0a001';
    const first = await post(clerk, url, { day: TEST_TODAY, outcome: 'well', temperature: 36.8, clientId });
    expect(first.statusCode, first.body).toBe(201);
    const retry = await post(clerk, url, { day: TEST_TODAY, outcome: 'well', temperature: 36.8, clientId });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    const second = await post(clerk, url, { outcome: 'symptoms', note: 'Ho, sốt nhẹ' });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ id: first.json().id, outcome: 'symptoms', temperature: null });
    const rows = await t.db.query({ text: 'select * from followup_check where quarantine_id = $1', values: [id] });
    expect(rows).toHaveLength(1);
    const list = await followup();
    expect(list.items.find((i: { quarantineId: number }) => i.quarantineId === id)).toMatchObject({ checkedToday: true, todayCheck: { outcome: 'symptoms' } });
    expect(list.totals).toMatchObject({ checked: 1, toCheck: 2 });

    const future = await post(clerk, url, { day: '2021-12-11', outcome: 'well' });
    expect(future.statusCode).toBe(422);
    expect(fieldsOf(future)).toEqual(['day']);
    const audits = await t.db.query({ text: `select 1 from audit_log where entity = 'followup_check' and action = 'check'`, values: [] });
    expect(audits).toHaveLength(2);
  });

  it('exports the list', async () => {
    const res = await get(clerk, `/api/followup?format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.body).toContain('Nguyễn Văn An');
    const xlsx = await get(clerk, `/api/quarantines?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/\.xlsx/);
  });
});

describe('adjusting and releasing', () => {
  it('lets an officer, not a clerk, shorten or extend a quarantine, with a reason', async () => {
    const { items } = (await get(clerk, '/api/quarantines?status=active')).json();
    const q = items.find((i: { person: { fullName: string } }) => i.person.fullName === 'Nguyễn Văn An');
    const url = `/api/quarantines/${q.id}/adjust`;
    expect((await post(clerk, url, { endDate: TEST_TODAY, reason: 'Kết quả âm tính' })).statusCode).toBe(403);
    const noReason = await post(officer, url, { endDate: TEST_TODAY, reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(fieldsOf(noReason)).toEqual(['reason']);
    const before = await post(officer, url, { endDate: '2021-12-01', reason: 'Sai' });
    expect(fieldsOf(before)).toEqual(['endDate']);
    const res = await post(officer, url, { endDate: TEST_TODAY, reason: 'Hai lần xét nghiệm âm tính' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ endDate: TEST_TODAY, plannedEnd: '2021-12-16', adjustReason: 'Hai lần xét nghiệm âm tính', testDates: [TEST_TODAY] });
    expect((await followup()).totals.endingToday).toBe(1);
    const audit = await t.db.query<{ before: { endDate: string }; after: { endDate: string } }>({
      text: `select before, after from audit_log where entity = 'quarantine' and action = 'adjust' and entity_id = $1`, values: [String(q.id)],
    });
    expect(audit[0]).toMatchObject({ before: { endDate: '2021-12-16' }, after: { endDate: TEST_TODAY } });
  });

  it('releases: a clerk on the end date, only an officer before it', async () => {
    const { items } = (await get(clerk, '/api/quarantines?status=active&place=home')).json();
    const ending = items.find((i: { endDate: string }) => i.endDate === TEST_TODAY);
    const notYet = items.find((i: { endDate: string }) => i.endDate > TEST_TODAY);
    expect((await post(clerk, `/api/quarantines/${notYet.id}/release`, {})).statusCode).toBe(403);
    expect((await post(clerk, `/api/quarantines/${ending.id}/release`, { date: '2021-12-11' })).statusCode).toBe(422);
    const res = await post(clerk, `/api/quarantines/${ending.id}/release`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'released', releasedOn: TEST_TODAY });
    expect((await post(clerk, `/api/quarantines/${ending.id}/release`, {})).statusCode).toBe(409);
    expect((await followup()).items.map((i: { quarantineId: number }) => i.quarantineId)).not.toContain(ending.id);
  });
});

describe('quarantine policies', () => {
  const policy = {
    name: 'F3: tự theo dõi 7 ngày', source: 'Thử nghiệm', validFrom: '2021-12-01', validTo: null, degree: 3,
    vaccination: 'any', place: 'home', days: 7, testDays: [7], monitorDays: 0,
  };

  it('lists the presets to everyone', async () => {
    const res = await get(clerk, '/api/quarantine-policies');
    expect(res.statusCode).toBe(200);
    expect(res.json().length).toBeGreaterThanOrEqual(7);
  });

  it('lets a national administrator add and change them, without overlapping periods', async () => {
    const provinceOfficer = await t.login('tinh.quangninh');
    expect((await post(provinceOfficer, '/api/quarantine-policies', policy)).statusCode).toBe(403);
    const res = await post(admin, '/api/quarantine-policies', policy);
    expect(res.statusCode, res.body).toBe(201);
    const clash = await post(admin, '/api/quarantine-policies', { ...policy, validFrom: '2022-01-01' });
    expect(clash.statusCode).toBe(422);
    expect(fieldsOf(clash)).toEqual(['validFrom']);
    expect(clash.json().error.message).toContain('F3: tự theo dõi 7 ngày');
    const badDays = await post(admin, '/api/quarantine-policies', { ...policy, degree: 2, vaccination: 'full', validFrom: '2030-01-01', testDays: [9] });
    expect(fieldsOf(badDays)).toEqual(['testDays']);
    const id = res.json().id;
    const closed = await admin.request({ method: 'PATCH', url: `/api/quarantine-policies/${id}`, payload: { validTo: '2022-01-01' } });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await post(admin, '/api/quarantine-policies', { ...policy, validFrom: '2022-01-01' })).statusCode).toBe(201);
    const backwards = await admin.request({ method: 'PATCH', url: `/api/quarantine-policies/${id}`, payload: { validTo: '2021-11-01' } });
    expect(fieldsOf(backwards)).toEqual(['validTo']);
  });
});
