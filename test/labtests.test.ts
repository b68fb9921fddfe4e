import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';

let t: TestApp;
let clerk: Session;
let hongGai: number;
let vangDanh: number;

/** A person living in `unit`, straight into the register. */
async function person(name: string, unit = hongGai): Promise<number> {
  const rows = await t.db.query<{ id: number }>({
    text: `insert into person (full_name, search_name, unit_id) values ($1, lower($1), $2) returning id`,
    values: [name, unit],
  });
  return rows[0]!.id;
}
const casesOf = async (personId: number) =>
  (await t.db.query<{ id: number }>({ text: 'select id from covid_case where person_id = $1', values: [personId] })).length;
const post = (url: string, payload: object) => clerk.request({ method: 'POST', url, payload });
const patch = (url: string, payload: object) => clerk.request({ method: 'PATCH', url, payload });

beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  vangDanh = await unitId(t.db, '06808');
  clerk = await t.login('xa.honggai');
});
afterAll(() => t.close());

describe('tests and the case rule', () => {
  it('a positive PCR makes a case; a negative one does not', async () => {
    const a = await person('Nguyễn Văn Dương');
    const b = await person('Trần Thị Âm');
    const pos = await post('/api/tests', { personId: a, kind: 'pcr', sampledAt: '2021-12-09T01:00:00Z', result: 'positive', resultAt: '2021-12-09T10:00:00Z', lab: 'CDC Quảng Ninh' });
    expect(pos.statusCode, pos.body).toBe(201);
    expect(pos.json().case.id).toBeGreaterThan(0);
    expect(pos.json().test.unitId).toBe(hongGai);
    const neg = await post('/api/tests', { personId: b, kind: 'pcr', sampledAt: '2021-12-09T01:00:00Z', result: 'negative', resultAt: '2021-12-09T10:00:00Z' });
    expect(neg.json().case).toBeNull();
    expect(await casesOf(b)).toBe(0);
    const c = (await t.db.query<{ confirming_test_id: number; rule_version: number }>({ text: 'select confirming_test_id, rule_version from covid_case where person_id = $1', values: [a] }))[0]!;
    expect(c).toEqual({ confirming_test_id: pos.json().test.id, rule_version: 1 });
  });

  it('an antigen test confirms only with symptoms under rule v1; a pending result confirms on entry', async () => {
    const a = await person('Lê Văn Nhanh');
    const noSymptoms = await post('/api/tests', { personId: a, kind: 'antigen', sampledAt: '2021-12-09T01:00:00Z', result: 'positive', resultAt: '2021-12-09T01:20:00Z' });
    expect(noSymptoms.json().case).toBeNull();
    const pending = await post('/api/tests', { personId: a, kind: 'antigen', sampledAt: '2021-12-10T01:00:00Z', symptoms: true });
    expect(pending.json().test.result).toBe('pending');
    const entered = await patch(`/api/tests/${pending.json().test.id}/result`, { result: 'positive', resultAt: '2021-12-10T01:30:00Z' });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json().case.id).toBeGreaterThan(0);
    // once entered, a result is not entered again
    expect((await patch(`/api/tests/${pending.json().test.id}/result`, { result: 'negative', resultAt: '2021-12-10T02:00:00Z' })).statusCode).toBe(409);
  });

  it('a new rule version applies only from its date', async () => {
    const admin = await t.login('trunguong');
    const add = await admin.request({ method: 'POST', url: '/api/case-rules', payload: { validFrom: '2021-12-08', rule: { pcrPositive: true, antigenWithSymptoms: true, antigenAlone: true }, note: 'Test nhanh dương tính là F0' } });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json().version).toBe(2);
    // an older date than the latest version is refused
    const old = await admin.request({ method: 'POST', url: '/api/case-rules', payload: { validFrom: '2021-12-01', rule: { pcrPositive: true, antigenWithSymptoms: true, antigenAlone: false } } });
    expect(old.statusCode).toBe(422);
    expect(old.json().error.fields[0].field).toBe('validFrom');
    const before = await person('Phạm Văn Trước');
    const after = await person('Phạm Văn Sau');
    const r1 = await post('/api/tests', { personId: before, kind: 'antigen', sampledAt: '2021-12-07T01:00:00Z', result: 'positive', resultAt: '2021-12-07T01:20:00Z' });
    expect(r1.json().case).toBeNull();
    const r2 = await post('/api/tests', { personId: after, kind: 'antigen', sampledAt: '2021-12-08T01:00:00Z', result: 'positive', resultAt: '2021-12-08T01:20:00Z' });
    expect(r2.json().case.id).toBeGreaterThan(0);
    const version = await t.db.query<{ v: number }>({ text: 'select rule_version as v from covid_case where id = $1', values: [r2.json().case.id] });
    expect(version[0]!.v).toBe(2);
    expect((await clerk.request({ method: 'GET', url: '/api/case-rules' })).json().map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('times are checked and named; a retried create returns the same test', async () => {
    const a = await person('Hoàng Thị Thời');
    const future = await post('/api/tests', { personId: a, kind: 'pcr', sampledAt: '2021-12-11T01:00:00Z' });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['sampledAt']);
    const noTime = await post('/api/tests', { personId: a, kind: 'pcr', sampledAt: '2021-12-09T01:00:00Z', result: 'negative' });
    expect(noTime.json().error.fields[0]).toMatchObject({ field: 'resultAt', message: 'Cần thời điểm có kết quả' });
    const clientId = '7b3c7c2e-7d0f-4a4e-9d62-1c1f4b0c9a01';
    const first = await post('/api/tests', { clientId, personId: a, kind: 'pcr', sampledAt: '2021-12-09T01:00:00Z' });
    const again = await post('/api/tests', { clientId, personId: a, kind: 'pcr', sampledAt: '2021-12-09T01:00:00Z' });
    expect(again.json().test.id).toBe(first.json().test.id);
    const list = await clerk.request({ method: 'GET', url: `/api/tests?personId=${a}` });
    expect(list.json().total).toBe(1);
    const csv = await clerk.request({ method: 'GET', url: `/api/tests?personId=${a}&format=csv` });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Hoàng Thị Thời');
  });
});

