import { expect } from 'vitest';
import type { Session } from '../helpers/app.ts';
import type { AreaCases } from './kit.ts';

const WEEK = '2021-11-29';

export const levelCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const all = () => Object.values(u);
  const decision = (over: object = {}) => ({
    weekFrom: WEEK, level: 3, decisionNo: '99/QĐ-UBND', decisionDate: '2021-12-01', reason: 'Kiểm tra phân quyền', ...over,
  });
  const decide = (who: Session, unitId: number, body: object = decision()) => () =>
    who.request({ method: 'POST', url: `/api/levels/${unitId}/decisions`, payload: body });
  const made = async (who: Session, unitId: number) => {
    const res = await decide(who, unitId)();
    status(res, 201);
    return res.json().id as number;
  };
  const ids = (cells: { unit: { id: number } }[]) => cells.map((c) => c.unit.id);

  return {
    'GET /api/levels/:unitId': {
      anon: () => get(`/api/levels/${u.hongGai}`),
      scope: async () => {
        status(await s.clerk.request(get(`/api/levels/${u.hongGai}?week=${WEEK}`)), 200);
        status(await s.clerk.request(get(`/api/levels/${u.haLong}`)), 404);
        status(await s.clerk.request(get(`/api/levels/${u.bachDang}`)), 404);
        status(await s.district.request(get(`/api/levels/${u.vangDanh}`)), 404);
        status(await s.district.request(get(`/api/levels/${u.quangNinh}`)), 404);
        status(await s.province.request(get(`/api/levels/${u.haNoi}`)), 404);
        status(await s.provinceAdmin.request(get(`/api/levels/${u.nation}`)), 404);
        const seen = await s.viewer.request(get(`/api/levels/${u.haLong}?week=${WEEK}`));
        status(seen, 200);
        expect(ids(seen.json().children)).toContain(u.hongGai);
        expect(ids(seen.json().children)).not.toContain(u.vangDanh);
        status(await s.admin.request(get(`/api/levels/${u.phucXa}`)), 200);
      },
    },
    'GET /api/levels/:unitId/history': {
      anon: () => get(`/api/levels/${u.hongGai}/history`),
      scope: async () => {
        status(await s.clerk.request(get(`/api/levels/${u.hongGai}/history`)), 200);
        status(await s.clerk.request(get(`/api/levels/${u.haLong}/history`)), 404);
        status(await s.district.request(get(`/api/levels/${u.uongBi}/history`)), 404);
        status(await s.province.request(get(`/api/levels/${u.phucXa}/history`)), 404);
        status(await s.viewer.request(get(`/api/levels/${u.bachDang}/history`)), 200);
      },
    },
    'GET /api/levels/:unitId/export': {
      anon: () => get(`/api/levels/${u.haLong}/export`),
      scope: async () => {
        const file = await s.district.request(get(`/api/levels/${u.haLong}/export?week=${WEEK}&format=csv`));
        status(file, 200);
        expect(file.body).toContain('06691');
        expect(file.body).not.toContain('06808');
        status(await s.district.request(get(`/api/levels/${u.uongBi}/export`)), 404);
        status(await s.clerk.request(get(`/api/levels/${u.haLong}/export`)), 404);
        status(await s.province.request(get(`/api/levels/${u.haNoi}/export`)), 404);
        status(await s.viewer.request(get(`/api/levels/${u.haLong}/export?format=csv`)), 200);
      },
    },
    'POST /api/levels/assess': {
      anon: () => ({ method: 'POST', url: '/api/levels/assess', payload: { week: WEEK } }),
      scope: async () => {
        const assess = (who: Session, unitId?: number) => () =>
          who.request({ method: 'POST', url: '/api/levels/assess', payload: { week: WEEK, unitId } });
        await refusedWrite(403, all(), assess(s.clerk));
        await refusedWrite(403, all(), assess(s.viewer, u.haLong));
        await refusedWrite(404, all(), assess(s.district, u.uongBi));
        await refusedWrite(404, all(), assess(s.district, u.quangNinh));
        await refusedWrite(404, all(), assess(s.province, u.haNoi));
        const ok = await assess(s.district)();
        status(ok, 200);
        expect(ok.json().units).toBeGreaterThan(20);
        // only the district's subtree: Uông Bí and the province were not assessed
        expect((await s.province.request(get(`/api/levels/${u.vangDanh}?week=${WEEK}`))).json().own).toBeNull();
        expect((await s.province.request(get(`/api/levels/${u.quangNinh}?week=${WEEK}`))).json().own).toBeNull();
      },
    },
    'GET /api/levels/:unitId/decisions': {
      anon: () => get(`/api/levels/${u.hongGai}/decisions`),
      scope: async () => {
        status(await s.clerk.request(get(`/api/levels/${u.hongGai}/decisions`)), 200);
        status(await s.clerk.request(get(`/api/levels/${u.bachDang}/decisions`)), 404);
        status(await s.district.request(get(`/api/levels/${u.vangDanh}/decisions`)), 404);
        status(await s.province.request(get(`/api/levels/${u.phucXa}/decisions`)), 404);
        status(await s.viewer.request(get(`/api/levels/${u.hongGai}/decisions`)), 200);
      },
    },
    'POST /api/levels/:unitId/decisions': {
      anon: () => ({ method: 'POST', url: `/api/levels/${u.hongGai}/decisions`, payload: decision() }),
      scope: async () => {
        await refusedWrite(403, all(), decide(s.clerk, u.hongGai));
        await refusedWrite(403, all(), decide(s.viewer, u.hongGai));
        // not for its own unit, unless a province
        await refusedWrite(403, all(), decide(s.district, u.haLong));
        await refusedWrite(404, all(), decide(s.district, u.vangDanh));
        await refusedWrite(404, all(), decide(s.district, u.quangNinh));
        await refusedWrite(404, all(), decide(s.province, u.phucXa));
        await refusedWrite(404, all(), decide(s.provinceAdmin, u.haNoi));
        status(await decide(s.district, u.bachDang)(), 201);
        status(await decide(s.province, u.quangNinh)(), 201);
        status(await decide(s.admin, u.haNoi)(), 201);
      },
    },
    'DELETE /api/levels/decisions/:id': {
      anon: () => ({ method: 'DELETE', url: '/api/levels/decisions/1' }),
      scope: async () => {
        const del = (who: Session, id: number) => () => who.request({ method: 'DELETE', url: `/api/levels/decisions/${id}` });
        const byDistrict = await made(s.district, u.hongGai);
        const byProvince = await made(s.province, u.bachDang);
        const inUongBi = await made(s.province, u.vangDanh);
        const inHaNoi = await made(s.admin, u.phucXa);
        await refusedWrite(403, all(), del(s.clerk, byDistrict));
        await refusedWrite(403, all(), del(s.viewer, byDistrict));
        // a district does not withdraw the province's decision
        await refusedWrite(403, all(), del(s.district, byProvince));
        await refusedWrite(404, all(), del(s.district, inUongBi));
        await refusedWrite(404, all(), del(s.province, inHaNoi));
        await refusedWrite(404, all(), del(s.district, 999_999));
        status(await del(s.district, byDistrict)(), 204);
        status(await del(s.province, byProvince)(), 204);
        status(await del(s.admin, inHaNoi)(), 204);
      },
    },
  };
};
