import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { AccessKit, AreaCases } from './kit.ts';

type Place = 'hongGai' | 'bachDang' | 'vangDanh' | 'phucXa';
const PLACES: Place[] = ['hongGai', 'bachDang', 'vangDanh', 'phucXa'];

interface Fixtures {
  /** in each commune: a case, their F1 (contact row there) and a person with no contacts */
  f0: Record<Place, number>;
  f1: Record<Place, number>;
  contact: Record<Place, number>;
  spare: Record<Place, number>;
  /** a Hồng Gai case whose F1 lives in Bạch Đằng */
  crossF0: number;
  crossF1: number;
  /** a trip registered by Hồng Gai (with the Bạch Đằng F1 aboard) and one by Vàng Danh */
  trip: { hongGai: number; vangDanh: number };
}

const made = new WeakMap<AccessKit, Promise<Fixtures>>();

function fixtures(k: AccessKit): () => Promise<Fixtures> {
  const one = async (text: string, values: unknown[]) => Number((await k.t.db.query<{ id: number }>({ text: `${text} returning id`, values }))[0]!.id);
  const person = (name: string, unitId: number) =>
    one(`insert into person (full_name, search_name, unit_id) values ($1, lower($1), $2)`, [name, unitId]);
  const caseOf = (personId: number, unitId: number) =>
    one(`insert into covid_case (person_id, unit_id, confirmed_at, detection, status_since) values ($1, $2, '2021-12-08T03:00Z', 'community', '2021-12-08T03:00Z')`, [personId, unitId]);
  const contact = (from: number, to: number, unitId: number) =>
    one(`insert into contact (source_person_id, person_id, unit_id, exposure_type, exposure_date, listed_at) values ($1, $2, $3, 'household', '2021-12-08', '2021-12-09T03:00Z')`, [from, to, unitId]);
  const trip = async (unitId: number, code: string, passengers: number[]) => {
    const id = await one(`insert into transport (unit_id, kind, code, departed_at) values ($1, 'bus', $2, '2021-12-07T01:00Z')`, [unitId, code]);
    for (const p of passengers) await k.t.db.execute({ text: 'insert into transport_passenger (transport_id, person_id) values ($1, $2)', values: [id, p] });
    return id;
  };
  const seed = async (): Promise<Fixtures> => {
    const fx = { f0: {}, f1: {}, contact: {}, spare: {} } as Pick<Fixtures, 'f0' | 'f1' | 'contact' | 'spare'>;
    for (const key of PLACES) {
      const unit = k.u[key];
      fx.f0[key] = await person(`Truy Vết F0 ${key}`, unit);
      await caseOf(fx.f0[key], unit);
      fx.f1[key] = await person(`Truy Vết F1 ${key}`, unit);
      fx.contact[key] = await contact(fx.f0[key], fx.f1[key], unit);
      fx.spare[key] = await person(`Truy Vết Rảnh ${key}`, unit);
    }
    const crossF0 = await person('Truy Vết Liên Xã Nguồn', k.u.hongGai);
    await caseOf(crossF0, k.u.hongGai);
    const crossF1 = await person('Truy Vết Liên Xã Bạch Đằng', k.u.bachDang);
    await contact(crossF0, crossF1, k.u.bachDang);
    return {
      ...fx,
      crossF0,
      crossF1,
      trip: {
        hongGai: await trip(k.u.hongGai, 'QN-HG-01', [crossF0, crossF1]),
        vangDanh: await trip(k.u.vangDanh, 'QN-VD-01', [fx.f0.vangDanh, fx.f1.vangDanh]),
      },
    };
  };
  return () => {
    if (!made.has(k)) made.set(k, seed());
    return made.get(k)!;
  };
}