describe('pooled samples', () => {
  it('a negative pool makes every member negative', async () => {
    const ids = [await person('Gộp Một'), await person('Gộp Hai'), await person('Gộp Ba')];
    const pool = await post('/api/test-pools', { unitId: hongGai, sampledAt: '2021-12-09T01:00:00Z', lab: 'CDC', personIds: ids });
    expect(pool.statusCode, pool.body).toBe(201);
    expect(pool.json().members).toBe(3);
    const res = await patch(`/api/test-pools/${pool.json().id}/result`, { result: 'negative', resultAt: '2021-12-09T12:00:00Z' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().memberList.map((m: { result: string }) => m.result)).toEqual(['negative', 'negative', 'negative']);
    expect(res.json().retestsDue).toBe(0);
  });

  it('a positive pool lists its members for re-tests and makes no case until an individual positive', async () => {
    const ids = [await person('Gộp Dương Một'), await person('Gộp Dương Hai')];
    const pool = (await post('/api/test-pools', { unitId: hongGai, sampledAt: '2021-12-09T01:00:00Z', personIds: ids })).json();
    const res = (await patch(`/api/test-pools/${pool.id}/result`, { result: 'positive', resultAt: '2021-12-09T12:00:00Z' })).json();
    expect(res.memberList.map((m: { result: string; retestDue: boolean }) => [m.result, m.retestDue])).toEqual([['pool_positive', true], ['pool_positive', true]]);
    for (const id of ids) expect(await casesOf(id)).toBe(0);
    const due = await clerk.request({ method: 'GET', url: `/api/test-pools?unitId=${hongGai}&status=retest_due` });
    expect(due.json().map((p: { id: number }) => p.id)).toContain(pool.id);
    // the first member's individual re-test is positive: a case; the second is no longer due once sampled
    const retest = await post('/api/tests', { personId: ids[0], kind: 'pcr', sampledAt: '2021-12-10T01:00:00Z', result: 'positive', resultAt: '2021-12-10T04:00:00Z' });
    expect(retest.json().case.id).toBeGreaterThan(0);
    await post('/api/tests', { personId: ids[1], kind: 'pcr', sampledAt: '2021-12-10T01:00:00Z' });
    const after = (await clerk.request({ method: 'GET', url: `/api/test-pools/${pool.id}` })).json();
    expect(after.retestsDue).toBe(0);
    expect(after.memberList[0].retest.result).toBe('positive');
    expect(await casesOf(ids[1]!)).toBe(0);
    // a pooled member's result comes from the pool
    const member = await patch(`/api/tests/${after.memberList[1].testId}/result`, { result: 'negative', resultAt: '2021-12-10T04:00:00Z' });
    expect(member.statusCode).toBe(422);
  });

  it('a pool holds 2 to 10 people of the user\'s scope, each once', async () => {
    const a = await person('Gộp Lẻ');
    const one = await post('/api/test-pools', { unitId: hongGai, sampledAt: '2021-12-09T01:00:00Z', personIds: [a] });
    expect(one.statusCode).toBe(422);
    expect(one.json().error.fields[0].field).toBe('personIds');
    const eleven = await Promise.all(Array.from({ length: 11 }, (_, i) => person(`Gộp ${i}`)));
    expect((await post('/api/test-pools', { unitId: hongGai, sampledAt: '2021-12-09T01:00:00Z', personIds: eleven })).statusCode).toBe(422);
    const outside = await person('Người Vàng Danh', vangDanh);
    const mixed = await post('/api/test-pools', { unitId: hongGai, sampledAt: '2021-12-09T01:00:00Z', personIds: [a, a, outside] });
    expect(mixed.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['personIds.1', 'personIds.2']);
  });
});

describe('screening campaigns', () => {
  it('progress per week: distinct people tested against the target share', async () => {
    const c = await post('/api/screening-campaigns', {
      unitId: hongGai, name: 'Sàng lọc chợ Hạ Long', siteKind: 'market', siteName: 'Chợ Hạ Long 1', targetPopulation: 20, targetShare: 0.2,
      periodDays: 7, startDate: '2021-12-01',
    });
    expect(c.statusCode, c.body).toBe(201);
    const id = c.json().id;
    const people = await Promise.all(Array.from({ length: 4 }, (_, i) => person(`Tiểu thương ${i}`)));
    // week 1 (1–7/12): 4 people, one of them twice; week 2 (8–14/12): 1 person so far
    for (const p of people) await post('/api/tests', { personId: p, kind: 'antigen', sampledAt: '2021-12-03T02:00:00Z', campaignId: id });
    await post('/api/tests', { personId: people[0], kind: 'antigen', sampledAt: '2021-12-05T02:00:00Z', campaignId: id });
    await post('/api/tests', { personId: people[1], kind: 'antigen', sampledAt: '2021-12-09T02:00:00Z', campaignId: id });
    const res = await clerk.request({ method: 'GET', url: `/api/screening-campaigns/${id}/progress` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().periods).toEqual([
      { from: '2021-12-01', to: '2021-12-07', tested: 4, target: 4, expected: 4, share: 0.2, state: 'met' },
      { from: '2021-12-08', to: '2021-12-14', tested: 1, target: 4, expected: 2, share: 0.05, state: 'behind' },
    ]);
    const list = await clerk.request({ method: 'GET', url: '/api/screening-campaigns' });
    expect(list.json().map((x: { id: number }) => x.id)).toContain(id);
  });
});
