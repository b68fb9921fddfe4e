import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { AccessKit, AreaCases } from './kit.ts';

type Place = 'hongGai' | 'bachDang' | 'vangDanh' | 'phucXa';
const PLACES: Place[] = ['hongGai', 'bachDang', 'vangDanh', 'phucXa'];

export interface QuarantineFixtures {
  /** an active home quarantine of a person of each commune, registered there */
  quarantine: Record<Place, number>;
  /** an F1 of each commune, not yet in quarantine */
  spare: Record<Place, number>;
  /** a Hồng Gai quarantine of a person who lives in Phúc Xá (Hà Nội) */
  crossing: number;
  /** quarantine sites of Hạ Long and Uông Bí, and a treatment facility of Uông Bí */
  site: { haLong: number; uongBi: number; uongBiTreatment: number };
}

const made = new WeakMap<AccessKit, Promise<QuarantineFixtures>>();

/** People, contacts, quarantines and sites in several scopes, created once on first use (shared with the facility cases). */
export function quarantineFixtures(k: AccessKit): () => Promise<QuarantineFixtures> {
  const one = async (text: string, values: unknown[]) => Number((await k.t.db.query<{ id: number }>({ text: `${text} returning id`, values }))[0]!.id);
  const person = (name: string, unitId: number) =>
    one(`insert into person (full_name, search_name, phone, address, unit_id) values ($1, lower($1), '0987654321', 'Địa chỉ ' || $1, $2)`, [name, unitId]);
  const f1 = async (name: string, unitId: number) => {
    const f0 = await person(`${name} nguồn`, unitId);
    await one(`insert into covid_case (person_id, unit_id, confirmed_at, detection, status_since) values ($1, $2, '2021-12-08T03:00Z', 'community', '2021-12-08T03:00Z')`, [f0, unitId]);
    const id = await person(name, unitId);
    await one(`insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at) values ($1, $2, $3, 'household', '2021-12-09', now())`, [f0, id, unitId]);
    return id;
  };
  const quarantine = (personId: number, unitId: number) =>
    one(`insert into quarantine (person_id, unit_id, place, fully_vaccinated, start_date, planned_end, end_date, test_days)
      values ($1, $2, 'home', true, '2021-12-10', '2021-12-16', '2021-12-16', '{1,7}')`, [personId, unitId]);
  const site = (unitId: number, name: string, kind = 'quarantine', tier: number | null = null) =>
    one(`insert into facility (unit_id, kind, name, tier, beds) values ($1, $2, $3, $4, 50)`, [unitId, kind, name, tier]);

  const seed = async (): Promise<QuarantineFixtures> => {
    const q = {} as Record<Place, number>;
    const spare = {} as Record<Place, number>;
    for (const key of PLACES) {
      q[key] = await quarantine(await f1(`Cách Ly ${key}`, k.u[key]), k.u[key]);
      spare[key] = await f1(`Chờ Cách Ly ${key}`, k.u[key]);
    }
    const crossing = await quarantine(await person('Ngoài Phạm Vi Phúc Xá', k.u.phucXa), k.u.hongGai);
    return {
      quarantine: q,
      spare,
      crossing,
      site: { haLong: await site(k.u.haLong, 'Khu cách ly Hạ Long'), uongBi: await site(k.u.uongBi, 'Khu cách ly Uông Bí'), uongBiTreatment: await site(k.u.uongBi, 'Bệnh viện Uông Bí', 'treatment', 2) },
    };
  };
  return () => {
    if (!made.has(k)) made.set(k, seed());
    return made.get(k)!;
  };
}

/** The body holds none of the names of people outside the caller's scope. */
export const hidesPeopleOf = (res: LightMyRequestResponse, places: Place[]) => {
  for (const p of places) expect(res.body).not.toContain(`Cách Ly ${p}`);
  expect(res.body).not.toContain('Ngoài Phạm Vi');
};

