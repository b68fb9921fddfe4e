import { expect } from 'vitest';
import type { AreaCases } from './kit.ts';

export const registerCases: AreaCases = (k) => {
  const { s, u, get } = k;
  const figures = (unit: number) => get(`/api/registers/${unit}/figures?date=2021-12-10`);
  const put = (unit: number) => ({ method: 'PUT' as const, url: `/api/registers/${unit}`, payload: { since: '2021-12-01' } });
  return {
    'GET /api/registers/:unitId/figures': {
      anon: () => figures(u.hongGai),
      scope: async () => {
        k.status(await k.s.clerk.request(figures(u.hongGai)), 200);
        for (const id of [u.bachDang, u.haLong, u.quangNinh, u.nation, u.phucXa]) k.status(await s.clerk.request(figures(id)), 404);
        const district = await s.district.request(figures(u.haLong));
        k.status(district, 200);
        expect(district.json().children.map((c: { unit: { id: number } }) => c.unit.id)).toContain(u.hongGai);
        for (const id of [u.uongBi, u.vangDanh, u.quangNinh, u.haNoi]) k.status(await s.district.request(figures(id)), 404);
        k.status(await s.viewer.request(figures(u.haLong)), 200);
        k.status(await s.province.request(figures(u.baDinh)), 404);
      },
    },
    'GET /api/registers/:unitId/units': {
      anon: () => get(`/api/registers/${u.haLong}/units`),
      scope: async () => {
        k.status(await s.district.request(get(`/api/registers/${u.haLong}/units`)), 200);
        k.status(await s.district.request(get(`/api/registers/${u.quangNinh}/units`)), 404);
        k.status(await s.clerk.request(get(`/api/registers/${u.haLong}/units`)), 404);
      },
    },
    'PUT /api/registers/:unitId': {
      anon: () => put(u.hongGai),
      scope: async () => {
        await k.refusedWrite(403, [u.hongGai], () => s.clerk.request(put(u.hongGai)));
        await k.refusedWrite(403, [u.hongGai], () => s.viewer.request(put(u.hongGai)));
        await k.refusedWrite(404, [u.vangDanh], () => s.district.request(put(u.vangDanh)));
        await k.refusedWrite(404, [u.phucXa], () => s.province.request(put(u.phucXa)));
        k.status(await s.district.request(put(u.bachDang)), 200);
      },
    },
    'DELETE /api/registers/:unitId': {
      anon: () => ({ method: 'DELETE', url: `/api/registers/${u.bachDang}` }),
      scope: async () => {
        await k.refusedWrite(403, [u.bachDang], () => s.clerk.request({ method: 'DELETE', url: `/api/registers/${u.bachDang}` }));
        await k.refusedWrite(404, [u.phucXa], () => s.province.request({ method: 'DELETE', url: `/api/registers/${u.phucXa}` }));
        k.status(await s.district.request({ method: 'DELETE', url: `/api/registers/${u.bachDang}` }), 200);
      },
    },
  };
};
