import { expect } from 'vitest';
import type { AreaCases, SessionKey } from './kit.ts';

const START = '2021-12-10T07:00:00.000Z';

export const conferenceCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const all = () => Object.values(u);
  let made: Promise<{ qn: number; hl: number; hn: number; open: number }> | undefined;
  /** Quảng Ninh's with Hạ Long as a site; Hạ Long's with its communes; Hà Nội's (national admin) with Phúc Xá; one open. */
  const fx = () =>
    (made ??= (async () => {
      const make = async (who: SessionKey, body: object) => {
        const res = await s[who].request({ method: 'POST', url: '/api/conferences', payload: { title: 'Giao ban', startsAt: START, ...body } });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().id as number;
      };
      const open = await make('district', { levels: [3] });
      status(await s.district.request({ method: 'POST', url: `/api/conferences/${open}/open` }), 200);
      return {
        qn: await make('province', { unitIds: [u.haLong] }),
        hl: await make('district', { levels: [3] }),
        hn: await make('admin', { hostUnitId: u.haNoi, unitIds: [u.phucXa] }),
        open,
      };
    })());
  const body = (payload: object) => ({ payload });
  const req = (who: SessionKey, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => () =>
    s[who].request({ method, url, ...(payload ? body(payload) : {}) });

  return {
    'GET /api/conferences': {
      anon: () => get('/api/conferences'),
      scope: async () => {
        const { qn, hl, hn } = await fx();
        const ids = async (who: SessionKey) => (await s[who].request(get('/api/conferences?from=2021-12-01&to=2021-12-31'))).json().map((c: { id: number }) => c.id);
        expect(await ids('clerk')).toEqual(expect.arrayContaining([hl]));
        expect(await ids('clerk')).not.toContain(qn);
        expect(await ids('district')).toEqual(expect.arrayContaining([qn, hl]));
        expect(await ids('province')).not.toContain(hn);
        expect(await ids('admin')).toEqual(expect.arrayContaining([qn, hl, hn]));
      },
    },
    'POST /api/conferences': {
      anon: () => ({ method: 'POST', url: '/api/conferences', payload: { title: 'X', startsAt: START } }),
      scope: async () => {
        await refusedWrite(403, all(), req('clerk', 'POST', '/api/conferences', { title: 'X', startsAt: START }));
        await refusedWrite(403, all(), req('viewer', 'POST', '/api/conferences', { title: 'X', startsAt: START }));
        await refusedWrite(404, all(), req('district', 'POST', '/api/conferences', { title: 'X', startsAt: START, hostUnitId: u.uongBi }));
        await refusedWrite(422, all(), req('province', 'POST', '/api/conferences', { title: 'X', startsAt: START, unitIds: [u.phucXa] }));
        status(await req('district', 'POST', '/api/conferences', { title: 'X', startsAt: START, unitIds: [u.bachDang] })(), 201);
      },
    },
    'GET /api/conferences/:id': {
      anon: () => get('/api/conferences/1'),
      scope: async () => {
        const { qn, hl, hn } = await fx();
        status(await s.clerk.request(get(`/api/conferences/${hl}`)), 200);
        status(await s.clerk.request(get(`/api/conferences/${qn}`)), 404);
        status(await s.viewer.request(get(`/api/conferences/${qn}`)), 200);
        status(await s.province.request(get(`/api/conferences/${hn}`)), 404);
        status(await s.admin.request(get(`/api/conferences/${hn}`)), 200);
      },
    },
    'PATCH /api/conferences/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/conferences/1', payload: { title: 'Y' } }),
      scope: async () => {
        const { qn, hl, hn } = await fx();
        await refusedWrite(403, all(), req('clerk', 'PATCH', `/api/conferences/${hl}`, { title: 'Y' }));
        // a site's officer does not run the host's conference
        await refusedWrite(403, all(), req('district', 'PATCH', `/api/conferences/${qn}`, { title: 'Y' }));
        await refusedWrite(404, all(), req('province', 'PATCH', `/api/conferences/${hn}`, { title: 'Y' }));
        status(await req('province', 'PATCH', `/api/conferences/${hl}`, { title: 'Giao ban (sửa)' })(), 200);
      },
    },
    'POST /api/conferences/:id/sites': {
      anon: () => ({ method: 'POST', url: '/api/conferences/1/sites', payload: { unitIds: [1] } }),
      scope: async () => {
        const { qn, hn } = await fx();
        await refusedWrite(403, all(), req('district', 'POST', `/api/conferences/${qn}/sites`, { unitIds: [u.bachDang] }));
        await refusedWrite(404, all(), req('province', 'POST', `/api/conferences/${hn}/sites`, { unitIds: [u.hongGai] }));
        await refusedWrite(422, all(), req('province', 'POST', `/api/conferences/${qn}/sites`, { unitIds: [u.phucXa] }));
        const res = await req('province', 'POST', `/api/conferences/${qn}/sites`, { unitIds: [u.uongBi] })();
        status(res, 200);
        expect(res.json().siteCount).toBe(3);
      },
    },
    'DELETE /api/conferences/:id/sites/:unitId': {
      anon: () => ({ method: 'DELETE', url: '/api/conferences/1/sites/1' }),
      scope: async () => {
        const made = await req('district', 'POST', '/api/conferences', { title: 'Giao ban', startsAt: START, levels: [3] })();
        const hl = made.json().id as number;
        await refusedWrite(403, all(), req('clerk', 'DELETE', `/api/conferences/${hl}/sites/${u.hongGai}`));
        await refusedWrite(409, all(), req('district', 'DELETE', `/api/conferences/${hl}/sites/${u.haLong}`));
        status(await req('district', 'DELETE', `/api/conferences/${hl}/sites/${u.bachDang}`)(), 204);
        status(await req('district', 'DELETE', `/api/conferences/${hl}/sites/${u.bachDang}`)(), 404);
      },
    },
    'GET /api/conferences/:id/sites/export': {
      anon: () => get('/api/conferences/1/sites/export?format=csv'),
      scope: async () => {
        const { qn, hl } = await fx();
        const csv = await s.clerk.request(get(`/api/conferences/${hl}/sites/export?format=csv`));
        status(csv, 200);
        expect(csv.body).toContain('Hồng Gai');
        status(await s.clerk.request(get(`/api/conferences/${qn}/sites/export?format=csv`)), 404);
      },
    },
    'PUT /api/conferences/:id/sites/:unitId/roll-call': {
      anon: () => ({ method: 'PUT', url: '/api/conferences/1/sites/1/roll-call', payload: { rollCall: 'connected' } }),
      scope: async () => {
        const { qn, hl } = await fx();
        const url = (id: number, unit: number) => `/api/conferences/${id}/sites/${unit}/roll-call`;
        await refusedWrite(403, all(), req('viewer', 'PUT', url(hl, u.haLong), { rollCall: 'connected' }));
        await refusedWrite(403, all(), req('clerk', 'PUT', url(hl, u.bachDang), { rollCall: 'connected' }));
        await refusedWrite(403, all(), req('clerk', 'PUT', url(hl, u.hongGai), { rollCall: 'absent' }));
        await refusedWrite(404, all(), req('clerk', 'PUT', url(qn, u.haLong), { rollCall: 'connected' }));
        status(await req('clerk', 'PUT', url(hl, u.hongGai), { rollCall: 'connected' })(), 200);
        status(await req('district', 'PUT', url(qn, u.haLong), { rollCall: 'connected' })(), 200);
        status(await req('province', 'PUT', url(hl, u.hongGai), { rollCall: 'absent' })(), 200);
      },
    },
    'PUT /api/conferences/:id/sites/:unitId/attendees': {
      anon: () => ({ method: 'PUT', url: '/api/conferences/1/sites/1/attendees', payload: { attendees: [] } }),
      scope: async () => {
        const { qn, hl } = await fx();
        const url = (id: number, unit: number) => `/api/conferences/${id}/sites/${unit}/attendees`;
        const list = { attendees: [{ fullName: 'Vũ Văn Diện', title: 'Chủ tịch UBND', role: 'chair' }] };
        await refusedWrite(403, all(), req('viewer', 'PUT', url(hl, u.haLong), list));
        await refusedWrite(403, all(), req('clerk', 'PUT', url(hl, u.haLong), list));
        await refusedWrite(404, all(), req('clerk', 'PUT', url(qn, u.haLong), list));
        status(await req('district', 'PUT', url(qn, u.haLong), list)(), 200);
      },
    },
    'GET /api/conferences/:id/sites/:unitId/situation': {
      anon: () => get('/api/conferences/1/sites/1/situation'),
      scope: async () => {
        const { qn, hl } = await fx();
        // everyone in the room sees the questioned site, in their scope or not
        status(await s.clerk.request(get(`/api/conferences/${hl}/sites/${u.haLong}/situation`)), 200);
        status(await s.clerk.request(get(`/api/conferences/${qn}/sites/${u.haLong}/situation`)), 404);
        status(await s.district.request(get(`/api/conferences/${qn}/sites/${u.vangDanh}/situation`)), 404);
      },
    },
    'POST /api/conferences/:id/cascade': {
      anon: () => ({ method: 'POST', url: '/api/conferences/1/cascade', payload: {} }),
      scope: async () => {
        const { qn, hl } = await fx();
        await refusedWrite(403, all(), req('clerk', 'POST', `/api/conferences/${hl}/cascade`, {}));
        await refusedWrite(404, all(), req('district', 'POST', `/api/conferences/${qn}/cascade`, { unitId: u.uongBi }));
        await refusedWrite(422, all(), req('province', 'POST', `/api/conferences/${qn}/cascade`, { unitId: u.bachDang }));
        status(await req('district', 'POST', `/api/conferences/${qn}/cascade`, {})(), 201);
      },
    },
    'POST /api/conferences/:id/open': {
      anon: () => ({ method: 'POST', url: '/api/conferences/1/open' }),
      scope: async () => {
        const { qn, hn } = await fx();
        await refusedWrite(403, all(), req('clerk', 'POST', `/api/conferences/${qn}/open`));
        await refusedWrite(403, all(), req('district', 'POST', `/api/conferences/${qn}/open`));
        await refusedWrite(404, all(), req('province', 'POST', `/api/conferences/${hn}/open`));
        status(await req('provinceAdmin', 'POST', `/api/conferences/${qn}/open`)(), 200);
      },
    },
    'POST /api/conferences/:id/close': {
      anon: () => ({ method: 'POST', url: '/api/conferences/1/close' }),
      scope: async () => {
        const { open, hn } = await fx();
        await refusedWrite(403, all(), req('clerk', 'POST', `/api/conferences/${open}/close`));
        await refusedWrite(403, all(), req('viewer', 'POST', `/api/conferences/${open}/close`));
        await refusedWrite(404, all(), req('district', 'POST', `/api/conferences/${hn}/close`));
        status(await req('province', 'POST', `/api/conferences/${open}/close`)(), 200);
      },
    },
    'PUT /api/conferences/:id/questioned': {
      anon: () => ({ method: 'PUT', url: '/api/conferences/1/questioned', payload: { unitId: null } }),
      scope: async () => {
        const { hl, hn } = await fx();
        status(await req('district', 'POST', `/api/conferences/${hl}/open`)(), 200);
        await refusedWrite(403, all(), req('clerk', 'PUT', `/api/conferences/${hl}/questioned`, { unitId: u.hongGai }));
        await refusedWrite(404, all(), req('province', 'PUT', `/api/conferences/${hn}/questioned`, { unitId: u.phucXa }));
        await refusedWrite(422, all(), req('district', 'PUT', `/api/conferences/${hl}/questioned`, { unitId: u.vangDanh }));
        status(await req('district', 'PUT', `/api/conferences/${hl}/questioned`, { unitId: u.hongGai })(), 200);
      },
    },
    'GET /api/conferences/:id/briefing': {
      anon: () => get('/api/conferences/1/briefing'),
      scope: async () => {
        const { qn, hl } = await fx();
        const res = await s.clerk.request(get(`/api/conferences/${hl}/briefing`));
        status(res, 200);
        expect(res.json().unit.id).toBe(u.haLong);
        status(await s.clerk.request(get(`/api/conferences/${qn}/briefing`)), 404);
      },
    },
    'GET /api/conferences/:id/briefing.pdf': {
      anon: () => get('/api/conferences/1/briefing.pdf'),
      scope: async () => {
        const { qn, hn } = await fx();
        const res = await s.viewer.request(get(`/api/conferences/${qn}/briefing.pdf`));
        status(res, 200);
        expect(res.headers['content-type']).toBe('application/pdf');
        status(await s.province.request(get(`/api/conferences/${hn}/briefing.pdf`)), 404);
      },
    },
  };
};
