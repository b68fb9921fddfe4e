import { expect } from 'vitest';
import type { AreaCases } from './kit.ts';
import { registersOf } from './cases.ts';
import { peopleOf } from './people.ts';

export const labtestCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const reg = registersOf(k);
  const all = () => Object.values(u);
  type Who = typeof s.clerk;
  const write = (who: Who, method: 'POST' | 'PATCH', url: string, payload: object) => () => who.request({ method, url, payload });
  const result = { result: 'negative', resultAt: '2021-12-09T10:00:00Z' };

  return {
    'POST /api/tests': {
      anon: () => ({ method: 'POST', url: '/api/tests', payload: { personId: 1, kind: 'pcr', sampledAt: '2021-12-09T01:00:00Z' } }),
      scope: async () => {
        const p = (await peopleOf(k)()) as Record<string, number>;
        const r = await reg();
        const body = (personId: number, over: object = {}) => ({ personId, kind: 'pcr', sampledAt: '2021-12-09T01:00:00Z', ...over });
        await refusedWrite(403, all(), write(s.viewer, 'POST', '/api/tests', body(p.hongGai!)));
        await refusedWrite(404, all(), write(s.clerk, 'POST', '/api/tests', body(p.bachDang!)));
        await refusedWrite(404, all(), write(s.district, 'POST', '/api/tests', body(p.vangDanh!)));
        // in scope, but into a unit or campaign out of scope
        await refusedWrite(404, all(), write(s.clerk, 'POST', '/api/tests', body(p.hongGai!, { unitId: u.vangDanh })));
        await refusedWrite(422, all(), write(s.clerk, 'POST', '/api/tests', body(p.hongGai!, { campaignId: r.vangDanh.campaign })));
        status(await write(s.clerk, 'POST', '/api/tests', body(p.hongGai!))(), 201);
      },
    },
    'PATCH /api/tests/:id/result': {
      anon: () => ({ method: 'PATCH', url: '/api/tests/1/result', payload: result }),
      scope: async () => {
        const r = await reg();
        await refusedWrite(403, all(), write(s.viewer, 'PATCH', `/api/tests/${r.hongGai.test}/result`, result));
        await refusedWrite(404, all(), write(s.clerk, 'PATCH', `/api/tests/${r.vangDanh.test}/result`, result));
        await refusedWrite(404, all(), write(s.district, 'PATCH', `/api/tests/${r.vangDanh.test}/result`, result));
        status(await write(s.clerk, 'PATCH', `/api/tests/${r.hongGai.test}/result`, result)(), 200);
      },
    },
    'GET /api/tests': {
      anon: () => get('/api/tests'),
      scope: async () => {
        const r = await reg();
        const own = await s.district.request(get('/api/tests?limit=5000'));
        status(own, 200);
        const ids = own.json().items.map((x: { id: number }) => x.id);
        expect(ids).toContain(r.hongGai.test);
        expect(ids).not.toContain(r.vangDanh.test);
        expect(own.body).not.toContain('Truy Cập vangDanh');
        status(await s.clerk.request(get(`/api/tests?unitId=${u.bachDang}`)), 404);
        status(await s.district.request(get(`/api/tests?unitId=${u.uongBi}&format=xlsx`)), 404);
        const csv = await s.clerk.request(get('/api/tests?format=csv'));
        expect(csv.body).not.toContain('Truy Cập vangDanh');
        status(await s.viewer.request(get('/api/tests')), 200);
      },
    },
    'POST /api/test-pools': {
      anon: () => ({ method: 'POST', url: '/api/test-pools', payload: { unitId: 1, sampledAt: '2021-12-09T01:00:00Z', personIds: [1, 2] } }),
      scope: async () => {
        const p = (await peopleOf(k)()) as Record<string, number>;
        const body = (unitId: number, personIds: number[]) => ({ unitId, sampledAt: '2021-12-09T01:00:00Z', personIds });
        await refusedWrite(403, all(), write(s.viewer, 'POST', '/api/test-pools', body(u.hongGai, [p.hongGai!, p.bachDang!])));
        await refusedWrite(404, all(), write(s.clerk, 'POST', '/api/test-pools', body(u.bachDang, [p.hongGai!, p.bachDang!])));
        const res = await refusedWrite(422, all(), write(s.district, 'POST', '/api/test-pools', body(u.haLong, [p.hongGai!, p.vangDanh!])));
        expect(res.body).not.toContain('Truy Cập');
        status(await write(s.district, 'POST', '/api/test-pools', body(u.haLong, [p.hongGai!, p.bachDang!]))(), 201);
      },
    },
    'PATCH /api/test-pools/:id/result': {
      anon: () => ({ method: 'PATCH', url: '/api/test-pools/1/result', payload: result }),
      scope: async () => {
        const r = await reg();
        await refusedWrite(403, all(), write(s.viewer, 'PATCH', `/api/test-pools/${r.hongGai.pool}/result`, result));
        await refusedWrite(404, all(), write(s.clerk, 'PATCH', `/api/test-pools/${r.vangDanh.pool}/result`, result));
        await refusedWrite(404, all(), write(s.district, 'PATCH', `/api/test-pools/${r.vangDanh.pool}/result`, result));
        status(await write(s.clerk, 'PATCH', `/api/test-pools/${r.hongGai.pool}/result`, result)(), 200);
      },
    },
    'GET /api/test-pools/:id': {
      anon: () => get('/api/test-pools/1'),
      scope: async () => {
        const r = await reg();
        status(await s.clerk.request(get(`/api/test-pools/${r.hongGai.pool}`)), 200);
        for (const who of [s.clerk, s.district, s.viewer]) {
          const res = await who.request(get(`/api/test-pools/${r.vangDanh.pool}`));
          status(res, 404);
          expect(res.body).not.toContain('Truy Cập');
        }
      },
    },
    'GET /api/test-pools': {
      anon: () => get('/api/test-pools'),
      scope: async () => {
        const r = await reg();
        const own = await s.clerk.request(get('/api/test-pools'));
        status(own, 200);
        expect(own.json().map((x: { id: number }) => x.id)).not.toContain(r.vangDanh.pool);
        status(await s.clerk.request(get(`/api/test-pools?unitId=${u.vangDanh}`)), 404);
      },
    },
    'POST /api/screening-campaigns': {
      anon: () => ({ method: 'POST', url: '/api/screening-campaigns', payload: {} }),
      scope: async () => {
        const body = (unitId: number) => ({ unitId, name: 'Sàng lọc', siteKind: 'factory', siteName: 'Nhà máy', targetPopulation: 500, targetShare: 0.2, startDate: '2021-12-01' });
        await refusedWrite(403, all(), write(s.viewer, 'POST', '/api/screening-campaigns', body(u.hongGai)));
        await refusedWrite(404, all(), write(s.clerk, 'POST', '/api/screening-campaigns', body(u.bachDang)));
        await refusedWrite(404, all(), write(s.province, 'POST', '/api/screening-campaigns', body(u.phucXa)));
        status(await write(s.clerk, 'POST', '/api/screening-campaigns', body(u.hongGai))(), 201);
      },
    },
    'GET /api/screening-campaigns': {
      anon: () => get('/api/screening-campaigns'),
      scope: async () => {
        const r = await reg();
        const own = await s.clerk.request(get('/api/screening-campaigns'));
        status(own, 200);
        expect(own.json().map((x: { id: number }) => x.id)).not.toContain(r.vangDanh.campaign);
        status(await s.district.request(get(`/api/screening-campaigns?unitId=${u.uongBi}`)), 404);
      },
    },
    'GET /api/screening-campaigns/:id/progress': {
      anon: () => get('/api/screening-campaigns/1/progress'),
      scope: async () => {
        const r = await reg();
        status(await s.clerk.request(get(`/api/screening-campaigns/${r.hongGai.campaign}/progress`)), 200);
        for (const who of [s.clerk, s.district, s.viewer]) status(await who.request(get(`/api/screening-campaigns/${r.vangDanh.campaign}/progress`)), 404);
      },
    },
  };
};
