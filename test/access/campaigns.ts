import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { AreaCases } from './kit.ts';

export const campaignCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const all = () => Object.values(u);
  const newCampaign = (unitId: number, name: string) => ({
    unitId, name, targets: [{ ageGroup: '18+', stage: 'dose1', targetShare: 1, dueDate: '2021-12-15' }],
  });
  let made: { haLong: number; uongBi: number } | undefined;
  /** one campaign of Hạ Long and one of Uông Bí, made once by the province */
  const campaigns = async () => {
    if (made) return made;
    const add = async (unitId: number, name: string) => {
      const res = await s.province.request({ method: 'POST', url: '/api/campaigns', payload: newCampaign(unitId, name) });
      status(res, 201);
      return res.json().id as number;
    };
    made = { haLong: await add(u.haLong, 'Chiến dịch Hạ Long'), uongBi: await add(u.uongBi, 'Chiến dịch Uông Bí') };
    return made;
  };
  /** A campaign of its own for a route that changes it: of Hạ Long, of the province (which Hạ Long sees but may not edit), of Hà Nội. */
  const own = async (owner: 'haLong' | 'quangNinh' | 'haNoi', name: string) => {
    const res = await s.admin.request({ method: 'POST', url: '/api/campaigns', payload: newCampaign(u[owner], name) });
    status(res, 201);
    return res.json().id as number;
  };
  /** Each of the refused editors of a campaign of Hạ Long, of Quảng Ninh and of Hà Nội, then the district's own edit. */
  const editCases = async (label: string, edit: (who: typeof s.clerk, id: number) => Promise<LightMyRequestResponse>, ok: number, prepare = async (_id: number) => {}) => {
    const [haLong, quangNinh, haNoi] = [await own('haLong', `${label} Hạ Long`), await own('quangNinh', `${label} tỉnh`), await own('haNoi', `${label} Hà Nội`)];
    for (const id of [haLong, quangNinh, haNoi]) await prepare(id);
    await refusedWrite(403, all(), () => edit(s.clerk, haLong));
    await refusedWrite(403, all(), () => edit(s.viewer, haLong));
    // the district sees its province's campaign but may not change it
    status(await s.district.request(get(`/api/campaigns/${quangNinh}`)), 200);
    await refusedWrite(403, all(), () => edit(s.district, quangNinh));
    await refusedWrite(404, all(), () => edit(s.province, haNoi));
    await refusedWrite(404, all(), () => edit(s.district, haNoi));
    status(await edit(s.province, quangNinh), ok);
    status(await edit(s.district, haLong), ok);
  };
  const changed = (name: string) => ({ name, targets: [{ ageGroup: '18+', stage: 'primary', targetShare: 0.8, dueDate: '2021-12-31' }] });

  return {
    'GET /api/campaigns': {
      anon: () => get('/api/campaigns'),
      scope: async () => {
        await campaigns();
        const clerk = await s.clerk.request(get('/api/campaigns'));
        status(clerk, 200);
        expect(clerk.body).toContain('Chiến dịch Hạ Long');
        expect(clerk.body).not.toContain('Uông Bí');
        status(await s.district.request(get(`/api/campaigns?unitId=${u.uongBi}`)), 404);
        status(await s.province.request(get(`/api/campaigns?unitId=${u.haNoi}`)), 404);
        status(await s.viewer.request(get('/api/campaigns')), 200);
      },
    },
    'POST /api/campaigns': {
      anon: () => ({ method: 'POST', url: '/api/campaigns', payload: newCampaign(u.haLong, 'x') }),
      scope: async () => {
        const add = (who: typeof s.clerk, unitId: number) => () =>
          who.request({ method: 'POST', url: '/api/campaigns', payload: newCampaign(unitId, 'Chiến dịch mới') });
        await refusedWrite(403, all(), add(s.clerk, u.hongGai));
        await refusedWrite(403, all(), add(s.viewer, u.haLong));
        await refusedWrite(404, all(), add(s.district, u.uongBi));
        await refusedWrite(404, all(), add(s.province, u.haNoi));
        status(await add(s.district, u.haLong)(), 201);
      },
    },
    'GET /api/campaigns/:id': {
      anon: () => get('/api/campaigns/1'),
      scope: async () => {
        const c = await campaigns();
        const clerk = await s.clerk.request(get(`/api/campaigns/${c.haLong}`));
        status(clerk, 200);
        expect(clerk.json().unit.id).toBe(u.hongGai);
        status(await s.clerk.request(get(`/api/campaigns/${c.uongBi}`)), 404);
        status(await s.district.request(get(`/api/campaigns/${c.uongBi}`)), 404);
        status(await s.district.request(get(`/api/campaigns/${c.haLong}?unitId=${u.vangDanh}`)), 404);
        status(await s.viewer.request(get(`/api/campaigns/${c.haLong}`)), 200);
      },
    },
    'PUT /api/campaigns/:id': {
      anon: () => ({ method: 'PUT', url: '/api/campaigns/1', payload: changed('x') }),
      scope: () => editCases('Sửa', (who, id) => who.request({ method: 'PUT', url: `/api/campaigns/${id}`, payload: changed('Đã sửa') }), 200),
    },
    'POST /api/campaigns/:id/close': {
      anon: () => ({ method: 'POST', url: '/api/campaigns/1/close', payload: {} }),
      scope: () => editCases('Kết thúc', (who, id) => who.request({ method: 'POST', url: `/api/campaigns/${id}/close`, payload: { reason: 'Xong' } }), 200),
    },
    'POST /api/campaigns/:id/reopen': {
      anon: () => ({ method: 'POST', url: '/api/campaigns/1/reopen' }),
      // closed first by the national administrator, so that a reopen would change something
      scope: () => editCases('Mở lại', (who, id) => who.request({ method: 'POST', url: `/api/campaigns/${id}/reopen` }), 200, async (id) => {
        status(await s.admin.request({ method: 'POST', url: `/api/campaigns/${id}/close`, payload: {} }), 200);
      }),
    },
    'DELETE /api/campaigns/:id': {
      anon: () => ({ method: 'DELETE', url: '/api/campaigns/1' }),
      scope: () => editCases('Xoá', (who, id) => who.request({ method: 'DELETE', url: `/api/campaigns/${id}` }), 204),
    },
    'GET /api/campaigns/behind': {
      anon: () => get('/api/campaigns/behind'),
      scope: async () => {
        await campaigns();
        const district = await s.district.request(get('/api/campaigns/behind'));
        status(district, 200);
        expect(district.body).not.toContain('Uông Bí');
        status(await s.district.request(get(`/api/campaigns/behind?unitId=${u.uongBi}`)), 404);
        status(await s.clerk.request(get(`/api/campaigns/behind?unitId=${u.haLong}`)), 404);
      },
    },
  };
};
