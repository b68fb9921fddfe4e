/**
 * Loading administrative boundaries (GeoJSON keyed by GSO code): the whole file or nothing,
 * every bad feature reported, in the admin's scope only, retry-safe, audited; status and clearing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/server/modules/auth/service.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { PASSWORD } from './helpers/constants.ts';

let t: TestApp;
let admin: Session;
let provinceAdmin: Session;
let officer: Session;
const square = (x: number) => ({ type: 'Polygon', coordinates: [[[x, 20], [x + 0.5, 20], [x + 0.5, 20.5], [x, 20]]] });
const feature = (properties: object, geometry: unknown = square(106)) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

const put = (who: Session, payload: unknown, headers: Record<string, string> = {}) =>
  who.request({ method: 'PUT', url: '/api/boundaries', payload: payload as object, headers });
const loaded = async () => (await t.db.query<{ n: number }>({ text: 'select count(*)::int as n from unit_boundary', values: [] }))[0]!.n;
const audits = async () =>
  (await t.db.query<{ n: number }>({ text: `select count(*)::int as n from audit_log where entity = 'unit_boundary'`, values: [] }))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('trunguong');
  await createUser(t.db, null, { username: 'qt.quangninh', password: PASSWORD, fullName: 'Quản trị tỉnh', role: 'admin', unitId: await unitId(t.db, '22') });
  provinceAdmin = await t.login('qt.quangninh');
  officer = await t.login('tinh.quangninh');
}, 180_000);

afterAll(async () => t?.close());

describe('PUT /api/boundaries', () => {
  it('loads provinces keyed by MA_TINH, padding numbers that lost their zero, and says which key it read', async () => {
    const res = await put(admin, collection(feature({ MA_TINH: 1, TEN: 'Hà Nội' }), feature({ MA_TINH: '22' }, { type: 'MultiPolygon', coordinates: [square(107).coordinates] })));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ loaded: 2, byLevel: [{ level: 1, units: 2 }], codeKey: 'MA_TINH' });
    const rows = await t.db.query<{ code: string; source: string }>({
      text: 'select u.code, b.source from unit_boundary b join org_unit u on u.id = b.unit_id order by u.code',
      values: [],
    });
    expect(rows).toEqual([{ code: '01', source: 'GeoJSON (MA_TINH)' }, { code: '22', source: 'GeoJSON (MA_TINH)' }]);
    expect(await audits()).toBe(1);
  });

  it('is retry-safe: loading the same file again replaces, it does not add', async () => {
    const file = collection(feature({ code: '01' }, square(105)), feature({ code: '22' }));
    expect((await put(admin, file)).statusCode).toBe(200);
    expect((await put(admin, file)).statusCode).toBe(200);
    expect(await loaded()).toBe(2);
    const geometry = await t.db.query<{ g: { coordinates: number[][][] } }>({
      text: `select b.geometry as g from unit_boundary b join org_unit u on u.id = b.unit_id where u.code = '01'`,
      values: [],
    });
    expect(geometry[0]!.g.coordinates[0]![0]).toEqual([105, 20]);
  });

  it('reports every bad feature and loads nothing', async () => {
    const before = await loaded();
    const auditsBefore = await audits();
    const res = await put(
      admin,
      collection(
        feature({ code: '193' }),
        feature({ code: '99999' }),
        feature({ code: '06691' }, { type: 'Point', coordinates: [107, 21] }),
        feature({ name: 'no code' }),
        feature({ code: '193' }),
      ),
    );
    expect(res.statusCode).toBe(422);
    const err = res.json().error;
    expect(err.message).toContain('4');
    expect(err.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5]);
    expect(err.fields.map((f: { field: string }) => f.field)).toEqual(['features/1', 'features/2', 'features/3', 'features/4']);
    expect(err.fields[0].message).toContain('99999');
    expect(err.fields[1].message).toContain('Polygon');
    expect(await loaded()).toBe(before);
    expect(await audits()).toBe(auditsBefore);
    const en = await put(admin, collection(feature({ code: '99999' })), { 'accept-language': 'en' });
    expect(en.json().error.fields[0].message).toBe('Feature 1: no unit with code 99999');
  });

  it('a province admin loads only units of the province', async () => {
    const before = await loaded();
    const res = await put(provinceAdmin, collection(feature({ ma: '193' }), feature({ ma: '001' })));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([{ field: 'features/1', message: 'Đối tượng 2: đơn vị 001 nằm ngoài phạm vi quản lý của bạn' }]);
    expect(await loaded()).toBe(before);
    const ok = await put(provinceAdmin, collection(feature({ ma: '193' }), feature({ ma: 196 })));
    expect(ok.json()).toEqual({ loaded: 2, byLevel: [{ level: 2, units: 2 }], codeKey: 'ma' });
  });

  it('accepts a .geojson file sent as it is', async () => {
    const body = Buffer.from(JSON.stringify(collection(feature({ code: '06691' }))));
    const res = await admin.request({ method: 'PUT', url: '/api/boundaries', payload: body, headers: { 'content-type': 'application/octet-stream' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().byLevel).toEqual([{ level: 3, units: 1 }]);
    const geo = await admin.request({ method: 'PUT', url: '/api/boundaries', payload: body, headers: { 'content-type': 'application/geo+json' } });
    expect(geo.statusCode, geo.body).toBe(200);
  });

  it('says what is wrong with a file that is not a FeatureCollection', async () => {
    const bad = await admin.request({ method: 'PUT', url: '/api/boundaries', payload: Buffer.from('{not json'), headers: { 'content-type': 'application/octet-stream' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toContain('JSON');
    const notCollection = await put(admin, { type: 'Feature', properties: {}, geometry: square(1) });
    expect(notCollection.json().error.message).toContain('FeatureCollection');
    const noKey = await put(admin, collection(feature({ name: 'x' })));
    expect(noKey.json().error.message).toContain('MA_TINH'.toLowerCase());
  });

  it('says the size limit when the file is too large', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 32);
    const res = await admin.request({ method: 'PUT', url: '/api/boundaries', payload: big, headers: { 'content-type': 'application/octet-stream' } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toContain('20 MB');
  });

  it('is for administrators only', async () => {
    const before = await loaded();
    expect((await put(officer, collection(feature({ code: '193' })))).statusCode).toBe(403);
    expect(await loaded()).toBe(before);
  });
});

describe('status and clearing', () => {
  it('counts per level in the admin\'s scope', async () => {
    const res = await provinceAdmin.request({ method: 'GET', url: '/api/boundaries/status' });
    expect(res.statusCode).toBe(200);
    const levels = res.json().levels as { level: number; units: number; loaded: number; lastLoadedAt: string | null }[];
    expect(levels.map((l) => l.level)).toEqual([1, 2, 3]);
    expect(levels[0]).toMatchObject({ units: 1, loaded: 1 });
    expect(levels[1]).toMatchObject({ loaded: 2 });
    expect(levels[1]!.units).toBeGreaterThan(10);
    expect(levels[2]).toMatchObject({ loaded: 1 });
    expect(levels[1]!.lastLoadedAt).toBe(t.clock.now.toISOString());
    expect((await officer.request({ method: 'GET', url: '/api/boundaries/status' })).statusCode).toBe(403);
  });

  it('clears a level in the admin\'s subtree only', async () => {
    const res = await provinceAdmin.request({ method: 'DELETE', url: '/api/boundaries?level=1' });
    expect(res.json()).toEqual({ deleted: 1 });
    // Hà Nội's boundary is outside the province admin's subtree: it stays
    const left = await t.db.query<{ code: string }>({
      text: 'select u.code from unit_boundary b join org_unit u on u.id = b.unit_id where u.level = 1',
      values: [],
    });
    expect(left.map((r) => r.code)).toEqual(['01']);
    const bad = await provinceAdmin.request({ method: 'DELETE', url: '/api/boundaries?level=7' });
    expect(bad.statusCode).toBe(400);
  });

  it('the public map of Quảng Ninh uses boundaries once every district has one', async () => {
    const qn = await unitId(t.db, '22');
    const districts = await t.db.query<{ code: string }>({ text: 'select code from org_unit where parent_id = $1 and valid_to is null', values: [qn] });
    const file = collection(...districts.map((d, i) => feature({ MA_HUYEN: Number(d.code) }, square(100 + i))));
    const res = await put(provinceAdmin, file);
    expect(res.json()).toMatchObject({ loaded: districts.length, codeKey: 'MA_HUYEN' });
    const levels = await t.app.inject({ method: 'GET', url: `/api/public/levels/${qn}` });
    expect(levels.json().map).toBe('geojson');
    const fc = (await t.app.inject({ method: 'GET', url: `/api/public/boundaries/${qn}` })).json();
    expect(fc.features).toHaveLength(districts.length);
  });
});
