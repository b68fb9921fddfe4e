import { expect } from 'vitest';
import type { AreaCases } from './kit.ts';
import { quarantineFixtures } from './quarantine.ts';

export const facilityCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const fx = quarantineFixtures(k);
  const all = () => Object.values(u);
  const names = (res: { json(): { name: string }[] }) => res.json().map((f) => f.name);
  const newSite = (unitId: number) => ({ unitId, kind: 'quarantine', name: 'Khu cách ly mới', beds: 10 });

  return {
    'GET /api/facilities': {
      anon: () => get('/api/facilities'),
      scope: async () => {
        await fx();
        const district = await s.district.request(get('/api/facilities'));
        status(district, 200);
        expect(names(district)).toContain('Khu cách ly Hạ Long');
        expect(district.body).not.toContain('Uông Bí');
        // a commune sees the sites above it that it sends people to, not those of other districts
        const above = await s.clerk.request(get('/api/facilities?includeAbove=true'));
        expect(names(above)).toContain('Khu cách ly Hạ Long');
        expect(above.body).not.toContain('Uông Bí');
        status(await s.clerk.request(get(`/api/facilities?unitId=${u.haLong}`)), 404);
        status(await s.district.request(get(`/api/facilities?unitId=${u.uongBi}`)), 404);
        status(await s.province.request(get(`/api/facilities?unitId=${u.haNoi}`)), 404);
        expect(names(await s.province.request(get('/api/facilities')))).toContain('Bệnh viện Uông Bí');
        status(await s.viewer.request(get('/api/facilities')), 200);
      },
    },
    'POST /api/facilities': {
      anon: () => ({ method: 'POST', url: '/api/facilities', payload: newSite(u.haLong) }),
      scope: async () => {
        const add = (who: typeof s.clerk, unitId: number) => () => who.request({ method: 'POST', url: '/api/facilities', payload: newSite(unitId) });
        await refusedWrite(403, all(), add(s.clerk, u.hongGai));
        await refusedWrite(403, all(), add(s.viewer, u.haLong));
        await refusedWrite(404, all(), add(s.district, u.uongBi));
        await refusedWrite(404, all(), add(s.province, u.haNoi));
        status(await add(s.district, u.bachDang)(), 201);
      },
    },
    'PATCH /api/facilities/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/facilities/1', payload: { beds: 5 } }),
      scope: async () => {
        const { site } = await fx();
        const patch = (who: typeof s.clerk, id: number, payload: object = { beds: 60 }) => () =>
          who.request({ method: 'PATCH', url: `/api/facilities/${id}`, payload });
        await refusedWrite(403, all(), patch(s.clerk, site.haLong));
        await refusedWrite(403, all(), patch(s.viewer, site.haLong));
        await refusedWrite(404, all(), patch(s.district, site.uongBi));
        // nor may a site be moved out of scope
        await refusedWrite(404, all(), patch(s.district, site.haLong, { unitId: u.uongBi }));
        status(await patch(s.district, site.haLong)(), 200);
      },
    },
    'GET /api/facilities/readiness': {
      anon: () => get('/api/facilities/readiness'),
      scope: async () => {
        await fx();
        const district = await s.district.request(get('/api/facilities/readiness'));
        status(district, 200);
        expect(district.json().districts.map((d: { unit: { id: number } }) => d.unit.id)).toEqual([u.haLong]);
        const province = (await s.province.request(get('/api/facilities/readiness'))).json();
        expect(province.districts.find((d: { unit: { id: number } }) => d.unit.id === u.uongBi).bedsByTier.tier2).toBeGreaterThanOrEqual(50);
        status(await s.district.request(get(`/api/facilities/readiness?unitId=${u.uongBi}`)), 404);
        status(await s.province.request(get(`/api/facilities/readiness?unitId=${u.haNoi}`)), 404);
        status(await s.clerk.request(get(`/api/facilities/readiness?unitId=${u.haLong}`)), 404);
        status(await s.viewer.request(get('/api/facilities/readiness')), 200);
      },
    },
  };
};
