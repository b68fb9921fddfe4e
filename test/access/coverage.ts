import { expect } from 'vitest';
import type { AreaCases } from './kit.ts';

export const coverageCases: AreaCases = (k) => {
  const { s, u, get } = k;
  const coverage = (unit: number) => get(`/api/coverage/${unit}?date=2021-12-10`);
  const progress = (unit: number) => get(`/api/vaccination-progress/${unit}?date=2021-12-10`);
  const reconciliation = (unit: number) => get(`/api/coverage/${unit}/reconciliation?date=2021-12-10`);
  const report = (unit: number) => ({
    method: 'POST' as const,
    url: '/api/reported-coverage',
    payload: { rows: [{ unitId: unit, asOf: '2021-12-09', ageGroup: '18+', stage: 'dose1', eligible: 100, vaccinated: 50, source: 'UBND' }] },
  });
  /** a district sees itself and its communes, nothing beside or above */
  const districtScope = async (req: (unit: number) => ReturnType<typeof get>) => {
    const own = await s.district.request(req(u.haLong));
    k.status(own, 200);
    for (const id of [u.uongBi, u.vangDanh, u.quangNinh, u.nation, u.phucXa]) k.status(await s.district.request(req(id)), 404);
    k.status(await s.clerk.request(req(u.hongGai)), 200);
    for (const id of [u.bachDang, u.haLong]) k.status(await s.clerk.request(req(id)), 404);
    k.status(await s.viewer.request(req(u.haLong)), 200);
    k.status(await s.province.request(req(u.baDinh)), 404);
    return own.json();
  };
  return {
    'GET /api/coverage/:unitId': {
      anon: () => coverage(u.haLong),
      scope: async () => {
        const body = await districtScope(coverage);
        expect(body.children.map((c: { unit: { id: number } }) => c.unit.id)).toContain(u.hongGai);
        expect(body.children.map((c: { unit: { id: number } }) => c.unit.id)).not.toContain(u.vangDanh);
        k.status(await s.district.request(get(`/api/coverage/${u.quangNinh}?format=csv`)), 404);
      },
    },
    'GET /api/coverage/:unitId/reconciliation': {
      anon: () => reconciliation(u.haLong),
      scope: async () => {
        await districtScope(reconciliation);
      },
    },
    'GET /api/vaccination-progress/:unitId': {
      anon: () => progress(u.haLong),
      scope: async () => {
        const body = await districtScope(progress);
        for (const c of body.completeness.list as { id: number }[]) expect(c.id).not.toBe(u.vangDanh);
      },
    },
    'POST /api/reported-coverage': {
      anon: () => report(u.hongGai),
      scope: async () => {
        await k.refusedWrite(403, [u.hongGai], () => s.clerk.request(report(u.hongGai)));
        await k.refusedWrite(403, [u.hongGai], () => s.viewer.request(report(u.hongGai)));
        await k.refusedWrite(404, [u.vangDanh], () => s.district.request(report(u.vangDanh)));
        await k.refusedWrite(404, [u.phucXa], () => s.province.request(report(u.phucXa)));
        k.status(await s.district.request(report(u.bachDang)), 200);
      },
    },
  };
};
