import { expect } from 'vitest';
import type { AreaCases } from './kit.ts';

const square = { type: 'Polygon', coordinates: [[[106, 20], [106.1, 20], [106.1, 20.1], [106, 20]]] };
const file = (...codes: string[]) => ({
  type: 'FeatureCollection',
  features: codes.map((code) => ({ type: 'Feature', properties: { code }, geometry: square })),
});

export const boundaryCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const all = () => Object.values(u);
  const put = (who: typeof s.admin, ...codes: string[]) => () => who.request({ method: 'PUT', url: '/api/boundaries', payload: file(...codes) });

  return {
    'PUT /api/boundaries': {
      anon: () => ({ method: 'PUT', url: '/api/boundaries', payload: file('193') }),
      scope: async () => {
        await refusedWrite(403, all(), put(s.clerk, '06691'));
        await refusedWrite(403, all(), put(s.viewer, '193'));
        await refusedWrite(403, all(), put(s.district, '193'));
        await refusedWrite(403, all(), put(s.province, '22'));
        // a province's admin: units of the province only, and the whole file or nothing
        await refusedWrite(422, all(), put(s.provinceAdmin, '01'));
        await refusedWrite(422, all(), put(s.provinceAdmin, '193', '001'));
        status(await put(s.provinceAdmin, '193', '196')(), 200);
        status(await put(s.admin, '01')(), 200);
      },
    },
    'GET /api/boundaries/status': {
      anon: () => get('/api/boundaries/status'),
      scope: async () => {
        for (const who of [s.clerk, s.viewer, s.district, s.province]) status(await who.request(get('/api/boundaries/status')), 403);
        const province = await s.provinceAdmin.request(get('/api/boundaries/status'));
        status(province, 200);
        // counted in the admin's scope: one province, not the nation's 63
        expect(province.json().levels.find((l: { level: number }) => l.level === 1).units).toBe(1);
        expect(province.json().levels.some((l: { level: number }) => l.level === 0)).toBe(false);
        status(await s.admin.request(get('/api/boundaries/status')), 200);
      },
    },
    'DELETE /api/boundaries': {
      anon: () => ({ method: 'DELETE', url: '/api/boundaries?level=2' }),
      scope: async () => {
        status(await put(s.admin, '193', '001')(), 200);
        for (const who of [s.clerk, s.viewer, s.district, s.province]) {
          await refusedWrite(403, all(), () => who.request({ method: 'DELETE', url: '/api/boundaries?level=2' }));
        }
        // the province's admin clears its own districts only: Ba Đình (Hà Nội) keeps its boundary
        status(await s.provinceAdmin.request({ method: 'DELETE', url: '/api/boundaries?level=2' }), 200);
        const left = await k.t.db.query<{ code: string }>({
          text: 'select o.code from unit_boundary b join org_unit o on o.id = b.unit_id where o.level = 2 order by o.code',
          values: [],
        });
        expect(left.map((r) => r.code)).toEqual(['001']);
      },
    },
  };
};
