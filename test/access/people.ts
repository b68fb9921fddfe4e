import { expect } from 'vitest';
import type { AccessKit, AreaCases, UnitKey } from './kit.ts';

/** One person per unit, named after it, created once on first use. */
export function peopleOf(k: AccessKit) {
  let made: Promise<Record<'hongGai' | 'bachDang' | 'vangDanh' | 'phucXa', number>> | undefined;
  const seed = async () => {
    const out = {} as Record<'hongGai' | 'bachDang' | 'vangDanh' | 'phucXa', number>;
    for (const key of ['hongGai', 'bachDang', 'vangDanh', 'phucXa'] as const) {
      const rows = await k.t.db.query<{ id: number }>({
        text: `insert into person (full_name, search_name, birth_date, phone, unit_id) values ($1, $2, '1990-01-01', '0900000001', $3) returning id`,
        values: [`Truy Cập ${key}`, `truy cap ${key.toLowerCase()}`, k.u[key as UnitKey]],
      });
      out[key] = Number(rows[0]!.id);
    }
    return out;
  };
  return () => (made ??= seed());
}

export const peopleCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const people = peopleOf(k);
  const all = () => Object.values(u);
  const names = (res: { json(): { items: { fullName: string }[] } }) => res.json().items.map((p) => p.fullName);
  const newPerson = (unitId: number) => ({ unitId, fullName: 'Người Mới Truy Cập', birthDate: '2001-02-03' });

  return {
    'GET /api/people': {
      anon: () => get('/api/people'),
      scope: async () => {
        await people();
        // the Hạ Long district user searching finds nobody from Uông Bí
        const district = await s.district.request(get('/api/people?q=truy%20cap&limit=500'));
        status(district, 200);
        expect(names(district)).toEqual(expect.arrayContaining(['Truy Cập hongGai', 'Truy Cập bachDang']));
        expect(district.body).not.toContain('vangDanh');
        expect(district.body).not.toContain('phucXa');
        const clerk = await s.clerk.request(get('/api/people?q=truy%20cap'));
        expect(names(clerk)).toEqual(['Truy Cập hongGai']);
        status(await s.clerk.request(get(`/api/people?unitId=${u.bachDang}`)), 404);
        status(await s.district.request(get(`/api/people?unitId=${u.uongBi}`)), 404);
        status(await s.province.request(get(`/api/people?unitId=${u.haNoi}`)), 404);
        status(await s.district.request(get(`/api/people?unitId=${u.uongBi}&format=csv`)), 404);
        const csv = await s.district.request(get('/api/people?format=csv&q=truy'));
        status(csv, 200);
        expect(csv.body).not.toContain('vangDanh');
        status(await s.viewer.request(get('/api/people')), 200);
      },
    },
    'POST /api/people': {
      anon: () => ({ method: 'POST', url: '/api/people', payload: newPerson(u.hongGai) }),
      scope: async () => {
        const post = (who: typeof s.clerk, unitId: number) => () => who.request({ method: 'POST', url: '/api/people', payload: newPerson(unitId) });
        await refusedWrite(403, all(), post(s.viewer, u.haLong));
        await refusedWrite(404, all(), post(s.clerk, u.bachDang));
        await refusedWrite(404, all(), post(s.district, u.vangDanh));
        await refusedWrite(404, all(), post(s.province, u.phucXa));
        status(await post(s.clerk, u.hongGai)(), 201);
      },
    },
    'POST /api/people/check': {
      anon: () => ({ method: 'POST', url: '/api/people/check', payload: newPerson(u.hongGai) }),
      scope: async () => {
        const p = await people();
        const check = (who: typeof s.clerk, unitId: number) =>
          who.request({ method: 'POST', url: '/api/people/check', payload: { unitId, fullName: 'Truy Cap vangDanh', birthDate: '1990-01-01' } });
        await refusedWrite(403, all(), () => check(s.viewer, u.haLong));
        status(await check(s.clerk, u.bachDang), 404);
        // checking against a record of another commune: 404 as well
        status(await s.clerk.request({ method: 'POST', url: '/api/people/check', payload: { unitId: u.hongGai, fullName: 'X', personId: p.bachDang } }), 404);
        // the Vàng Danh record is a candidate, but masked for the clerk of Hồng Gai
        const res = await check(s.clerk, u.hongGai);
        status(res, 200);
        const c = res.json().candidates.find((x: { person: { id: number } }) => x.person.id === p.vangDanh);
        expect(c.person).toMatchObject({ visible: false, fullName: null, birthDate: null, phone: null, unit: null });
        expect(res.body).not.toContain('Truy Cập vangDanh');
      },
    },
    'GET /api/people/duplicates': {
      anon: () => get('/api/people/duplicates'),
      scope: async () => {
        await people();
        const res = await s.district.request(get('/api/people/duplicates'));
        status(res, 200);
        expect(res.body).not.toContain('vangDanh');
        status(await s.clerk.request(get(`/api/people/duplicates?unitId=${u.haLong}`)), 404);
        status(await s.district.request(get(`/api/people/duplicates?unitId=${u.uongBi}`)), 404);
        status(await s.viewer.request(get('/api/people/duplicates')), 403);
      },
    },
    'GET /api/people/:id': {
      anon: () => get('/api/people/1'),
      scope: async () => {
        const p = await people();
        // a clerk cannot GET a person of another commune, and the refusal writes no audit row
        for (const id of [p.bachDang, p.vangDanh, p.phucXa]) await refusedWrite(404, all(), () => s.clerk.request(get(`/api/people/${id}`)));
        for (const id of [p.vangDanh, p.phucXa]) await refusedWrite(404, all(), () => s.district.request(get(`/api/people/${id}`)));
        await refusedWrite(404, all(), () => s.province.request(get(`/api/people/${p.phucXa}`)));
        status(await s.clerk.request(get('/api/people/99999999')), 404);
        status(await s.clerk.request(get(`/api/people/${p.hongGai}`)), 200);
        status(await s.viewer.request(get(`/api/people/${p.bachDang}`)), 200);
        status(await s.admin.request(get(`/api/people/${p.phucXa}`)), 200);
      },
    },
    'PATCH /api/people/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/people/1', payload: { address: 'x' } }),
      scope: async () => {
        const p = await people();
        const patch = (who: typeof s.clerk, id: number, payload: object = { address: 'Địa chỉ mới' }) => () =>
          who.request({ method: 'PATCH', url: `/api/people/${id}`, payload });
        await refusedWrite(403, all(), patch(s.viewer, p.bachDang));
        await refusedWrite(404, all(), patch(s.clerk, p.bachDang));
        await refusedWrite(404, all(), patch(s.district, p.vangDanh));
        // moving one's own person out of the scope is refused too
        await refusedWrite(404, all(), patch(s.clerk, p.hongGai, { unitId: u.vangDanh }));
        status(await patch(s.clerk, p.hongGai)(), 200);
      },
    },
    'POST /api/people/:id/distinct': {
      anon: () => ({ method: 'POST', url: '/api/people/1/distinct', payload: { otherId: 2 } }),
      scope: async () => {
        const p = await people();
        const mark = (who: typeof s.clerk, a: number, b: number) => () =>
          who.request({ method: 'POST', url: `/api/people/${a}/distinct`, payload: { otherId: b } });
        await refusedWrite(403, all(), mark(s.viewer, p.hongGai, p.bachDang));
        await refusedWrite(404, all(), mark(s.clerk, p.hongGai, p.bachDang));
        await refusedWrite(404, all(), mark(s.district, p.hongGai, p.vangDanh));
        await refusedWrite(404, all(), mark(s.district, p.vangDanh, p.hongGai));
        status(await mark(s.district, p.hongGai, p.bachDang)(), 204);
      },
    },
    'POST /api/people/:id/merge': {
      anon: () => ({ method: 'POST', url: '/api/people/1/merge', payload: { otherId: 2 } }),
      scope: async () => {
        const p = await people();
        const extra = await k.t.db.query<{ id: number }>({
          text: `insert into person (full_name, search_name, unit_id) values ('Gộp Truy Cập', 'gop truy cap', $1) returning id`,
          values: [u.bachDang],
        });
        const other = Number(extra[0]!.id);
        const merge = (who: typeof s.clerk, a: number, b: number) => () =>
          who.request({ method: 'POST', url: `/api/people/${a}/merge`, payload: { otherId: b } });
        for (const who of [s.clerk, s.viewer]) await refusedWrite(403, all(), merge(who, p.hongGai, p.bachDang));
        await refusedWrite(404, all(), merge(s.district, p.bachDang, p.vangDanh));
        await refusedWrite(404, all(), merge(s.district, p.vangDanh, p.bachDang));
        await refusedWrite(404, all(), merge(s.province, p.bachDang, p.phucXa));
        const ok = await merge(s.district, p.bachDang, other)();
        status(ok, 200);
        expect(ok.body).not.toContain('vangDanh');
      },
    },
  };
};
