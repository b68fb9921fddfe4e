import { expect } from 'vitest';
import type { AccessKit, AreaCases } from './kit.ts';
import { peopleOf } from './people.ts';

type Place = 'hongGai' | 'vangDanh';

/** Per unit: a case, a test, a pool, a campaign and a cluster of that unit's person; made once. */
export function registersOf(k: AccessKit) {
  const people = peopleOf(k);
  let made: Promise<Record<Place, Record<'person' | 'case' | 'test' | 'pool' | 'campaign' | 'cluster', number>>> | undefined;
  const one = async (sql: string, values: unknown[]) => Number((await k.t.db.query<{ id: number }>({ text: sql, values }))[0]!.id);
  const seed = async () => {
    const p = await people();
    const out = {} as Record<Place, Record<'person' | 'case' | 'test' | 'pool' | 'campaign' | 'cluster', number>>;
    for (const key of ['hongGai', 'vangDanh'] as const) {
      const unit = k.u[key];
      const person = p[key];
      const cluster = await one(`insert into cluster (unit_id, name, opened_on) values ($1, $2, '2021-12-01') returning id`, [unit, `Ổ dịch ${key}`]);
      const test = await one(`insert into lab_test (person_id, unit_id, kind, sampled_at) values ($1, $2, 'pcr', '2021-12-09T01:00:00Z') returning id`, [person, unit]);
      const kase = await one(
        `insert into covid_case (person_id, unit_id, confirmed_at, detection, status_since, cluster_id) values ($1, $2, '2021-12-09T05:00:00Z', 'community', '2021-12-09T05:00:00Z', $3) returning id`,
        [person, unit, cluster],
      );
      await one(`insert into case_status (case_id, status, at) values ($1, 'home_care', '2021-12-09T05:00:00Z') returning id`, [kase]);
      const pool = await one(`insert into test_pool (unit_id, sampled_at) values ($1, '2021-12-09T01:00:00Z') returning id`, [unit]);
      await one(`insert into lab_test (person_id, unit_id, kind, sampled_at, pool_id) values ($1, $2, 'pcr', '2021-12-09T01:00:00Z', $3) returning id`, [person, unit, pool]);
      const campaign = await one(
        `insert into screening_campaign (unit_id, name, site_kind, site_name, target_population, target_share, start_date) values ($1, 'Sàng lọc', 'market', 'Chợ', 100, 0.2, '2021-12-01') returning id`,
        [unit],
      );
      out[key] = { person, case: kase, test, pool, campaign, cluster };
    }
    return out;
  };
  return () => (made ??= seed());
}

