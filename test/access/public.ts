import { expect } from 'vitest';
import type { InjectOptions } from 'fastify';
import type { AreaCases } from './kit.ts';

const PERSONAL_KEY = /"(personId|person_id|fullName|full_name|phone|nationalId|national_id|address|birthDate|username)"/;

/** The public portal is open to all: no session needed, the same reply with any session, every unit, nothing personal. */
export const publicCases: AreaCases = (k) => {
  const { s, u, status, get } = k;
  const anon = (opts: InjectOptions) => k.t.app.inject(opts);

  /** Open with and without a session, for units in nobody's scope too, and no person in the body. */
  const open = (url: (unit: number) => string, okStatus = 200) => async () => {
    const persons = await k.t.db.query<{ full_name: string; phone: string | null; national_id: string | null }>({
      text: 'select full_name, phone, national_id from person order by id limit 50',
      values: [],
    });
    const secrets = persons.flatMap((p) => [p.full_name, p.phone, p.national_id]).filter((x): x is string => !!x && x.length > 3);
    for (const unit of [u.nation, u.haNoi, u.quangNinh, u.haLong, u.hongGai, u.phucXa]) {
      const res = await anon(get(url(unit)));
      status(res, okStatus);
      expect(res.body).not.toMatch(PERSONAL_KEY);
      for (const x of secrets) expect(res.body).not.toContain(x);
      // a session changes nothing: a commune clerk reads Hà Nội as anyone does
      for (const who of [s.clerk, s.viewer]) {
        const signed = await who.request(get(url(unit)));
        status(signed, okStatus);
        expect(signed.body).toBe(res.body);
      }
    }
  };

  return {
    'GET /api/public/overview': {
      anon: () => get('/api/public/overview'),
      anonStatus: 200,
      scope: open(() => '/api/public/overview'),
    },
    'GET /api/public/overview/:unitId': {
      anon: () => get(`/api/public/overview/${u.hongGai}`),
      anonStatus: 200,
      scope: open((id) => `/api/public/overview/${id}`),
    },
    'GET /api/public/levels/:unitId': {
      anon: () => get(`/api/public/levels/${u.haLong}`),
      anonStatus: 200,
      scope: open((id) => `/api/public/levels/${id}`),
    },
    'GET /api/public/boundaries/:unitId': {
      // no boundary is loaded in the seed: open (not 401), and 404 for "none"
      anon: () => get(`/api/public/boundaries/${u.haLong}`),
      anonStatus: 404,
      scope: async () => {
        const square = { type: 'Polygon', coordinates: [[[107, 21], [107.1, 21], [107.1, 21.1], [107, 21]]] };
        const load = await s.admin.request({
          method: 'PUT',
          url: '/api/boundaries',
          payload: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '06691' }, geometry: square }] },
        });
        status(load, 200);
        // a 404 is not cached: the boundary just loaded is there at once
        const res = await anon(get(`/api/public/boundaries/${u.haLong}`));
        status(res, 200);
        expect(res.json().features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(['06691']);
        expect(res.body).not.toMatch(PERSONAL_KEY);
        status(await s.clerk.request(get(`/api/public/boundaries/${u.haLong}`)), 200);
        status(await anon(get(`/api/public/boundaries/${u.haNoi}`)), 404);
      },
    },
    'GET /api/public/coverage/:unitId': {
      anon: () => get(`/api/public/coverage/${u.quangNinh}`),
      anonStatus: 200,
      scope: open((id) => `/api/public/coverage/${id}`),
    },
    'GET /api/public/open-data': {
      anon: () => get('/api/public/open-data'),
      anonStatus: 200,
      scope: open(() => '/api/public/open-data'),
    },
    'GET /api/public/open-data/:dataset.:format': {
      anon: () => get(`/api/public/open-data/daily.csv?unitId=${u.haLong}`),
      anonStatus: 200,
      scope: async () => {
        for (const file of ['daily.csv', 'daily.json', 'levels.csv', 'levels.json', 'coverage.csv', 'coverage.json']) {
          await open((id) => `/api/public/open-data/${file}?unitId=${id}`)();
        }
      },
    },
  };
};