export const quarantineCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const fx = quarantineFixtures(k);
  const all = () => Object.values(u);
  const post = (who: typeof s.clerk, url: string, payload: object) => () => who.request({ method: 'POST', url, payload });
  const newPolicy = { name: 'Kiểm thử truy cập', source: 'Kiểm thử', validFrom: '2040-01-01', degree: 3, vaccination: 'any', place: 'home', days: 7, testDays: [7] };

  return {
    'GET /api/quarantine-policies': {
      anon: () => get('/api/quarantine-policies'),
      scope: async () => {
        for (const who of [s.clerk, s.viewer, s.district]) status(await who.request(get('/api/quarantine-policies')), 200);
      },
    },
    'POST /api/quarantine-policies': {
      anon: () => ({ method: 'POST', url: '/api/quarantine-policies', payload: newPolicy }),
      scope: async () => {
        for (const who of [s.provinceAdmin, s.province, s.district, s.clerk, s.viewer]) {
          await refusedWrite(403, all(), post(who, '/api/quarantine-policies', newPolicy));
        }
        status(await post(s.admin, '/api/quarantine-policies', newPolicy)(), 201);
      },
    },
    'PATCH /api/quarantine-policies/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/quarantine-policies/1', payload: { name: 'x' } }),
      scope: async () => {
        const patch = (who: typeof s.clerk, id: number, payload: object) => () =>
          who.request({ method: 'PATCH', url: `/api/quarantine-policies/${id}`, payload });
        for (const who of [s.provinceAdmin, s.province, s.clerk, s.viewer]) await refusedWrite(403, all(), patch(who, 1, { name: 'Đổi' }));
        await refusedWrite(404, all(), patch(s.admin, 999_999, { name: 'Đổi' }));
        const [first] = (await s.admin.request(get('/api/quarantine-policies'))).json();
        status(await patch(s.admin, first.id, { name: first.name })(), 200);
      },
    },
    'POST /api/quarantines': {
      anon: () => ({ method: 'POST', url: '/api/quarantines', payload: { personId: 1, fullyVaccinated: true } }),
      scope: async () => {
        const { spare, site } = await fx();
        const start = (who: typeof s.clerk, personId: number, extra: object = {}) =>
          post(who, '/api/quarantines', { personId, fullyVaccinated: true, ...extra });
        await refusedWrite(403, all(), start(s.viewer, spare.hongGai));
        await refusedWrite(404, all(), start(s.clerk, spare.bachDang));
        await refusedWrite(404, all(), start(s.district, spare.vangDanh));
        await refusedWrite(404, all(), start(s.province, spare.phucXa));
        // a site of another district is not there for Hạ Long
        await refusedWrite(404, all(), start(s.clerk, spare.hongGai, { place: 'centralised', facilityId: site.uongBi }));
        const res = await start(s.clerk, spare.hongGai)();
        status(res, 201);
        expect(res.json().person.fullName).toBe('Chờ Cách Ly hongGai');
      },
    },
    'GET /api/quarantines': {
      anon: () => get('/api/quarantines'),
      scope: async () => {
        await fx();
        const district = await s.district.request(get('/api/quarantines?limit=5000'));
        status(district, 200);
        expect(district.body).toContain('Cách Ly hongGai');
        expect(district.body).toContain('Cách Ly bachDang');
        hidesPeopleOf(district, ['vangDanh', 'phucXa']);
        const clerk = await s.clerk.request(get('/api/quarantines?limit=5000'));
        hidesPeopleOf(clerk, ['bachDang', 'vangDanh', 'phucXa']);
        // the Hồng Gai quarantine of a Phúc Xá resident is listed, masked
        const crossing = clerk.json().items.find((q: { person: { visible: boolean } }) => !q.person.visible);
        expect(crossing.person).toMatchObject({ fullName: null, birthYear: null, unitId: null });
        const csv = await s.clerk.request(get('/api/quarantines?format=csv'));
        status(csv, 200);
        hidesPeopleOf(csv, ['bachDang', 'vangDanh', 'phucXa']);
        status(await s.clerk.request(get(`/api/quarantines?unitId=${u.bachDang}`)), 404);
        status(await s.district.request(get(`/api/quarantines?unitId=${u.uongBi}&format=csv`)), 404);
        status(await s.province.request(get(`/api/quarantines?unitId=${u.haNoi}`)), 404);
        status(await s.viewer.request(get('/api/quarantines')), 200);
      },
    },
    'GET /api/quarantines/:id': {
      anon: () => get('/api/quarantines/1'),
      scope: async () => {
        const { quarantine: q } = await fx();
        status(await s.clerk.request(get(`/api/quarantines/${q.hongGai}`)), 200);
        status(await s.viewer.request(get(`/api/quarantines/${q.bachDang}`)), 200);
        for (const id of [q.bachDang, q.vangDanh, q.phucXa]) status(await s.clerk.request(get(`/api/quarantines/${id}`)), 404);
        status(await s.district.request(get(`/api/quarantines/${q.vangDanh}`)), 404);
        status(await s.province.request(get(`/api/quarantines/${q.phucXa}`)), 404);
        status(await s.clerk.request(get('/api/quarantines/99999999')), 404);
      },
    },
    'POST /api/quarantines/:id/adjust': {
      anon: () => ({ method: 'POST', url: '/api/quarantines/1/adjust', payload: { endDate: '2021-12-12', reason: 'x' } }),
      scope: async () => {
        const { quarantine: q } = await fx();
        const adjust = (who: typeof s.clerk, id: number) => post(who, `/api/quarantines/${id}/adjust`, { endDate: '2021-12-14', reason: 'Kiểm thử' });
        await refusedWrite(403, all(), adjust(s.clerk, q.hongGai));
        await refusedWrite(403, all(), adjust(s.viewer, q.hongGai));
        await refusedWrite(404, all(), adjust(s.district, q.vangDanh));
        await refusedWrite(404, all(), adjust(s.province, q.phucXa));
        status(await adjust(s.province, q.vangDanh)(), 200);
      },
    },
    'POST /api/quarantines/:id/release': {
      anon: () => ({ method: 'POST', url: '/api/quarantines/1/release', payload: {} }),
      scope: async () => {
        const { quarantine: q } = await fx();
        const release = (who: typeof s.clerk, id: number) => post(who, `/api/quarantines/${id}/release`, { date: '2021-12-10' });
        await refusedWrite(403, all(), release(s.viewer, q.hongGai));
        await refusedWrite(404, all(), release(s.clerk, q.bachDang));
        await refusedWrite(404, all(), release(s.district, q.vangDanh));
        await refusedWrite(404, all(), release(s.province, q.phucXa));
      },
    },
    'GET /api/followup': {
      anon: () => get('/api/followup'),
      scope: async () => {
        await fx();
        const clerk = await s.clerk.request(get('/api/followup'));
        status(clerk, 200);
        expect(clerk.body).toContain('Cách Ly hongGai');
        hidesPeopleOf(clerk, ['bachDang', 'vangDanh', 'phucXa']);
        // the Phúc Xá resident in Hồng Gai's list: no name, phone or address
        const masked = clerk.json().items.find((i: { person: { visible: boolean } }) => !i.person.visible);
        expect(masked).toMatchObject({ phone: null, address: null, person: { fullName: null } });
        const district = await s.district.request(get('/api/followup'));
        hidesPeopleOf(district, ['vangDanh', 'phucXa']);
        const csv = await s.district.request(get('/api/followup?format=xlsx'));
        status(csv, 200);
        status(await s.clerk.request(get(`/api/followup?unitId=${u.bachDang}`)), 404);
        status(await s.district.request(get(`/api/followup?unitId=${u.vangDanh}&format=csv`)), 404);
        status(await s.province.request(get(`/api/followup?unitId=${u.phucXa}`)), 404);
        status(await s.viewer.request(get('/api/followup')), 200);
      },
    },
    'POST /api/followup/:quarantineId/checks': {
      anon: () => ({ method: 'POST', url: '/api/followup/1/checks', payload: { outcome: 'well' } }),
      scope: async () => {
        const { quarantine: q } = await fx();
        const check = (who: typeof s.clerk, id: number) => post(who, `/api/followup/${id}/checks`, { outcome: 'well' });
        await refusedWrite(403, all(), check(s.viewer, q.hongGai));
        await refusedWrite(404, all(), check(s.clerk, q.bachDang));
        await refusedWrite(404, all(), check(s.district, q.vangDanh));
        await refusedWrite(404, all(), check(s.province, q.phucXa));
        status(await check(s.clerk, q.hongGai)(), 201);
      },
    },
  };
};