export const caseCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const reg = registersOf(k);
  const all = () => Object.values(u);
  type Who = typeof s.clerk;
  const write = (who: Who, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) => () => who.request({ method, url, payload });

  return {
    'GET /api/cases': {
      anon: () => get('/api/cases'),
      scope: async () => {
        const r = await reg();
        const own = await s.clerk.request(get('/api/cases?limit=1000'));
        status(own, 200);
        const ids = own.json().items.map((c: { id: number }) => c.id);
        expect(ids).toContain(r.hongGai.case);
        expect(ids).not.toContain(r.vangDanh.case);
        expect(own.body).not.toContain('Truy Cập vangDanh');
        status(await s.clerk.request(get(`/api/cases?unitId=${u.vangDanh}`)), 404);
        status(await s.district.request(get(`/api/cases?unitId=${u.uongBi}&format=csv`)), 404);
        const csv = await s.district.request(get('/api/cases?format=csv&limit=1000'));
        status(csv, 200);
        expect(csv.body).not.toContain('Truy Cập vangDanh');
        status(await s.province.request(get(`/api/cases?unitId=${u.haNoi}`)), 404);
        status(await s.viewer.request(get('/api/cases')), 200);
      },
    },
    'GET /api/cases/:id': {
      anon: () => get('/api/cases/1'),
      scope: async () => {
        const r = await reg();
        status(await s.clerk.request(get(`/api/cases/${r.hongGai.case}`)), 200);
        for (const who of [s.clerk, s.district, s.viewer]) {
          const res = await who.request(get(`/api/cases/${r.vangDanh.case}`));
          status(res, 404);
          expect(res.body).not.toContain('Truy Cập');
        }
        status(await s.province.request(get(`/api/cases/${r.vangDanh.case}`)), 200);
      },
    },
    'POST /api/cases': {
      anon: () => ({ method: 'POST', url: '/api/cases', payload: { personId: 1, confirmedAt: '2021-12-09T05:00:00Z' } }),
      scope: async () => {
        const p = (await peopleOf(k)()) as Record<string, number>;
        const body = (personId: number) => ({ personId, confirmedAt: '2021-12-09T05:00:00Z', origin: 'domestic' });
        await refusedWrite(403, all(), write(s.viewer, 'POST', '/api/cases', body(p.bachDang!)));
        await refusedWrite(404, all(), write(s.clerk, 'POST', '/api/cases', body(p.bachDang!)));
        await refusedWrite(404, all(), write(s.district, 'POST', '/api/cases', body(p.vangDanh!)));
        await refusedWrite(404, all(), write(s.province, 'POST', '/api/cases', body(p.phucXa!)));
        status(await write(s.district, 'POST', '/api/cases', body(p.bachDang!))(), 201);
      },
    },
    'POST /api/cases/batch': {
      anon: () => ({ method: 'POST', url: '/api/cases/batch', payload: { unitId: 1, rows: [] } }),
      scope: async () => {
        const p = (await peopleOf(k)()) as Record<string, number>;
        const row = (personId: number) => ({ personId, confirmedAt: '2021-12-09T05:00:00Z', origin: 'domestic', testKind: 'pcr' });
        const batch = (who: Who, unitId: number, personId: number) => write(who, 'POST', '/api/cases/batch', { unitId, rows: [row(personId)] });
        await refusedWrite(403, all(), batch(s.viewer, u.hongGai, p.hongGai!));
        await refusedWrite(404, all(), batch(s.clerk, u.bachDang, p.hongGai!));
        // a person of another commune named in the clerk's own batch: the row is refused, nothing applied
        const res = await refusedWrite(422, all(), batch(s.clerk, u.hongGai, p.vangDanh!));
        expect(res.json().error.rows[0]).toMatchObject({ row: 1, errors: [{ field: 'personId' }] });
        expect(res.body).not.toContain('Truy Cập');
        const newRow = { ...row(0), personId: undefined, person: { fullName: 'Ngoài Phạm Vi', unitId: u.phucXa } };
        await refusedWrite(422, all(), write(s.province, 'POST', '/api/cases/batch', { unitId: u.quangNinh, rows: [newRow] }));
      },
    },
    'PATCH /api/cases/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/cases/1', payload: { infectedPlace: 'X' } }),
      scope: async () => {
        const r = await reg();
        await refusedWrite(403, all(), write(s.viewer, 'PATCH', `/api/cases/${r.hongGai.case}`, { infectedPlace: 'X' }));
        await refusedWrite(404, all(), write(s.clerk, 'PATCH', `/api/cases/${r.vangDanh.case}`, { infectedPlace: 'X' }));
        await refusedWrite(404, all(), write(s.district, 'PATCH', `/api/cases/${r.vangDanh.case}`, { infectedPlace: 'X' }));
        // a cluster out of scope cannot be linked
        await refusedWrite(422, all(), write(s.clerk, 'PATCH', `/api/cases/${r.hongGai.case}`, { clusterId: r.vangDanh.cluster }));
        status(await write(s.clerk, 'PATCH', `/api/cases/${r.hongGai.case}`, { infectedPlace: 'Chợ' })(), 200);
      },
    },
    'POST /api/cases/:id/status': {
      anon: () => ({ method: 'POST', url: '/api/cases/1/status', payload: { status: 'recovered', at: '2021-12-10T01:00:00Z' } }),
      scope: async () => {
        const r = await reg();
        const body = { status: 'recovered', at: '2021-12-10T01:00:00Z' };
        await refusedWrite(403, all(), write(s.viewer, 'POST', `/api/cases/${r.hongGai.case}/status`, body));
        await refusedWrite(404, all(), write(s.clerk, 'POST', `/api/cases/${r.vangDanh.case}/status`, body));
        await refusedWrite(404, all(), write(s.district, 'POST', `/api/cases/${r.vangDanh.case}/status`, body));
        status(await write(s.province, 'POST', `/api/cases/${r.vangDanh.case}/status`, body)(), 200);
      },
    },
    'GET /api/case-rules': {
      anon: () => get('/api/case-rules'),
      scope: async () => {
        for (const who of [s.clerk, s.viewer]) status(await who.request(get('/api/case-rules')), 200);
      },
    },
    'POST /api/case-rules': {
      anon: () => ({ method: 'POST', url: '/api/case-rules', payload: { validFrom: '2022-01-01', rule: { pcrPositive: true, antigenWithSymptoms: true, antigenAlone: false } } }),
      scope: async () => {
        const body = { validFrom: '2022-01-01', rule: { pcrPositive: true, antigenWithSymptoms: true, antigenAlone: true } };
        for (const who of [s.clerk, s.district, s.province, s.provinceAdmin, s.viewer]) await refusedWrite(403, all(), write(who, 'POST', '/api/case-rules', body));
        status(await write(s.admin, 'POST', '/api/case-rules', body)(), 201);
      },
    },
    'GET /api/provinces/:id/case-classification': {
      anon: () => get(`/api/provinces/${u.quangNinh}/case-classification`),
      scope: async () => {
        status(await s.province.request(get(`/api/provinces/${u.quangNinh}/case-classification`)), 200);
        status(await s.province.request(get(`/api/provinces/${u.haNoi}/case-classification`)), 404);
        // a district user reads nothing above itself
        status(await s.district.request(get(`/api/provinces/${u.quangNinh}/case-classification`)), 404);
        status(await s.admin.request(get(`/api/provinces/${u.haNoi}/case-classification`)), 200);
      },
    },
    'PUT /api/provinces/:id/case-classification': {
      anon: () => ({ method: 'PUT', url: `/api/provinces/${u.quangNinh}/case-classification`, payload: { validFrom: '2021-12-10', quarantinedMeans: 'centralised' } }),
      scope: async () => {
        const body = { validFrom: '2021-12-10', quarantinedMeans: 'centralised' };
        const url = (id: number) => `/api/provinces/${id}/case-classification`;
        for (const who of [s.clerk, s.district, s.viewer]) await refusedWrite(403, all(), write(who, 'PUT', url(u.quangNinh), body));
        await refusedWrite(404, all(), write(s.province, 'PUT', url(u.haNoi), body));
        await refusedWrite(404, all(), write(s.provinceAdmin, 'PUT', url(u.haNoi), body));
        status(await write(s.provinceAdmin, 'PUT', url(u.quangNinh), body)(), 200);
        status(await write(s.admin, 'PUT', url(u.haNoi), body)(), 200);
      },
    },
    'GET /api/clusters': {
      anon: () => get('/api/clusters'),
      scope: async () => {
        const r = await reg();
        const own = await s.clerk.request(get('/api/clusters'));
        status(own, 200);
        const ids = own.json().map((c: { id: number }) => c.id);
        expect(ids).toContain(r.hongGai.cluster);
        expect(ids).not.toContain(r.vangDanh.cluster);
        status(await s.district.request(get(`/api/clusters?unitId=${u.uongBi}`)), 404);
      },
    },
    'POST /api/clusters': {
      anon: () => ({ method: 'POST', url: '/api/clusters', payload: { unitId: 1, name: 'X', openedOn: '2021-12-01' } }),
      scope: async () => {
        const body = (unitId: number) => ({ unitId, name: 'Ổ dịch mới', openedOn: '2021-12-01' });
        await refusedWrite(403, all(), write(s.viewer, 'POST', '/api/clusters', body(u.hongGai)));
        await refusedWrite(404, all(), write(s.clerk, 'POST', '/api/clusters', body(u.bachDang)));
        await refusedWrite(404, all(), write(s.province, 'POST', '/api/clusters', body(u.phucXa)));
        status(await write(s.clerk, 'POST', '/api/clusters', body(u.hongGai))(), 201);
      },
    },
    'GET /api/clusters/:id': {
      anon: () => get('/api/clusters/1'),
      scope: async () => {
        const r = await reg();
        const own = await s.clerk.request(get(`/api/clusters/${r.hongGai.cluster}`));
        status(own, 200);
        expect(own.json().caseList.map((c: { id: number }) => c.id)).toContain(r.hongGai.case);
        for (const who of [s.clerk, s.district, s.viewer]) status(await who.request(get(`/api/clusters/${r.vangDanh.cluster}`)), 404);
      },
    },
    'PATCH /api/clusters/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/clusters/1', payload: { status: 'monitoring' } }),
      scope: async () => {
        const r = await reg();
        await refusedWrite(403, all(), write(s.viewer, 'PATCH', `/api/clusters/${r.hongGai.cluster}`, { status: 'monitoring' }));
        await refusedWrite(404, all(), write(s.clerk, 'PATCH', `/api/clusters/${r.vangDanh.cluster}`, { status: 'monitoring' }));
        status(await write(s.clerk, 'PATCH', `/api/clusters/${r.hongGai.cluster}`, { status: 'monitoring' })(), 200);
      },
    },
  };
};
