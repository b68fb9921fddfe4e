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
