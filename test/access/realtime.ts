import { expect } from 'vitest';
import { sql } from '../../src/server/db/sql.ts';
import type { AreaCases } from './kit.ts';

/**
 * The event stream itself stays open, so only its refusals are checked here; what an open
 * stream delivers to whom is in test/realtime.test.ts.
 */
export const realtimeCases: AreaCases = (k) => {
  const { s, u, status, get } = k;
  return {
    'GET /api/events': {
      anon: () => get('/api/events'),
      scope: async () => {
        // a conference of Hà Nội with one site there: not Quảng Ninh's to hear
        const [user] = await k.t.db.query<{ id: number }>(sql`select id from app_user where username = 'trunguong'`);
        const [c] = await k.t.db.query<{ id: number }>(sql`
          insert into conference (host_unit_id, title, starts_at, created_by)
          values (${u.haNoi}, 'Giao ban Hà Nội', now(), ${user!.id}) returning id`);
        await k.t.db.execute(sql`insert into conference_site (conference_id, unit_id) values (${c!.id}, ${u.baDinh})`);
        for (const who of [s.clerk, s.district, s.province]) status(await who.request(get(`/api/events?conference=${c!.id}`)), 404);
        status(await s.province.request(get('/api/events?conference=999999')), 404);
        const bad = await s.province.request(get('/api/events?conference=abc'));
        status(bad, 400);
        expect(bad.json().error.fields[0].field).toContain('conference');
        await k.t.db.execute(sql`delete from conference where id = ${c!.id}`);
      },
    },
  };
};
