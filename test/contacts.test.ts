import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { addCase, addContactRow, addPerson, addQuarantineRow, addTest } from './helpers/contacts.ts';

let t: TestApp;
let hongGai: number;
let bachDang: number;
let haLong: number;
let clerk: Session;
let district: Session;

beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  bachDang = await unitId(t.db, '06694');
  haLong = await unitId(t.db, '193');
  clerk = await t.login('xa.honggai');
  district = await t.login('tp.halong');
});
afterAll(() => t.close());

const count = async (table: string) => (await t.db.query<{ n: number }>({ text: `select count(*)::int as n from ${table}`, values: [] }))[0]!.n;
const get = (s: Session, url: string) => s.request({ method: 'GET', url });
const post = (s: Session, url: string, payload: unknown) => s.request({ method: 'POST', url, payload: payload as object });

describe('contacts', () => {
  it('lists a contact once, however often the request is retried', async () => {
    const f0 = await addPerson(t.db, hongGai, 'Nguyễn Văn Nguồn');
    const f1 = await addPerson(t.db, hongGai, 'Trần Thị Tiếp');
    await addCase(t.db, f0, hongGai, '2021-12-08T03:00:00Z');
    const body = { clientId: randomUUID(), sourcePersonId: f0, personId: f1, exposureType: 'household', exposureDate: '2021-12-07', place: 'Nhà riêng' };
    const first = await post(clerk, '/api/contacts', body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: true, contact: { degree: 1, unitId: hongGai, source: { id: f0, fullName: 'Nguyễn Văn Nguồn' }, reachedAt: null } });
    expect(first.json().contact.listedAt).toBe('2021-12-10T05:00:00.000Z');
    const again = await post(clerk, '/api/contacts', body);
    expect(again.json()).toMatchObject({ created: false, contact: { id: first.json().contact.id } });
    const samePair = await post(clerk, '/api/contacts', { ...body, clientId: randomUUID() });
    expect(samePair.json().contact.id).toBe(first.json().contact.id);
    const audits = await t.db.query({ text: `select 1 from audit_log where entity = 'contact' and entity_id = $1`, values: [String(first.json().contact.id)] });
    expect(audits).toHaveLength(1);
  });

  it('refuses bad contacts with the field named', async () => {
    const a = await addPerson(t.db, hongGai, 'Lê Văn A');
    const future = await clerk.request({
      method: 'POST', url: '/api/contacts', headers: { 'accept-language': 'en' },
      payload: { sourcePersonId: a, personId: await addPerson(t.db, hongGai, 'Lê Văn B'), exposureType: 'household', exposureDate: '2021-12-11' },
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.fields).toEqual([{ field: 'exposureDate', message: 'Cannot be in the future' }]);
    const self = await post(clerk, '/api/contacts', { sourcePersonId: a, personId: a, exposureType: 'household', exposureDate: '2021-12-09' });
    expect(self.statusCode).toBe(422);
    expect(self.json().error.fields[0].field).toBe('personId');
  });

  it('an F2 becomes an F1 when their source tests positive; F1 and F2 of a case are listed', async () => {
    const f0 = await addPerson(t.db, hongGai, 'Ca Bệnh Một');
    const b = await addPerson(t.db, hongGai, 'Tiếp Xúc Hai');
    const c = await addPerson(t.db, hongGai, 'Tiếp Xúc Ba');
    await addCase(t.db, f0, hongGai, '2021-12-08T03:00:00Z');
    for (const [s, p] of [[f0, b], [b, c]] as const) {
      expect((await post(clerk, '/api/contacts', { sourcePersonId: s, personId: p, exposureType: 'workplace', exposureDate: '2021-12-06' })).statusCode).toBe(200);
    }
    expect((await get(clerk, `/api/people/${c}/contacts`)).json().degree).toBe(2);
    const tree = (await get(clerk, `/api/people/${f0}/contacts?depth=2`)).json();
    expect(tree.degree).toBe(0);
    expect(tree.down.map((d: { person: { id: number }; level: number; degree: number }) => [d.person.id, d.level, d.degree])).toEqual([[b, 1, 1], [c, 2, 2]]);
    expect((await get(clerk, `/api/people/${f0}/contacts`)).json().down).toHaveLength(1);
    const up = (await get(clerk, `/api/people/${c}/contacts`)).json().up;
    expect(up.map((u: { source: { id: number } }) => u.source.id)).toEqual([b]);

    await addCase(t.db, b, hongGai, '2021-12-10T01:00:00Z');
    expect((await get(clerk, `/api/people/${c}/contacts`)).json().degree).toBe(1);
    expect((await get(clerk, `/api/people/${b}/contacts`)).json().degree).toBe(0);
  });

  it('marks a contact reached and filters the list by degree and reached', async () => {
    const f0 = await addPerson(t.db, bachDang, 'Ca Bạch Đằng');
    const f1 = await addPerson(t.db, bachDang, 'Phạm Văn Liên Hệ');
    await addCase(t.db, f0, bachDang, '2021-12-09T03:00:00Z');
    const created = (await post(district, '/api/contacts', { sourcePersonId: f0, personId: f1, exposureType: 'venue', exposureDate: '2021-12-08' })).json();
    const id = created.contact.id as number;
    const list = async (q: string) => (await get(district, `/api/contacts?unitId=${bachDang}${q}`)).json();
    expect((await list('&reached=false')).items.map((c: { id: number }) => c.id)).toContain(id);
    expect((await list('&degree=1')).items.every((c: { degree: number }) => c.degree === 1)).toBe(true);
    expect((await list('&degree=2')).items.map((c: { id: number }) => c.id)).not.toContain(id);
    const future = await district.request({ method: 'PATCH', url: `/api/contacts/${id}/reached`, payload: { reachedAt: '2021-12-11T00:00:00Z' } });
    expect(future.statusCode).toBe(422);
    const reached = await district.request({ method: 'PATCH', url: `/api/contacts/${id}/reached`, payload: { reachedAt: '2021-12-10T04:00:00Z' } });
    expect(reached.statusCode, reached.body).toBe(200);
    expect(reached.json().reachedAt).toBe('2021-12-10T04:00:00.000Z');
    expect((await list('&reached=false')).items.map((c: { id: number }) => c.id)).not.toContain(id);
    expect((await list('&reached=true&from=2021-12-10&to=2021-12-10')).items.map((c: { id: number }) => c.id)).toContain(id);
    expect((await list('&from=2021-12-11')).total).toBe(0);
    const csv = await get(district, `/api/contacts?unitId=${bachDang}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Phạm Văn Liên Hệ');
  });
});

describe('contact line listing (batch)', () => {
  it('applies nothing when a row is bad, and a retry creates no duplicates', async () => {
    const f0 = await addPerson(t.db, hongGai, 'Ca Lô Một');
    await addCase(t.db, f0, hongGai, '2021-12-09T03:00:00Z');
    const known = await addPerson(t.db, hongGai, 'Người Đã Có');
    const rows = [
      { clientId: randomUUID(), personId: known, exposureType: 'household', exposureDate: '2021-12-08', quarantine: { fullyVaccinated: true } },
      { clientId: randomUUID(), person: { clientId: randomUUID(), fullName: 'Hoàng Văn Mới', birthDate: '1985-02-03', unitId: hongGai, phone: '0912345678' }, exposureType: 'workplace', exposureDate: '2021-12-08' },
    ];
    const wrongDate = await addPerson(t.db, hongGai, 'Ngày Sai');
    const before = { contacts: await count('contact'), people: await count('person'), quarantines: await count('quarantine') };
    const bad = await post(clerk, '/api/contacts/batch', {
      sourcePersonId: f0,
      rows: [...rows, { personId: wrongDate, exposureType: 'other', exposureDate: '2021-12-30' }, { exposureType: 'other', exposureDate: '2021-12-01' }],
    });
    expect(bad.statusCode, bad.body).toBe(422);
    expect(bad.json().error.rows.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    expect(bad.json().error.rows[0].errors.map((e: { field: string }) => e.field)).toContain('exposureDate');
    expect(bad.json().error.rows[1].errors[0].field).toBe('personId');
    expect({ contacts: await count('contact'), people: await count('person'), quarantines: await count('quarantine') }).toEqual(before);

    const ok = await post(clerk, '/api/contacts/batch', { sourcePersonId: f0, rows });
    expect(ok.statusCode, ok.body).toBe(200);
    const made = ok.json().contacts;
    expect(made).toHaveLength(2);
    expect(made[0]).toMatchObject({ row: 1, personId: known });
    expect(made[0].quarantineId).toEqual(expect.any(Number));
    expect(made[1].quarantineId).toBeNull();
    const after = { contacts: await count('contact'), people: await count('person'), quarantines: await count('quarantine') };
    expect(after).toEqual({ contacts: before.contacts + 2, people: before.people + 1, quarantines: before.quarantines + 1 });
    const q = await t.db.query<{ contactId: number; startDate: string; place: string }>({
      text: 'select contact_id as "contactId", start_date::text as "startDate", place from quarantine where id = $1', values: [made[0].quarantineId],
    });
    expect(q[0]).toEqual({ contactId: made[0].contactId, startDate: '2021-12-08', place: 'home' });

    const retry = await post(clerk, '/api/contacts/batch', { sourcePersonId: f0, rows });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().contacts).toEqual(made);
    expect({ contacts: await count('contact'), people: await count('person'), quarantines: await count('quarantine') }).toEqual(after);
  });

  it('names the person fields of a bad new-person row, and a same person twice', async () => {
    const f0 = await addPerson(t.db, hongGai, 'Ca Lô Hai');
    const dup = await addPerson(t.db, hongGai, 'Người Hai Dòng');
    const res = await post(clerk, '/api/contacts/batch', {
      sourcePersonId: f0,
      rows: [
        { personId: dup, exposureType: 'household', exposureDate: '2021-12-08' },
        { personId: dup, exposureType: 'household', exposureDate: '2021-12-08' },
        { person: { fullName: 'Sai Số', unitId: hongGai, phone: '12' }, exposureType: 'household', exposureDate: '2021-12-08' },
        { personId: dup, person: { fullName: 'X', unitId: hongGai }, exposureType: 'household', exposureDate: '2021-12-08' },
      ],
    });
    expect(res.statusCode, res.body).toBe(422);
    const rows = res.json().error.rows as { row: number; errors: { field: string }[] }[];
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(rows[1]!.errors.map((e) => e.field)).toContain('person.phone');
  });

  it('refuses a quarantine when the source is no case nor contact of one', async () => {
    const source = await addPerson(t.db, hongGai, 'Không Phải Ca');
    const p = await addPerson(t.db, hongGai, 'Người Thường');
    const res = await post(clerk, '/api/contacts/batch', {
      sourcePersonId: source,
      rows: [{ personId: p, exposureType: 'household', exposureDate: '2021-12-08', quarantine: { fullyVaccinated: false } }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.rows[0].errors[0].field).toBe('quarantine');
    expect(await t.db.query({ text: 'select 1 from contact where person_id = $1', values: [p] })).toHaveLength(0);
  });
});

describe('transmission chain', () => {
  it('walks the whole component with statistics', async () => {
    // a → b (case) → c → d (case) → e ; a → f (reached) ; g → a (a source who is not a case)
    const [a, b, c, d, e, f, g] = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n) => addPerson(t.db, hongGai, `Chuỗi ${n}`)));
    await addCase(t.db, a!, hongGai, '2021-12-01T03:00:00Z');
    await addCase(t.db, b!, hongGai, '2021-12-04T03:00:00Z');
    await addCase(t.db, d!, hongGai, '2021-12-08T03:00:00Z');
    const listed = '2021-12-09T00:00:00Z';
    for (const [s, p] of [[a, b], [b, c], [c, d], [d, e], [g, a]] as const) await addContactRow(t.db, s!, p!, hongGai, listed);
    const reachedEdge = await addContactRow(t.db, a!, f!, hongGai, listed, '2021-11-01');
    await t.db.execute({ text: 'update contact set reached_at = $2 where id = $1', values: [reachedEdge, listed] });

    const res = await get(clerk, `/api/chains/${c}`);
    expect(res.statusCode, res.body).toBe(200);
    const chain = res.json();
    expect(chain.truncated).toBe(false);
    expect(chain.stats).toEqual({ people: 7, cases: 3, contacts: 4, generations: 3, activeContacts: 2, notReached: 2 });
    const node = (id: number) => chain.nodes.find((n: { id: number }) => n.id === id);
    expect(node(c!)).toMatchObject({ degree: 1, isCase: false, generation: 2, visible: true, label: 'Chuỗi C' });
    expect(node(d!)).toMatchObject({ degree: 0, isCase: true, caseStatus: 'home_care', generation: 3 });
    expect(node(g!).degree).toBeNull();
    expect(chain.edges).toHaveLength(6);

    const capped = (await get(clerk, `/api/chains/${c}?maxCases=1`)).json();
    expect(capped.truncated).toBe(true);
    expect(capped.nodes.length).toBeLessThan(7);
  });
});

describe('a large chain', () => {
  it('walks thousands of people by frontier and caps the walk', async () => {
    // 500 cases in a tree (case i infected by case i/2), each with 3 contacts who are not cases
    const ids = await t.db.query<{ id: number }>({
      text: `insert into person (full_name, search_name, unit_id) select 'Lớn ' || g, 'lon ' || g, $1 from generate_series(1, 2000) g returning id`,
      values: [hongGai],
    });
    const p = ids.map((r) => Number(r.id)).sort((a, b) => a - b);
    await t.db.execute({
      text: `insert into covid_case (person_id, unit_id, confirmed_at, detection, status_since)
             select id, $2, '2021-12-01T00:00Z', 'community', '2021-12-01T00:00Z' from unnest($1::bigint[]) id`,
      values: [p.slice(0, 500), hongGai],
    });
    const from: number[] = [];
    const to: number[] = [];
    for (let i = 1; i < 500; i++) {
      from.push(p[Math.floor((i - 1) / 2)]!);
      to.push(p[i]!);
    }
    for (let i = 0; i < 1500; i++) {
      from.push(p[Math.floor(i / 3)]!);
      to.push(p[500 + i]!);
    }
    await t.db.execute({
      text: `insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at)
             select f, x, $3, 'household', '2021-12-02', '2021-12-02T00:00Z' from unnest($1::bigint[], $2::bigint[]) as u(f, x)`,
      values: [from, to, hongGai],
    });
    const started = Date.now();
    const chain = (await get(clerk, `/api/chains/${p[1999]}`)).json();
    const ms = Date.now() - started;
    expect(chain.stats).toMatchObject({ people: 2000, cases: 500, contacts: 1500, generations: 9 });
    expect(chain.edges).toHaveLength(1999);
    expect(ms).toBeLessThan(20_000);
    const capped = (await get(clerk, `/api/chains/${p[0]}?maxCases=100`)).json();
    expect(capped.truncated).toBe(true);
    expect(capped.stats.cases).toBeGreaterThanOrEqual(100);
    expect(capped.stats.cases).toBeLessThan(500);
  });
});

describe('transport', () => {
  it('makes every other passenger a contact of a case aboard, once', async () => {
    const create = { kind: 'flight', code: 'VN123', departedAt: '2021-12-05T01:30:00Z', origin: 'Hà Nội', destination: 'Vân Đồn', unitId: hongGai };
    const res = await post(clerk, '/api/transports', create);
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().id as number;
    expect((await post(clerk, '/api/transports', create)).json().id).toBe(id);
    const [p1, p2, p3] = await Promise.all(['Khách Một', 'Khách Hai', 'Khách Ba'].map((n) => addPerson(t.db, hongGai, n)));
    const added = await post(clerk, `/api/transports/${id}/passengers`, {
      rows: [{ personId: p1, seat: '1A' }, { personId: p2, seat: '1B' }, { personId: p3 }, { person: { fullName: 'Khách Bốn', unitId: hongGai }, seat: '2C' }],
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().passengers).toHaveLength(4);
    expect((await post(clerk, `/api/transports/${id}/trace`, {})).json()).toEqual({ cases: 0, created: 0 });

    await addCase(t.db, p1!, hongGai, '2021-12-09T03:00:00Z');
    expect((await post(clerk, `/api/transports/${id}/trace`, {})).json()).toEqual({ cases: 1, created: 3 });
    expect((await post(clerk, `/api/transports/${id}/trace`, {})).json()).toEqual({ cases: 1, created: 0 });
    const contacts = await t.db.query<{ exposureType: string; exposureDate: string }>({
      text: `select exposure_type as "exposureType", exposure_date::text as "exposureDate" from contact where transport_id = $1`, values: [id],
    });
    expect(contacts).toHaveLength(3);
    expect(contacts.every((c) => c.exposureType === 'flight' && c.exposureDate === '2021-12-05')).toBe(true);
    const trip = (await get(clerk, `/api/transports/${id}`)).json();
    expect(trip.contacts).toBe(3);
    expect(trip.passengers.filter((p: { isCase: boolean }) => p.isCase)).toHaveLength(1);
  });
});

describe('tracing speed', () => {
  it('gives hours from the positive result to F1 listed, quarantined and tested', async () => {
    const vangDanh = await unitId(t.db, '06808');
    const province = await t.login('tinh.quangninh');
    const f0 = await addPerson(t.db, vangDanh, 'Ca Vàng Danh');
    const test = await addTest(t.db, f0, vangDanh, '2021-12-01T00:00:00Z', 'positive', '2021-12-01T02:00:00Z');
    await addCase(t.db, f0, vangDanh, '2021-12-01T06:00:00Z', test);
    const f1a = await addPerson(t.db, vangDanh, 'F1 A');
    const f1b = await addPerson(t.db, vangDanh, 'F1 B');
    await addContactRow(t.db, f0, f1a, vangDanh, '2021-12-01T06:00:00Z', '2021-11-30'); // 4 h after the result
    await addContactRow(t.db, f0, f1b, vangDanh, '2021-12-01T12:00:00Z', '2021-11-30');
    await addQuarantineRow(t.db, f1b, vangDanh, '2021-11-30', '2021-12-01T14:00:00Z'); // 12 h
    await addTest(t.db, f1a, vangDanh, '2021-11-29T00:00:00Z', 'negative', null); // before the exposure: not counted
    await addTest(t.db, f1a, vangDanh, '2021-12-02T02:00:00Z', 'pending', null); // 24 h
    // a case with no F1 listed yet
    const lone = await addPerson(t.db, vangDanh, 'Ca Chưa Truy Vết');
    await addCase(t.db, lone, vangDanh, '2021-12-09T05:00:00Z');

    const uongBi = await unitId(t.db, '196');
    const res = await get(province, `/api/tracing-speed/${uongBi}?from=2021-12-01&to=2021-12-10`);
    expect(res.statusCode, res.body).toBe(200);
    const speed = res.json();
    expect(speed.overall).toEqual({
      cases: 2,
      listed: { n: 1, pending: 1, median: 4, p90: 4 },
      quarantined: { n: 1, pending: 1, median: 12, p90: 12 },
      tested: { n: 1, pending: 1, median: 24, p90: 24 },
    });
    const child = speed.children.find((c: { unit: { id: number } }) => c.unit.id === vangDanh);
    expect(child.summary.cases).toBe(2);
    expect(speed.slowest[0]).toMatchObject({ person: { id: lone }, listed: null, waiting: 24 });
    expect(speed.slowest[1]).toMatchObject({ person: { id: f0 }, listed: 4, quarantined: 12, tested: 24, waiting: null });
    expect((await get(clerk, `/api/tracing-speed/${uongBi}`)).statusCode).toBe(404);
    expect((await get(province, `/api/tracing-speed/${haLong}`)).json().overall.cases).toBeGreaterThanOrEqual(0);
  });
});
