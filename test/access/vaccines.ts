import { foldVietnamese } from '../../src/domain/text.ts';
import { expect } from 'vitest';
import type { AccessKit, AreaCases } from './kit.ts';

type Place = 'hongGai' | 'vangDanh';

/** A vaccinated person in Hồng Gai and in Vàng Danh, made once. */
function vaccinatedOf(k: AccessKit) {
  let made: Promise<{ person: Record<Place, number>; pfizer: number }> | undefined;
  const seed = async () => {
    const [p] = await k.t.db.query<{ id: number }>({ text: `select id from vaccine_product where code = 'PFIZER'`, values: [] });
    const person = {} as Record<Place, number>;
    for (const key of ['hongGai', 'vangDanh'] as const) {
      const [r] = await k.t.db.query<{ id: number }>({
        text: `insert into person (full_name, search_name, birth_date, unit_id) values ($1, $2, '1985-01-01', $3) returning id`,
        values: [`Tiêm Chủng ${key}`, foldVietnamese(`Tiêm Chủng ${key}`), k.u[key]],
      });
      person[key] = Number(r!.id);
      await k.t.db.execute({
        text: `insert into vaccine_dose (person_id, product_id, dose_number, kind, given_on, unit_id) values ($1, $2, 1, 'primary', '2021-11-01', $3)`,
        values: [person[key], p!.id, k.u[key]],
      });
    }
    return { person, pfizer: Number(p!.id) };
  };
  return () => (made ??= seed());
}

