import { expect } from 'vitest';
import type { AccessKit, AreaCases } from './kit.ts';

/** A shift and a hotline of Hồng Gai, Hạ Long, Uông Bí and Phúc Xá; each case changes only its own. */
interface DutyFixtures {
  shift: Record<'hongGai' | 'haLong' | 'uongBi' | 'phucXa', number>;
  hotline: Record<'hongGai' | 'haLong' | 'uongBi' | 'phucXa', number>;
}

const made = new WeakMap<AccessKit, Promise<DutyFixtures>>();

function dutyFixtures(k: AccessKit): () => Promise<DutyFixtures> {
  const one = async (text: string, values: unknown[]) => Number((await k.t.db.query<{ id: number }>({ text: `${text} returning id`, values }))[0]!.id);
  const by = `(select id from app_user where username = 'trunguong')`;
  const seed = async (): Promise<DutyFixtures> => {
    const { u } = k;
    const keys = ['hongGai', 'haLong', 'uongBi', 'phucXa'] as const;
    const shift = {} as DutyFixtures['shift'];
    const hotline = {} as DutyFixtures['hotline'];
    for (const key of keys) {
      shift[key] = await one(
        `insert into duty_shift (unit_id, starts_at, ends_at, leader_name, phone, created_by)
         values ($1, '2021-12-10T08:00:00+07:00', '2021-12-10T20:00:00+07:00', 'Lãnh đạo trực ' || $2, '0912345678', ${by})`,
        [u[key], key],
      );
      hotline[key] = await one(`insert into hotline (unit_id, label, phone, created_by) values ($1, 'Đường dây nóng ' || $2, '19009095', ${by})`, [u[key], key]);
    }
    return { shift, hotline };
  };
  return () => {
    if (!made.has(k)) made.set(k, seed());
    return made.get(k)!;
  };
}

