import { expect } from 'vitest';
import type { AreaCases } from './kit.ts';

export const registerExchangeCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const all = () => Object.values(u);
  const csvPost = (kind: string, csv: string) => ({
    method: 'POST' as const,
    url: `/api/register-exchange/import?kind=${kind}`,
    headers: { 'content-type': 'text/csv' },
    payload: csv,
  });
  const people = (code: string) => `full_name,birth_date,unit_code\nNhập Truy Cập ${code},01/01/1995,${code}\n`;

  return {
    'GET /api/register-exchange/template': {
      anon: () => get('/api/register-exchange/template?kind=people'),
      scope: async () => {
        // a blank template: nothing of any unit in it, every signed-in user may download it
        for (const who of [s.clerk, s.viewer, s.province]) status(await who.request(get('/api/register-exchange/template?kind=cases')), 200);
        status(await s.clerk.request(get('/api/register-exchange/template?kind=unknown')), 400);
      },
    },
    'POST /api/register-exchange/import': {
      anon: () => csvPost('people', people('06691')),
      scope: async () => {
        const post = (who: typeof s.clerk, kind: string, csv: string) => () => who.request(csvPost(kind, csv));
        await refusedWrite(403, all(), post(s.viewer, 'people', people('06691')));
        for (const [who, code] of [[s.clerk, '06694'], [s.district, '06808'], [s.province, '00001']] as const) {
          const res = await refusedWrite(422, all(), post(who, 'people', people(code)));
          expect(res.json().error.rows[0].errors[0].field).toBe('unit_code');
        }
        // a contact whose source lives outside the scope is refused without revealing the source
        const [far] = await k.t.db.query<{ id: number }>({
          text: `insert into person (full_name, search_name, national_id, unit_id) values ('Nguồn Vàng Danh', 'nguon vang danh', '022399999999', $1) returning id`,
          values: [u.vangDanh],
        });
        const contact = `source_national_id,full_name,birth_date,unit_code,exposure_type,exposure_date\n022399999999,Tiếp Xúc,01/01/1990,06691,household,01/12/2021\n`;
        const res = await refusedWrite(422, all(), post(s.district, 'contacts', contact));
        expect(res.body).not.toContain('Nguồn Vàng Danh');
        expect(res.json().error.rows[0].errors[0].field).toBe('source_national_id');
        // a national ID registered in Vàng Danh cannot be imported as a Hồng Gai person
        const taken = `national_id,full_name,unit_code\n022399999999,Người Khác,06691\n`;
        const idRes = await refusedWrite(422, all(), post(s.clerk, 'people', taken));
        expect(idRes.body).not.toContain('Nguồn Vàng Danh');
        expect(Number(far!.id)).toBeGreaterThan(0);
        status(await post(s.clerk, 'people', people('06691'))(), 200);
      },
    },
  };
};
