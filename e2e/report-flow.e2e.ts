import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startE2e, type E2e } from './helpers.ts';
import { TEST_TODAY } from '../test/helpers/constants.ts';

let e: E2e;
beforeAll(async () => {
  e = await startE2e();
});
afterAll(() => e?.close());

const vn = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** GET an API path as a user, through the same server, to know the figures around the UI steps. */
async function apiAs(username: string, path: (unitId: number) => string) {
  const login = await e.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'EpiCenter@2021' } });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await e.app.inject({ method: 'GET', url: path(login.json().user.unit.id), headers: { cookie } });
  return res.json();
}
const districtCases = async (): Promise<number> =>
  (await apiAs('tp.halong', (id) => `/api/dashboard/${id}?date=${TEST_TODAY}`)).headline.casesLast24h;

/** The commune's own cases already in the totals today (the demo data may hold a report). */
async function communeCounted(): Promise<number> {
  const r = await apiAs('xa.honggai', (id) => `/api/reports/BCTH-NGAY/${id}/${TEST_TODAY}`);
  return r.status === 'submitted' || r.status === 'approved' ? r.values.f0_community + r.values.f0_quarantined : 0;
}

describe('report flow in the browser', () => {
  it('a commune clerk submits; the district sees it in its total and its approval queue', async () => {
    const before = (await districtCases()) - (await communeCounted());
    const context = await e.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'xa.honggai');

    await page.goto(`${e.baseUrl}/report`);
    await page.getByTestId('ind-f0_community').waitFor();
    const values: Record<string, number> = {
      f0_community: 17, f0_quarantined: 4, deaths: 0, recovered: 2, hospital_current: 6, cq_new: 3, cq_current: 3,
      hq_new: 8, hq_current: 8, pcr_samples: 120, pcr_persons: 400, rapid_tests: 60, f1_traced: 40, f2_traced: 50,
      returnees: 10, returnees_positive: 1, vax_dose1: 5, vax_dose2: 6, vax_dose3: 7,
    };
    for (const [code, v] of Object.entries(values)) await page.getByTestId(`ind-${code}`).fill(String(v));
    await page.getByTestId('submit-report').click();
    await expect.poll(() => page.getByTestId('report-status').textContent()).toMatch(/Đã gửi/);
    const after = before + 21;
    expect(await districtCases()).toBe(after);

    await context.clearCookies();
    await signIn(page, e.baseUrl, 'tp.halong');
    await expect.poll(() => page.getByTestId('headline-cases').textContent()).toContain(vn(after));
    await page.goto(`${e.baseUrl}/approvals`);
    await page.getByTestId('approval-row-06691').waitFor();
    expect(await page.getByTestId('approval-row-06691').textContent()).toContain('Hồng Gai');
    await page.screenshot({ path: 'test-results/e2e-approvals.png', fullPage: true });
    await context.close();
  });
});