export const vaccineCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const all = () => Object.values(u);
  const vax = vaccinatedOf(k);
  type Who = typeof s.clerk;
  const write = (who: Who, method: 'POST' | 'PATCH', url: string, payload: object) => () => who.request({ method, url, payload });
  const newProduct = { code: 'TESTVAX', name: 'Test', primaryDoses: 2, minAge: 18 };
  const interval = { doseNumber: 2, kind: 'primary', minDays: 28, validFrom: '2022-01-01' };

  return {
    'GET /api/vaccine-products': {
      anon: () => get('/api/vaccine-products'),
      scope: async () => {
        const res = await s.viewer.request(get('/api/vaccine-products'));
        status(res, 200);
        expect(res.json().length).toBeGreaterThanOrEqual(5);
      },
    },
    'POST /api/vaccine-products': {
      anon: () => ({ method: 'POST', url: '/api/vaccine-products', payload: newProduct }),
      scope: async () => {
        await refusedWrite(403, all(), write(s.provinceAdmin, 'POST', '/api/vaccine-products', newProduct));
        await refusedWrite(403, all(), write(s.clerk, 'POST', '/api/vaccine-products', newProduct));
        status(await write(s.admin, 'POST', '/api/vaccine-products', newProduct)(), 201);
      },
    },
    'PATCH /api/vaccine-products/:id': {
      anon: () => ({ method: 'PATCH', url: '/api/vaccine-products/1', payload: { minAge: 12 } }),
      scope: async () => {
        const { pfizer } = await vax();
        await refusedWrite(403, all(), write(s.provinceAdmin, 'PATCH', `/api/vaccine-products/${pfizer}`, { name: 'X' }));
        const res = await write(s.admin, 'PATCH', `/api/vaccine-products/${pfizer}`, { manufacturer: 'Pfizer-BioNTech' })();
        status(res, 200);
      },
    },
    'POST /api/vaccine-products/:id/intervals': {
      anon: () => ({ method: 'POST', url: '/api/vaccine-products/1/intervals', payload: interval }),
      scope: async () => {
        const { pfizer } = await vax();
        await refusedWrite(403, all(), write(s.province, 'POST', `/api/vaccine-products/${pfizer}/intervals`, interval));
        status(await write(s.admin, 'POST', `/api/vaccine-products/${pfizer}/intervals`, { ...interval, minDays: 21, previousProducts: ['PFIZER'] })(), 201);
      },
    },
    'GET /api/vaccine-lots': {
      anon: () => get('/api/vaccine-lots'),
      scope: async () => status(await s.viewer.request(get('/api/vaccine-lots')), 200),
    },
    'POST /api/vaccine-lots': {
      anon: () => ({ method: 'POST', url: '/api/vaccine-lots', payload: { productId: 1, lotCode: 'A1', expiryDate: '2022-06-01' } }),
      scope: async () => {
        const { pfizer } = await vax();
        const lot = { productId: pfizer, lotCode: 'ACC1', expiryDate: '2022-06-01' };
        await refusedWrite(403, all(), write(s.viewer, 'POST', '/api/vaccine-lots', lot));
        status(await write(s.clerk, 'POST', '/api/vaccine-lots', lot)(), 201);
      },
    },
    'POST /api/doses': {
      anon: () => ({ method: 'POST', url: '/api/doses', payload: { personId: 1, productId: 1, givenOn: '2021-12-01' } }),
      scope: async () => {
        const { person, pfizer } = await vax();
        const body = (personId: number, over: object = {}) => ({ personId, productId: pfizer, givenOn: '2021-12-01', ...over });
        await refusedWrite(403, all(), write(s.viewer, 'POST', '/api/doses', body(person.hongGai)));
        const out = await refusedWrite(404, all(), write(s.clerk, 'POST', '/api/doses', body(person.vangDanh)));
        expect(out.body).not.toContain('Tiêm Chủng');
        await refusedWrite(404, all(), write(s.clerk, 'POST', '/api/doses', body(person.hongGai, { unitId: u.vangDanh })));
        status(await write(s.clerk, 'POST', '/api/doses', body(person.hongGai))(), 201);
      },
    },
    'GET /api/doses': {
      anon: () => get('/api/doses'),
      scope: async () => {
        const { person } = await vax();
        const own = await s.district.request(get('/api/doses?limit=1000'));
        status(own, 200);
        const ids = own.json().items.map((d: { personId: number }) => d.personId);
        expect(ids).toContain(person.hongGai);
        expect(ids).not.toContain(person.vangDanh);
        status(await s.clerk.request(get(`/api/doses?unitId=${u.vangDanh}`)), 404);
        status(await s.district.request(get(`/api/doses?unitId=${u.uongBi}&format=csv`)), 404);
        status(await s.viewer.request(get('/api/doses?format=xlsx')), 200);
      },
    },
    'POST /api/doses/import': {
      anon: () => ({ method: 'POST', url: '/api/doses/import', headers: { 'content-type': 'text/csv' }, payload: 'product\nPFIZER\n' }),
      scope: async () => {
        await vax();
        await k.t.db.execute({ text: `insert into person (full_name, search_name, birth_date, unit_id) values ('Nhập Tệp', 'nhap tep', '1985-01-01', $1)`, values: [u.hongGai] });
        const csv = (name: string, unit: string) =>
          `full_name,birth_date,product,given_on,unit_code\n${name},1985-01-01,PFIZER,2021-11-25,${unit}\n`;
        const up = (who: Who, body: string) => () => who.request({ method: 'POST', url: '/api/doses/import', headers: { 'content-type': 'text/csv' }, payload: body });
        await refusedWrite(403, all(), up(s.viewer, csv('Tiêm Chủng hongGai', '06691')));
        // a person out of scope is "not found", and the reply names nobody
        const out = await refusedWrite(422, all(), up(s.clerk, csv('Tiêm Chủng vangDanh', '06691')));
        expect(out.body).not.toContain('1985');
        await refusedWrite(422, all(), up(s.clerk, csv('Tiêm Chủng hongGai', '06808')));
        status(await up(s.clerk, csv('Nhập Tệp', '06691'))(), 200);
      },
    },
    'GET /api/doses/late-entry': {
      anon: () => get('/api/doses/late-entry'),
      scope: async () => {
        status(await s.district.request(get('/api/doses/late-entry')), 200);
        status(await s.clerk.request(get(`/api/doses/late-entry?unitId=${u.haLong}`)), 404);
      },
    },
    'GET /api/people/:id/doses': {
      anon: () => get('/api/people/1/doses'),
      scope: async () => {
        const { person } = await vax();
        status(await s.viewer.request(get(`/api/people/${person.hongGai}/doses`)), 200);
        const out = await s.clerk.request(get(`/api/people/${person.vangDanh}/doses`));
        status(out, 404);
        expect(out.body).not.toContain('2021-11-01');
      },
    },
    'GET /api/people/:id/immunizations': {
      anon: () => get('/api/people/1/immunizations'),
      scope: async () => {
        const { person } = await vax();
        status(await s.clerk.request(get(`/api/people/${person.hongGai}/immunizations`)), 200);
        const out = await s.district.request(get(`/api/people/${person.vangDanh}/immunizations`));
        status(out, 404);
        expect(out.body).not.toContain('Immunization');
      },
    },
    'POST /api/not-vaccinated': {
      anon: () => ({ method: 'POST', url: '/api/not-vaccinated', payload: { personId: 1, reason: 'refused' } }),
      scope: async () => {
        const { person } = await vax();
        await refusedWrite(403, all(), write(s.viewer, 'POST', '/api/not-vaccinated', { personId: person.hongGai, reason: 'refused' }));
        await refusedWrite(404, all(), write(s.clerk, 'POST', '/api/not-vaccinated', { personId: person.vangDanh, reason: 'refused' }));
        status(await write(s.clerk, 'POST', '/api/not-vaccinated', { personId: person.hongGai, reason: 'away' })(), 200);
      },
    },
    'GET /api/not-vaccinated': {
      anon: () => get('/api/not-vaccinated'),
      scope: async () => {
        status(await s.clerk.request(get(`/api/not-vaccinated?unitId=${u.vangDanh}`)), 404);
        const own = await s.viewer.request(get('/api/not-vaccinated'));
        status(own, 200);
        expect(own.body).not.toContain('Tiêm Chủng vangDanh');
      },
    },
  };
};
