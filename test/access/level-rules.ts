import { expect } from 'vitest';
import type { AreaCases, SessionKey } from './kit.ts';

/** Rule sets: national ones for all, a province's to its own people and the nation; written by the owner's editors. */
export const levelRuleCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const all = () => Object.values(u);
  const ids = async (code: string) =>
    (await k.t.db.query<{ id: number }>({ text: 'select id from level_rule_set where code = $1', values: [code] }))[0]?.id;
  let sets: { d218: number; haNoi: number } | undefined;
  // the Ministry's 218 and an adjusted set of Hà Nội (from 2022, so no assessment of the test weeks uses it)
  const fixtures = async () => {
    if (sets) return sets;
    await k.t.db.query({
      text: `insert into level_rule_set (code, name, source, unit_id, based_on_id, valid_from, definition, measures)
             select '218/QĐ-BYT (Hà Nội)', name, source, $1, id, valid_from, definition, measures from level_rule_set where code = '218/QĐ-BYT'`,
      values: [u.haNoi],
    });
    sets = { d218: (await ids('218/QĐ-BYT'))!, haNoi: (await ids('218/QĐ-BYT (Hà Nội)'))! };
    return sets;
  };
  const codes = async (who: SessionKey) => (await s[who].request(get('/api/level-rule-sets'))).json().map((r: { code: string }) => r.code);
  const patch = (who: SessionKey, id: number, payload: object = { note: 'Ghi chú' }) => () =>
    s[who].request({ method: 'PATCH', url: `/api/level-rule-sets/${id}`, payload });
  const post = (who: SessionKey, payload: object) => () => s[who].request({ method: 'POST', url: '/api/level-rule-sets', payload });
  const copyOf218 = async () => ids('218/QĐ-BYT (Quảng Ninh)');

  return {
    'GET /api/level-rule-sets': {
      anon: () => get('/api/level-rule-sets'),
      scope: async () => {
        await fixtures();
        for (const who of ['clerk', 'viewer', 'district', 'province'] as const) {
          const list = await codes(who);
          expect(list).toContain('218/QĐ-BYT');
          expect(list).not.toContain('218/QĐ-BYT (Hà Nội)');
        }
        expect(await codes('admin')).toContain('218/QĐ-BYT (Hà Nội)');
      },
    },
    'GET /api/level-rule-sets/:id': {
      anon: () => get('/api/level-rule-sets/1'),
      scope: async () => {
        const { d218, haNoi } = await fixtures();
        status(await s.viewer.request(get(`/api/level-rule-sets/${d218}`)), 200);
        for (const who of ['clerk', 'district', 'province', 'provinceAdmin'] as const) {
          status(await s[who].request(get(`/api/level-rule-sets/${haNoi}`)), 404);
        }
        status(await s.admin.request(get(`/api/level-rule-sets/${haNoi}`)), 200);
        status(await s.admin.request(get('/api/level-rule-sets/99999999')), 404);
      },
    },
    'GET /api/level-rule-sets/in-force': {
      anon: () => get('/api/level-rule-sets/in-force'),
      scope: async () => {
        await fixtures();
        const inForce = (who: SessionKey, unitId: number) => s[who].request(get(`/api/level-rule-sets/in-force?unitId=${unitId}&date=2022-02-10`));
        status(await inForce('clerk', u.hongGai), 200);
        status(await inForce('clerk', u.haLong), 404);
        status(await inForce('district', u.uongBi), 404);
        status(await inForce('province', u.phucXa), 404);
        expect((await inForce('admin', u.phucXa)).json().code).toBe('218/QĐ-BYT (Hà Nội)');
      },
    },
    'POST /api/level-rule-sets': {
      anon: () => ({ method: 'POST', url: '/api/level-rule-sets', payload: { basedOnId: 1 } }),
      scope: async () => {
        const { d218, haNoi } = await fixtures();
        for (const who of ['clerk', 'viewer', 'district'] as const) await refusedWrite(403, all(), post(who, { basedOnId: d218 }));
        // another province's set does not exist for Quảng Ninh
        await refusedWrite(404, all(), post('province', { basedOnId: haNoi, validFrom: '2030-01-01' }));
        status(await post('province', { basedOnId: d218 })(), 201);
        // one adjusted set per period
        await refusedWrite(422, all(), post('provinceAdmin', { basedOnId: d218 }));
        expect(await copyOf218()).toBeDefined();
      },
    },
    'PATCH /api/level-rule-sets/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/level-rule-sets/1', payload: { note: 'x' } }),
      scope: async () => {
        const { d218, haNoi } = await fixtures();
        for (const who of ['clerk', 'viewer', 'district', 'province', 'provinceAdmin'] as const) await refusedWrite(403, all(), patch(who, d218));
        await refusedWrite(404, all(), patch('province', haNoi));
        // the nation reads a province's set but the province changes it
        await refusedWrite(403, all(), patch('admin', haNoi));
        status(await patch('admin', d218)(), 200);
        const quangNinh = (await copyOf218()) ?? (await s.province.request({ method: 'POST', url: '/api/level-rule-sets', payload: { basedOnId: d218 } })).json().id;
        await refusedWrite(403, all(), patch('district', quangNinh));
        status(await patch('provinceAdmin', quangNinh)(), 200);
      },
    },
  };
};
