import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { addCase, addF1, addPerson } from './helpers/quarantine-fixtures.ts';

let t: TestApp;
let hongGai: number;
let haLong: number;
let quangNinh: number;
let clerk: Session;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  haLong = await unitId(t.db, '193');
  quangNinh = await unitId(t.db, '22');
  clerk = await t.login('xa.honggai');
  officer = await t.login('tp.halong');
});
afterAll(() => t.close());

const site = { unitId: 0, kind: 'quarantine', name: 'Ký túc xá Cao đẳng Y tế', beds: 2 };

describe('facilities', () => {
  it('are created and changed by an officer of a unit in scope, audited', async () => {
    const body = { ...site, unitId: haLong };
    expect((await clerk.request({ method: 'POST', url: '/api/facilities', payload: body })).statusCode).toBe(403);
    const noTier = await officer.request({ method: 'POST', url: '/api/facilities', payload: { ...body, kind: 'treatment' } });
    expect(noTier.statusCode).toBe(422);
    expect(noTier.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['tier']);
    const res = await officer.request({ method: 'POST', url: '/api/facilities', payload: body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'quarantine', beds: 2, occupied: 0, free: 2, usedPercent: 0, active: true });
    const id = res.json().id;
    const changed = await officer.request({ method: 'PATCH', url: `/api/facilities/${id}`, payload: { beds: 3 } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().beds).toBe(3);
    const audit = await t.db.query({ text: `select action from audit_log where entity = 'facility' and entity_id = $1 order by id`, values: [String(id)] });
    expect(audit).toEqual([{ action: 'create' }, { action: 'update' }]);
  });

  it('show live occupancy: people in quarantine there and cases treated there', async () => {
    const [{ id }] = (await officer.request({ method: 'GET', url: `/api/facilities?unitId=${haLong}&kind=quarantine` })).json();
    // a commune clerk places people at the district's site
    for (const name of ['Hoàng Văn Em', 'Đỗ Thị Gấm']) {
      const { f1 } = await addF1(t.db, hongGai, name, '2021-11-28');
      const res = await clerk.request({ method: 'POST', url: '/api/quarantines', payload: { personId: f1, fullyVaccinated: true, facilityId: id } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const patient = await addPerson(t.db, hongGai, 'Vũ Văn Hải');
    await addCase(t.db, patient, hongGai, id, 'centralised');
    const recovered = await addPerson(t.db, hongGai, 'Vũ Văn Khỏi');
    await addCase(t.db, recovered, hongGai, id, 'recovered');
    const [f] = (await officer.request({ method: 'GET', url: `/api/facilities?unitId=${haLong}&kind=quarantine` })).json();
    expect(f).toMatchObject({ quarantined: 2, patients: 1, occupied: 3, free: 0, usedPercent: 100 });
    // the commune sees its district's sites only when it asks for the sites above it
    expect((await clerk.request({ method: 'GET', url: '/api/facilities' })).json()).toEqual([]);
    const usable = (await clerk.request({ method: 'GET', url: '/api/facilities?includeAbove=true&kind=quarantine' })).json();
    expect(usable.map((x: { id: number }) => x.id)).toEqual([id]);
    // full now
    const { f1 } = await addF1(t.db, hongGai, 'Ngô Văn Lâm', '2021-11-28');
    const full = await clerk.request({ method: 'POST', url: '/api/quarantines', payload: { personId: f1, fullyVaccinated: true, facilityId: id } });
    expect(full.statusCode).toBe(409);
  });
});

describe('treatment readiness', () => {
  it('compares each district with the seed rule and gives the gap', async () => {
    const province = await t.login('tinh.quangninh');
    const before = (await province.request({ method: 'GET', url: `/api/facilities/readiness?unitId=${quangNinh}` })).json();
    const districts = await t.db.query({ text: `select id from org_unit where parent_id = $1`, values: [quangNinh] });
    expect(before.districts).toHaveLength(districts.length);
    const hl = before.districts.find((d: { unit: { id: number } }) => d.unit.id === haLong);
    expect(hl.population).toBeGreaterThan(0);
    const required = hl.population < 100_000 ? 100 : 200;
    expect(hl).toMatchObject({ required, beds: 0, met: false, gap: required });

    const add = (tier: number, beds: number) =>
      officer.request({ method: 'POST', url: '/api/facilities', payload: { unitId: hongGai, kind: 'treatment', name: `Tầng ${tier}`, tier, beds } });
    expect((await add(1, required - 30)).statusCode).toBe(201);
    let after = (await officer.request({ method: 'GET', url: '/api/facilities/readiness' })).json();
    expect(after.districts).toHaveLength(1);
    expect(after.districts[0]).toMatchObject({ beds: required - 30, bedsByTier: { tier1: required - 30, tier2: 0, tier3: 0 }, met: false, gap: 30 });
    await add(2, 30);
    after = (await officer.request({ method: 'GET', url: '/api/facilities/readiness' })).json();
    expect(after.districts[0]).toMatchObject({ beds: required, met: true, gap: 0 });
    expect(after.totals).toMatchObject({ districts: 1, met: 1, notMet: 0, gap: 0 });
  });
});
