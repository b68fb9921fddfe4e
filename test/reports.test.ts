import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findForm } from '../src/server/modules/forms/repository.ts';
import { rebuildRollups } from '../src/server/modules/rollups/repository.ts';
import { createTestApp, unitId, type TestApp } from './helpers/app.ts';
import { reportValues } from './helpers/fixtures.ts';
import { TEST_TODAY } from './helpers/constants.ts';

const values = reportValues;

let t: TestApp;
let hongGai: number;
let haLong: number;
let quangNinh: number;
let nation: number;
beforeAll(async () => {
  t = await createTestApp();
  hongGai = await unitId(t.db, '06691');
  haLong = await unitId(t.db, '193');
  quangNinh = await unitId(t.db, '22');
  nation = await unitId(t.db, 'VN');
});
afterAll(() => t.close());

const dash = async (username: string, id: number) => {
  const s = await t.login(username);
  const res = await s.request({ method: 'GET', url: `/api/dashboard/${id}?date=${TEST_TODAY}` });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('daily situation report', () => {
  it('a commune submission is in the district, province and national totals at once', async () => {
    const before = await Promise.all([dash('tp.halong', haLong), dash('tinh.quangninh', quangNinh), dash('trunguong', nation)]);
    const clerk = await t.login('xa.honggai');
    const url = `/api/reports/BCTH-NGAY/${hongGai}/${TEST_TODAY}`;
    const res = await clerk.request({ method: 'PUT', url, payload: { values: values(), submit: true } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report.status).toBe('submitted');
    expect(res.json().report.timeliness).toBe('on_time');
    const after = await Promise.all([dash('tp.halong', haLong), dash('tinh.quangninh', quangNinh), dash('trunguong', nation)]);
    for (const [i, a] of after.entries()) {
      expect(a.headline.casesLast24h - before[i].headline.casesLast24h).toBe(5);
      expect(a.completeness.reported - before[i].completeness.reported).toBe(1);
    }
    // a retried submission with the same values does not count twice
    const again = await clerk.request({ method: 'PUT', url, payload: { values: values(), submit: true } });
    expect(again.statusCode).toBe(200);
    const district = await dash('tp.halong', haLong);
    expect(district.headline.casesLast24h - before[0].headline.casesLast24h).toBe(5);
    // a correction replaces the value
    await clerk.request({ method: 'PUT', url, payload: { values: values({ f0_community: 10 }), submit: true } });
    expect((await dash('trunguong', nation)).headline.casesLast24h - before[2].headline.casesLast24h).toBe(12);
  });

  it('the district sees the report in its queue, returns it and it leaves the totals', async () => {
    const officer = await t.login('tp.halong');
    const queue = (await officer.request({ method: 'GET', url: `/api/approvals?form=BCTH-NGAY&period=${TEST_TODAY}` })).json();
    const item = queue.find((q: { unit: { code: string } }) => q.unit.code === '06691');
    expect(item).toBeTruthy();
    const before = (await dash('tp.halong', haLong)).headline.casesLast24h;
    const ret = await officer.request({ method: 'POST', url: `/api/reports/${item.id}/return`, payload: { comment: 'Kiểm tra lại số F0' } });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json().status).toBe('returned');
    expect((await dash('tp.halong', haLong)).headline.casesLast24h).toBe(before - 12);
    const clerk = await t.login('xa.honggai');
    const seen = (await clerk.request({ method: 'GET', url: `/api/reports/BCTH-NGAY/${hongGai}/${TEST_TODAY}` })).json();
    expect(seen.reviewComment).toBe('Kiểm tra lại số F0');
    const resent = await clerk.request({ method: 'PUT', url: `/api/reports/BCTH-NGAY/${hongGai}/${TEST_TODAY}`, payload: { values: values(), submit: true } });
    expect(resent.statusCode).toBe(200);
    const approve = await officer.request({ method: 'POST', url: `/api/reports/${item.id}/approve` });
    expect(approve.json().status).toBe('approved');
    const locked = await clerk.request({ method: 'PUT', url: `/api/reports/BCTH-NGAY/${hongGai}/${TEST_TODAY}`, payload: { values: values(), submit: true } });
    expect(locked.statusCode).toBe(409);
  });

  it('rejects impossible values with messages that name the field, and saves nothing', async () => {
    const clerk = await t.login('xa.honggai');
    const url = `/api/reports/BCTH-NGAY/${hongGai}/2021-12-09`;
    const before = (await clerk.request({ method: 'GET', url })).json();
    const res = await clerk.request({ method: 'PUT', url, payload: { values: values({ deaths: -1 }), submit: true } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toContainEqual({ field: 'deaths', message: 'Tử vong: không được là số âm' });
    const pooled = await clerk.request({ method: 'PUT', url, payload: { values: values({ pcr_persons: 1001 }), submit: true } });
    expect(pooled.statusCode).toBe(422);
    expect(pooled.json().error.fields[0].field).toBe('pcr_persons');
    const en = await clerk.request({ method: 'PUT', url, headers: { 'accept-language': 'en' }, payload: { values: values({ returnees_positive: 13 }), submit: true } });
    expect(en.json().error.fields[0].message).toMatch(/^Returnees who tested positive/);
    expect((await clerk.request({ method: 'GET', url })).json()).toEqual(before);
  });

  it('warns on an outlier against the unit history but accepts it', async () => {
    const clerk = await t.login('xa.honggai');
    const res = await clerk.request({
      method: 'PUT',
      url: `/api/reports/BCTH-NGAY/${hongGai}/2021-12-09`,
      payload: { values: values({ f1_traced: 5000 }), submit: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().warnings.map((w: { field: string }) => w.field)).toContain('f1_traced');
    // the district sees the same warning in its approval queue
    const officer = await t.login('tp.halong');
    const queue = (await officer.request({ method: 'GET', url: '/api/approvals?form=BCTH-NGAY&period=2021-12-09' })).json();
    const item = queue.find((q: { unit: { code: string } }) => q.unit.code === '06691');
    expect(item.warnings.map((w: { field: string }) => w.field)).toContain('f1_traced');
    expect(queue.filter((q: { warnings: unknown[] }) => q.warnings.length === 0).length).toBeGreaterThan(0);
  });

  it('marks a report submitted after 17:00 as late', async () => {
    const clerk = await t.login('xa.honggai');
    t.clock.now = new Date('2021-12-10T11:30:00Z'); // 18:30 in Vietnam
    try {
      const other = await unitId(t.db, '06694');
      const officer = await t.login('tp.halong');
      const res = await officer.request({ method: 'PUT', url: `/api/reports/BCTH-NGAY/${other}/${TEST_TODAY}`, payload: { values: values(), submit: true } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().report.timeliness).toBe('late');
    } finally {
      t.clock.now = new Date('2021-12-10T05:00:00Z');
    }
    expect(clerk).toBeTruthy();
  });
});

describe('roll-ups', () => {
  it('the totals kept at each submission equal a full recomputation from the reports', async () => {
    const snapshot = () =>
      t.db.query<{ unit_id: number; period: string; vals: Record<string, number>; n_reported: number; n_on_time: number }>({
        text: `select unit_id, to_char(period, 'YYYY-MM-DD') as period, vals, n_reported, n_on_time from rollup
          where n_reported > 0 order by unit_id, period`,
        values: [],
      });
    const strip = (rows: Awaited<ReturnType<typeof snapshot>>) =>
      rows.map((r) => ({ ...r, vals: Object.fromEntries(Object.entries(r.vals).filter(([, v]) => v !== 0)) }));
    const months = async () =>
      (
        await t.db.query<{ unit_id: number; month: string; vals: Record<string, number> }>({
          text: `select unit_id, to_char(month, 'YYYY-MM') as month, vals from rollup_month order by unit_id, month`,
          values: [],
        })
      ).map((r) => ({ ...r, vals: Object.fromEntries(Object.entries(r.vals).filter(([, v]) => v !== 0)) }));
    const incremental = strip(await snapshot());
    const incrementalMonths = await months();
    await rebuildRollups(t.db, (await findForm(t.db, 'BCTH-NGAY'))!);
    expect(strip(await snapshot())).toEqual(incremental);
    expect(await months()).toEqual(incrementalMonths);
  });
});

describe('dashboard figures against plain SQL', () => {
  it('cumulative since any start date and days since the last case match the reports', async () => {
    const officer = await t.login('tinh.quangninh');
    const plain = async (start: string) =>
      (
        await t.db.query<{ cases: number; deaths: number }>({
          text: `select coalesce(sum((vals->>'f0_community')::int + (vals->>'f0_quarantined')::int), 0)::int as cases,
              coalesce(sum((vals->>'deaths')::int), 0)::int as deaths
            from report r join org_unit u on u.id = r.unit_id
            where u.path like $3 and r.status in ('submitted', 'approved') and r.period between $1::date and $2::date`,
          values: [start, TEST_TODAY, `%/${quangNinh}/%`],
        })
      )[0]!;
    // a start in the middle of a month, one on the first, one before any data
    for (const start of ['2021-11-17', '2021-12-01', '2021-10-01']) {
      const d = (await officer.request({ method: 'GET', url: `/api/dashboard/${quangNinh}?date=${TEST_TODAY}&start=${start}` })).json();
      const expected = await plain(start);
      expect(d.headline.cumulative.f0_community + d.headline.cumulative.f0_quarantined, start).toBe(expected.cases);
      expect(d.headline.cumulative.deaths, start).toBe(expected.deaths);
    }
    // on the 10th the last case is within the two weeks read for the figures; on the 30th
    // (no reports after the 10th) it is looked up further back
    for (const date of [TEST_TODAY, '2021-12-30']) {
      const children = [];
      for (const id of [quangNinh, haLong]) {
        children.push(...(await officer.request({ method: 'GET', url: `/api/dashboard/${id}?date=${date}` })).json().children);
      }
      for (const child of children) {
        const [row] = await t.db.query<{ last: string | null }>({
          text: `select to_char(max(period), 'YYYY-MM-DD') as last from report r join org_unit u on u.id = r.unit_id
            where u.path like $1 and r.status in ('submitted', 'approved') and r.period <= $2::date
              and (vals->>'f0_community')::int + (vals->>'f0_quarantined')::int > 0`,
          values: [`%/${child.unit.id}/%`, date],
        });
        const days = row!.last === null ? null : (Date.parse(date) - Date.parse(row!.last)) / 86_400_000;
        expect(child.figures.daysSinceLastCase, `${child.unit.name} ${date}`).toBe(days);
      }
    }
  });
});