/** No name of a person of these communes (nor the Bạch Đằng end of the crossing chain) in the body. */
const hides = (res: LightMyRequestResponse, places: Place[]) => {
  for (const p of places) expect(res.body).not.toContain(`Truy Vết F0 ${p}`);
  for (const p of places) expect(res.body).not.toContain(`Truy Vết F1 ${p}`);
  if (places.includes('bachDang')) expect(res.body).not.toContain('Liên Xã Bạch Đằng');
};

export const contactCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const fx = fixtures(k);
  const all = () => Object.values(u);
  const send = (who: typeof s.clerk, method: 'POST' | 'PATCH', url: string, payload: object) => () => who.request({ method, url, payload });
  const contactBody = (sourcePersonId: number, personId: number) => ({ sourcePersonId, personId, exposureType: 'household', exposureDate: '2021-12-09' });
  const tripBody = (unitId: number) => ({ kind: 'bus', code: `AC-${unitId}`, departedAt: '2021-12-08T00:00:00Z', unitId });

  return {
    'POST /api/contacts': {
      anon: () => ({ method: 'POST', url: '/api/contacts', payload: contactBody(1, 2) }),
      scope: async () => {
        const f = await fx();
        // either person outside the scope: 404, nothing written
        await refusedWrite(404, all(), send(s.clerk, 'POST', '/api/contacts', contactBody(f.f0.hongGai, f.spare.bachDang)));
        await refusedWrite(404, all(), send(s.clerk, 'POST', '/api/contacts', contactBody(f.f0.bachDang, f.spare.hongGai)));
        await refusedWrite(404, all(), send(s.district, 'POST', '/api/contacts', contactBody(f.f0.hongGai, f.spare.vangDanh)));
        await refusedWrite(403, all(), send(s.viewer, 'POST', '/api/contacts', contactBody(f.f0.hongGai, f.spare.hongGai)));
        const ok = await s.district.request({ method: 'POST', url: '/api/contacts', payload: contactBody(f.f0.hongGai, f.spare.bachDang) });
        status(ok, 200);
        expect(ok.json().contact.unitId).toBe(u.bachDang);
      },
    },
    'POST /api/contacts/batch': {
      anon: () => ({ method: 'POST', url: '/api/contacts/batch', payload: { sourcePersonId: 1, rows: [contactBody(1, 2)] } }),
      scope: async () => {
        const f = await fx();
        const batch = (source: number, personId: number) => ({ sourcePersonId: source, rows: [{ personId, exposureType: 'household', exposureDate: '2021-12-09' }] });
        await refusedWrite(404, all(), send(s.clerk, 'POST', '/api/contacts/batch', batch(f.f0.vangDanh, f.spare.hongGai)));
        const row = await refusedWrite(422, all(), send(s.clerk, 'POST', '/api/contacts/batch', batch(f.f0.hongGai, f.spare.phucXa)));
        expect(row.json().error.rows[0].errors[0].field).toBe('personId');
        hides(row, ['phucXa']);
        // a new person living outside the scope is refused by the people register
        const outside = { sourcePersonId: f.f0.hongGai, rows: [{ person: { fullName: 'Người Mới Ngoài', unitId: u.vangDanh }, exposureType: 'household', exposureDate: '2021-12-09' }] };
        await refusedWrite(422, all(), send(s.clerk, 'POST', '/api/contacts/batch', outside));
        await refusedWrite(403, all(), send(s.viewer, 'POST', '/api/contacts/batch', batch(f.f0.hongGai, f.spare.hongGai)));
      },
    },
    'PATCH /api/contacts/:id/reached': {
      anon: () => ({ method: 'PATCH', url: '/api/contacts/1/reached', payload: { reachedAt: '2021-12-10T01:00:00Z' } }),
      scope: async () => {
        const f = await fx();
        const reached = (id: number) => `/api/contacts/${id}/reached`;
        const body = { reachedAt: '2021-12-10T01:00:00Z' };
        for (const p of ['bachDang', 'vangDanh', 'phucXa'] as const) await refusedWrite(404, all(), send(s.clerk, 'PATCH', reached(f.contact[p]), body));
        await refusedWrite(404, all(), send(s.district, 'PATCH', reached(f.contact.vangDanh), body));
        await refusedWrite(404, all(), send(s.clerk, 'PATCH', reached(99_999_999), body));
        await refusedWrite(403, all(), send(s.viewer, 'PATCH', reached(f.contact.hongGai), body));
        status(await s.clerk.request({ method: 'PATCH', url: reached(f.contact.hongGai), payload: body }), 200);
      },
    },
    'GET /api/contacts': {
      anon: () => get('/api/contacts'),
      scope: async () => {
        const f = await fx();
        for (const id of [u.bachDang, u.haLong, u.vangDanh, u.phucXa, u.nation]) status(await s.clerk.request(get(`/api/contacts?unitId=${id}`)), 404);
        status(await s.district.request(get(`/api/contacts?unitId=${u.vangDanh}`)), 404);
        const own = await s.clerk.request(get('/api/contacts'));
        status(own, 200);
        expect(own.json().items.map((c: { id: number }) => c.id)).toContain(f.contact.hongGai);
        hides(own, ['bachDang', 'vangDanh', 'phucXa']);
        const csv = await s.clerk.request(get('/api/contacts?format=csv'));
        status(csv, 200);
        hides(csv, ['bachDang', 'vangDanh', 'phucXa']);
        const district = await s.viewer.request(get(`/api/contacts?unitId=${u.haLong}`));
        status(district, 200);
        // the crossing contact is registered in Bạch Đằng; its Hồng Gai source is in the viewer's scope
        expect(district.body).toContain('Liên Xã Bạch Đằng');
        hides(district, ['vangDanh', 'phucXa']);
      },
    },
    'GET /api/people/:id/contacts': {
      anon: () => get('/api/people/1/contacts'),
      scope: async () => {
        const f = await fx();
        for (const p of ['bachDang', 'vangDanh', 'phucXa'] as const) status(await s.clerk.request(get(`/api/people/${f.f0[p]}/contacts`)), 404);
        status(await s.district.request(get(`/api/people/${f.f1.vangDanh}/contacts`)), 404);
        const cross = await s.clerk.request(get(`/api/people/${f.crossF0}/contacts?depth=2`));
        status(cross, 200);
        const down = cross.json().down[0];
        expect(down.person).toMatchObject({ id: f.crossF1, visible: false, fullName: null, unitId: null });
        hides(cross, ['bachDang']);
        status(await s.district.request(get(`/api/people/${f.crossF1}/contacts`)), 200);
      },
    },
    'GET /api/chains/:personId': {
      anon: () => get('/api/chains/1'),
      scope: async () => {
        const f = await fx();
        for (const p of ['bachDang', 'vangDanh', 'phucXa'] as const) status(await s.clerk.request(get(`/api/chains/${f.f1[p]}`)), 404);
        status(await s.district.request(get(`/api/chains/${f.f0.vangDanh}`)), 404);
        const chain = await s.clerk.request(get(`/api/chains/${f.crossF0}`));
        status(chain, 200);
        const masked = chain.json().nodes.find((n: { id: number }) => n.id === f.crossF1);
        expect(masked).toMatchObject({ visible: false, label: null, unitId: null, degree: 1 });
        hides(chain, ['bachDang']);
        const seen = await s.district.request(get(`/api/chains/${f.crossF1}`));
        expect(seen.json().nodes.find((n: { id: number }) => n.id === f.crossF1).label).toBe('Truy Vết Liên Xã Bạch Đằng');
      },
    },
    'POST /api/transports': {
      anon: () => ({ method: 'POST', url: '/api/transports', payload: tripBody(1) }),
      scope: async () => {
        for (const id of [u.bachDang, u.haLong, u.vangDanh, u.phucXa]) await refusedWrite(404, all(), send(s.clerk, 'POST', '/api/transports', tripBody(id)));
        await refusedWrite(404, all(), send(s.district, 'POST', '/api/transports', tripBody(u.vangDanh)));
        await refusedWrite(403, all(), send(s.viewer, 'POST', '/api/transports', tripBody(u.hongGai)));
        status(await s.clerk.request({ method: 'POST', url: '/api/transports', payload: tripBody(u.hongGai) }), 200);
      },
    },
    'GET /api/transports/:id': {
      anon: () => get('/api/transports/1'),
      scope: async () => {
        const f = await fx();
        status(await s.clerk.request(get(`/api/transports/${f.trip.vangDanh}`)), 404);
        status(await s.district.request(get(`/api/transports/${f.trip.vangDanh}`)), 404);
        const own = await s.clerk.request(get(`/api/transports/${f.trip.hongGai}`));
        status(own, 200);
        expect(own.json().passengers.find((p: { person: { id: number } }) => p.person.id === f.crossF1).person.visible).toBe(false);
        hides(own, ['bachDang']);
        status(await s.viewer.request(get(`/api/transports/${f.trip.hongGai}`)), 200);
      },
    },
    'POST /api/transports/:id/passengers': {
      anon: () => ({ method: 'POST', url: '/api/transports/1/passengers', payload: { rows: [{ personId: 1 }] } }),
      scope: async () => {
        const f = await fx();
        const url = (id: number) => `/api/transports/${id}/passengers`;
        await refusedWrite(404, all(), send(s.clerk, 'POST', url(f.trip.vangDanh), { rows: [{ personId: f.spare.hongGai }] }));
        const row = await refusedWrite(422, all(), send(s.clerk, 'POST', url(f.trip.hongGai), { rows: [{ personId: f.spare.bachDang }] }));
        hides(row, ['bachDang']);
        await refusedWrite(403, all(), send(s.viewer, 'POST', url(f.trip.hongGai), { rows: [{ personId: f.spare.hongGai }] }));
        status(await s.clerk.request({ method: 'POST', url: url(f.trip.hongGai), payload: { rows: [{ personId: f.spare.hongGai }] } }), 200);
      },
    },
    'POST /api/transports/:id/trace': {
      anon: () => ({ method: 'POST', url: '/api/transports/1/trace', payload: {} }),
      scope: async () => {
        const f = await fx();
        const url = (id: number) => `/api/transports/${id}/trace`;
        await refusedWrite(404, all(), send(s.clerk, 'POST', url(f.trip.vangDanh), {}));
        await refusedWrite(404, all(), send(s.district, 'POST', url(f.trip.vangDanh), {}));
        await refusedWrite(403, all(), send(s.viewer, 'POST', url(f.trip.hongGai), {}));
        const traced = await s.clerk.request({ method: 'POST', url: url(f.trip.hongGai), payload: {} });
        status(traced, 200);
        hides(traced, ['bachDang']);
      },
    },
    'GET /api/tracing-speed/:unitId': {
      anon: () => get(`/api/tracing-speed/${u.hongGai}`),
      scope: async () => {
        for (const id of [u.bachDang, u.haLong, u.vangDanh, u.phucXa, u.nation]) status(await s.clerk.request(get(`/api/tracing-speed/${id}`)), 404);
        for (const id of [u.uongBi, u.quangNinh, u.haNoi]) status(await s.viewer.request(get(`/api/tracing-speed/${id}`)), 404);
        const own = await s.clerk.request(get(`/api/tracing-speed/${u.hongGai}?from=2021-12-01&to=2021-12-10`));
        status(own, 200);
        hides(own, ['bachDang', 'vangDanh', 'phucXa']);
        const district = await s.viewer.request(get(`/api/tracing-speed/${u.haLong}?from=2021-12-01&to=2021-12-10`));
        status(district, 200);
        expect(district.json().children.map((c: { unit: { id: number } }) => c.unit.id)).toContain(u.hongGai);
        hides(district, ['vangDanh', 'phucXa']);
      },
    },
  };
};