export const dutyCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const fx = dutyFixtures(k);
  const all = () => Object.values(u);
  type Who = typeof s.clerk;
  const send = (who: Who, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => () =>
    who.request({ method, url, ...(payload ? { payload } : {}) });
  /** a shift on a day no fixture or other case uses */
  const newShift = (unitId: number, day: string) => ({
    unitId, startsAt: `${day}T08:00:00+07:00`, endsAt: `${day}T20:00:00+07:00`, leaderName: 'Nguyễn Văn Trực', phone: '0912 345 678',
  });

  return {
    'GET /api/duty': {
      anon: () => get('/api/duty'),
      scope: async () => {
        await fx();
        const own = await s.clerk.request(get('/api/duty'));
        status(own, 200);
        expect(own.json()).toMatchObject({ unit: { id: u.hongGai }, canEdit: false, onDuty: { leaderName: 'Lãnh đạo trực hongGai' } });
        // above, beside, below: readable; cousins and other provinces: not
        for (const id of [u.haLong, u.quangNinh, u.nation, u.bachDang]) status(await s.clerk.request(get(`/api/duty?unitId=${id}`)), 200);
        for (const id of [u.uongBi, u.vangDanh, u.phucXa, u.baDinh, u.haNoi]) status(await s.clerk.request(get(`/api/duty?unitId=${id}`)), 404);
        const sibling = await s.district.request(get(`/api/duty?unitId=${u.uongBi}`));
        status(sibling, 200);
        expect(sibling.json().canEdit).toBe(false);
        expect((await s.district.request(get(`/api/duty?unitId=${u.hongGai}`))).json().canEdit).toBe(true);
        for (const id of [u.vangDanh, u.phucXa, u.baDinh, u.haNoi]) status(await s.district.request(get(`/api/duty?unitId=${id}`)), 404);
        status(await s.province.request(get(`/api/duty?unitId=${u.haNoi}`)), 200);
        for (const id of [u.baDinh, u.phucXa]) status(await s.province.request(get(`/api/duty?unitId=${id}`)), 404);
        status(await s.viewer.request(get(`/api/duty?unitId=${u.hongGai}`)), 200);
        status(await s.admin.request(get(`/api/duty?unitId=${u.phucXa}`)), 200);
        status(await s.district.request(get(`/api/duty?unitId=${u.vangDanh}&format=xlsx`)), 404);
      },
    },
    'GET /api/duty/board': {
      anon: () => get('/api/duty/board'),
      scope: async () => {
        await fx();
        const res = await s.district.request(get('/api/duty/board'));
        status(res, 200);
        const ids = res.json().rows.map((r: { unit: { id: number } }) => r.unit.id);
        expect(ids).toEqual(expect.arrayContaining([u.nation, u.quangNinh, u.haLong, u.uongBi, u.hongGai, u.bachDang]));
        for (const id of [u.vangDanh, u.phucXa, u.haNoi, u.baDinh]) expect(ids).not.toContain(id);
        expect(res.body).not.toContain('Lãnh đạo trực phucXa');
        for (const id of [u.uongBi, u.quangNinh, u.phucXa]) status(await s.district.request(get(`/api/duty/board?unitId=${id}`)), 404);
        status(await s.clerk.request(get(`/api/duty/board?unitId=${u.haLong}`)), 404);
        status(await s.province.request(get(`/api/duty/board?unitId=${u.haNoi}`)), 404);
        status(await s.viewer.request(get('/api/duty/board')), 200);
      },
    },
    'POST /api/duty/shifts': {
      anon: () => ({ method: 'POST', url: '/api/duty/shifts', payload: newShift(u.hongGai, '2022-01-03') }),
      scope: async () => {
        const add = (who: Who, unit: number) => send(who, 'POST', '/api/duty/shifts', newShift(unit, '2022-01-03'));
        await refusedWrite(403, all(), add(s.clerk, u.hongGai));
        await refusedWrite(403, all(), add(s.viewer, u.haLong));
        await refusedWrite(403, all(), add(s.district, u.uongBi)); // beside: seen, not theirs
        await refusedWrite(403, all(), add(s.district, u.quangNinh));
        await refusedWrite(404, all(), add(s.district, u.vangDanh));
        await refusedWrite(404, all(), add(s.provinceAdmin, u.phucXa));
        status(await add(s.district, u.hongGai)(), 201);
        status(await add(s.province, u.uongBi)(), 201);
      },
    },
    'PATCH /api/duty/shifts/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/duty/shifts/1', payload: { leaderTitle: 'Phó Chủ tịch' } }),
      scope: async () => {
        const { shift } = await fx();
        const patch = (who: Who, id: number) => send(who, 'PATCH', `/api/duty/shifts/${id}`, { leaderTitle: 'Phó Chủ tịch' });
        await refusedWrite(403, all(), patch(s.clerk, shift.hongGai));
        await refusedWrite(403, all(), patch(s.viewer, shift.hongGai));
        await refusedWrite(403, all(), patch(s.district, shift.uongBi));
        await refusedWrite(404, all(), patch(s.district, shift.phucXa));
        await refusedWrite(404, all(), patch(s.district, 99_999_999));
        status(await patch(s.district, shift.hongGai)(), 200);
      },
    },
    'DELETE /api/duty/shifts/:id': {
      anon: () => ({ method: 'DELETE', url: '/api/duty/shifts/1' }),
      scope: async () => {
        const made = await s.admin.request({ method: 'POST', url: '/api/duty/shifts', payload: newShift(u.haLong, '2022-01-05') });
        status(made, 201);
        const id = made.json().id as number;
        const { shift } = await fx();
        const del = (who: Who, sid: number) => send(who, 'DELETE', `/api/duty/shifts/${sid}`);
        await refusedWrite(403, all(), del(s.clerk, id));
        await refusedWrite(403, all(), del(s.viewer, id));
        await refusedWrite(404, all(), del(s.district, shift.phucXa));
        await refusedWrite(403, all(), del(s.district, shift.uongBi));
        status(await del(s.district, id)(), 204);
      },
    },
    'POST /api/duty/hotlines': {
      anon: () => ({ method: 'POST', url: '/api/duty/hotlines', payload: { unitId: u.hongGai, label: 'Trực ban', phone: '115' } }),
      scope: async () => {
        const add = (who: Who, unit: number) => send(who, 'POST', '/api/duty/hotlines', { unitId: unit, label: 'Trực ban', phone: '115' });
        await refusedWrite(403, all(), add(s.clerk, u.hongGai));
        await refusedWrite(403, all(), add(s.viewer, u.haLong));
        await refusedWrite(403, all(), add(s.district, u.uongBi));
        await refusedWrite(404, all(), add(s.district, u.phucXa));
        status(await add(s.district, u.bachDang)(), 201);
      },
    },
    'PATCH /api/duty/hotlines/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/duty/hotlines/1', payload: { label: 'Trực ban' } }),
      scope: async () => {
        const { hotline } = await fx();
        const patch = (who: Who, id: number) => send(who, 'PATCH', `/api/duty/hotlines/${id}`, { label: 'Trực ban 24/7' });
        await refusedWrite(403, all(), patch(s.clerk, hotline.hongGai));
        await refusedWrite(403, all(), patch(s.viewer, hotline.haLong));
        await refusedWrite(403, all(), patch(s.district, hotline.uongBi));
        await refusedWrite(404, all(), patch(s.province, hotline.phucXa));
        status(await patch(s.district, hotline.haLong)(), 200);
      },
    },
    'DELETE /api/duty/hotlines/:id': {
      anon: () => ({ method: 'DELETE', url: '/api/duty/hotlines/1' }),
      scope: async () => {
        const made = await s.admin.request({ method: 'POST', url: '/api/duty/hotlines', payload: { unitId: u.hongGai, label: 'Tạm', phone: '113' } });
        status(made, 201);
        const { hotline } = await fx();
        const del = (who: Who, id: number) => send(who, 'DELETE', `/api/duty/hotlines/${id}`);
        await refusedWrite(403, all(), del(s.clerk, made.json().id));
        await refusedWrite(403, all(), del(s.viewer, made.json().id));
        await refusedWrite(403, all(), del(s.district, hotline.uongBi));
        await refusedWrite(404, all(), del(s.province, hotline.phucXa));
        status(await del(s.district, made.json().id)(), 204);
      },
    },
    'POST /api/duty/copy-week': {
      anon: () => ({ method: 'POST', url: '/api/duty/copy-week', payload: { unitId: u.hongGai } }),
      scope: async () => {
        await fx();
        const copy = (who: Who, unit: number) => send(who, 'POST', '/api/duty/copy-week', { unitId: unit });
        await refusedWrite(403, all(), copy(s.clerk, u.hongGai));
        await refusedWrite(403, all(), copy(s.viewer, u.haLong));
        await refusedWrite(403, all(), copy(s.district, u.uongBi));
        await refusedWrite(404, all(), copy(s.district, u.phucXa));
        const res = await copy(s.district, u.haLong)();
        status(res, 200);
        expect(res.json()).toMatchObject({ weekStart: '2021-12-13', created: 1 });
      },
    },
  };
};
