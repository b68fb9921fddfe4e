import type { InjectOptions } from 'fastify';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../test/helpers/constants.ts';
import { signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
beforeAll(async () => {
  e = await startE2e();
});
afterAll(() => e?.close());

/** A signed-in session on the server under test (setting up data, not part of what the browser sees). */
async function session(username: string) {
  const res = await e.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return (opts: InjectOptions) => e.app.inject({ ...opts, headers: { cookie, 'x-csrf-token': csrf, ...(opts.headers ?? {}) } });
}

const unitOf = async (code: string) => (await e.db.query<{ id: number }>({ text: 'select id from org_unit where code = $1', values: [code] }))[0]!.id;

/** Everything in the database that identifies a person: names, phones and national IDs. */
async function personalData(): Promise<string[]> {
  const rows = await e.db.query<{ v: string }>({
    text: `select v from (
             select full_name as v from person
             union select phone from person union select national_id from person
             union select full_name from app_user
             union select leader_name from duty_shift union select phone from duty_shift
           ) x
           where v is not null and length(v) >= 6
             -- a name that is also a unit's name ("Trần Hưng Đạo", "Lê Lợi") is not a leak
             and not exists (select 1 from org_unit o where o.name = x.v)`,
    values: [],
  });
  return rows.map((r) => r.v);
}

const PERSON_KEYS = /"(person_?id|full_?name|phone|national_?id|birth_?date|address)"\s*:/i;

describe('public portal in the browser', () => {
  it('opens with no sign-in, reads the bulletin and the levels map, follows a province, switches to English, and never receives personal data', async () => {
    const [quangNinh, hongGai] = [await unitOf('22'), await unitOf('06691')];

    // people in the register (with phones and national IDs) whose figures the portal aggregates
    const clerk = await session('xa.honggai');
    for (const p of [
      { fullName: 'Phạm Thị Thu Trang', nationalId: '022190001234', phone: '0912777001', birthDate: '1990-04-12', sex: 'female' },
      { fullName: 'Vũ Đức Thắng', nationalId: '022185004321', phone: '0987777002', birthDate: '1985-09-30', sex: 'male' },
    ]) {
      const res = await clerk({ method: 'POST', url: '/api/people', payload: { ...p, unitId: hongGai, address: 'Tổ 5, khu 3', workplace: null } });
      expect(res.statusCode, res.body).toBe(201);
    }
    // the levels of the last whole week (Monday 29/11/2021), assessed by the national administrator
    const admin = await session('trunguong');
    const assessed = await admin({ method: 'POST', url: '/api/levels/assess', payload: { week: '2021-11-29' } });
    expect(assessed.statusCode, assessed.body).toBe(200);

    const secrets = await personalData();
    expect(secrets).toContain('Phạm Thị Thu Trang');
    expect(secrets).toContain('022190001234');

    const context = await e.browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const bodies: { url: string; status: number; text: string }[] = [];
    const pending: Promise<void>[] = [];
    const record = (r: Response) => {
      const url = r.url();
      // every text the page receives: the app's files and every reply (fonts and images are not text)
      if (!/text|json|javascript|css|csv/.test(r.headers()['content-type'] ?? '')) return;
      pending.push(
        r.text().then(
          (text) => void bodies.push({ url, status: r.status(), text }),
          () => undefined, // a redirect or an aborted request has no body
        ),
      );
    };
    page.on('response', record);

    // the nation: the bulletin and the map of provinces with the counts per level
    await page.goto(`${e.baseUrl}/public`);
    await expect.poll(() => page.getByTestId('public-unit-title').textContent()).toBe('Toàn quốc');
    await expect.poll(() => page.getByTestId('public-bulletin-text').textContent()).toContain('Trong 24 giờ qua');
    await page.getByTestId('level-map').locator('canvas').first().waitFor();
    await expect.poll(() => page.getByTestId('public-level-counts').textContent()).toMatch(/\d+ tỉnh cấp [1-4]/);
    expect(await page.getByTestId('public-level').textContent()).toMatch(/Cấp [1-4]/);
    expect(await page.getByTestId('headline-24h').textContent()).toMatch(/^\d[\d.]*$/);
    await page.getByTestId('public-coverage').scrollIntoViewIfNeeded();
    await page.getByTestId('public-coverage').locator('canvas').first().waitFor();
    await page.screenshot({ path: 'test-results/e2e-public-nation.png', fullPage: true });

    // follow a province from the table of the units below
    await page.getByTestId('public-children').getByRole('link', { name: 'Quảng Ninh', exact: true }).click();
    await page.waitForURL(new RegExp(`/public/${quangNinh}$`));
    await expect.poll(() => page.getByTestId('public-unit-title').textContent()).toBe('Tỉnh Quảng Ninh');
    await expect.poll(() => page.getByTestId('public-bulletin-text').textContent()).toContain('Trong 24 giờ qua');
    expect(await page.getByTestId('public-bulletin-text').textContent()).toContain('Quảng Ninh');
    await page.getByTestId('level-map').locator('canvas').first().waitFor();
    await expect.poll(() => page.getByTestId('public-level-counts').textContent()).toMatch(/\d+ huyện cấp [1-4]/);
    expect(await page.getByTestId('public-breadcrumb').textContent()).toContain('Toàn quốc');
    expect(await page.getByTestId('public-measures').textContent()).toMatch(/Được phép|Hạn chế|Tạm dừng/);

    // English
    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('public-bulletin-text').textContent()).toContain('In the last 24 hours');
    await expect.poll(() => page.getByTestId('public-level-counts').textContent()).toMatch(/\d+ districts? at level [1-4]/);
    expect(await page.getByTestId('public-headline').textContent()).toContain('New cases in 24 hours');
    await page.screenshot({ path: 'test-results/e2e-public-province-en.png', fullPage: true });

    // a commune's page (the small-count rule applies there) and the open data downloads
    await page.goto(`${e.baseUrl}/public/${hongGai}`);
    await expect.poll(() => page.getByTestId('public-unit-title').textContent()).toContain('Hồng Gai');
    await page.getByTestId('public-download').click();
    await page.waitForURL(/\/public\/open-data\?unitId=/);
    await page.getByTestId('dataset-daily').waitFor();
    const links = await page.locator('[data-testid^="download-"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const href of links) {
      const status = await page.evaluate(async (u) => (await fetch(u)).status, href);
      expect(status, href).toBe(200);
    }

    // on a phone
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${e.baseUrl}/public/${quangNinh}`);
    await page.getByTestId('level-map').locator('canvas').first().waitFor();
    await page.screenshot({ path: 'test-results/e2e-public-phone.png', fullPage: true });

    page.off('response', record);
    await Promise.all(pending);

    // officials sign in from the footer; the sign-in page links back to the portal
    await page.getByTestId('footer-login').click();
    await page.getByTestId('login-public-link').click();
    await page.waitForURL(/\/public$/);
    await page.getByTestId('public-unit-title').waitFor();
    await context.close();

    const api = bodies.filter((b) => new URL(b.url).pathname.startsWith('/api/public/'));
    const paths = new Set(api.map((b) => new URL(b.url).pathname.replace(/\/\d+/g, '/:id')));
    for (const p of ['/api/public/overview', '/api/public/overview/:id', '/api/public/levels/:id', '/api/public/coverage/:id', '/api/public/open-data'])
      expect(paths, p).toContain(p);
    expect([...paths].some((p) => /^\/api\/public\/open-data\/\w+\.csv$/.test(p))).toBe(true);
    expect([...paths].some((p) => /^\/api\/public\/open-data\/\w+\.json$/.test(p))).toBe(true);

    // no personal value in anything the page received, and no field named like one
    expect(bodies.some((b) => /\.js(\?|$)/.test(b.url))).toBe(true);
    expect(api.some((b) => b.text.includes('Hồng Gai'))).toBe(true); // the replies were read as text
    for (const b of bodies) {
      for (const s of secrets) expect(b.text.includes(s), `${s} in ${b.url}`).toBe(false);
      if (b.url.includes('/api/')) expect(b.text, b.url).not.toMatch(PERSON_KEYS);
    }
    // the portal never asked for anything else, not even whether there is a session
    expect(bodies.filter((b) => b.url.includes('/api/') && !b.url.includes('/api/public/')).map((b) => b.url)).toEqual([]);
  });

  it('an administrator loads district boundaries of a province, the public map of the province draws them, and the level can be cleared', async () => {
    const quangNinh = await unitOf('22');
    const districts = await e.db.query<{ code: string }>({
      text: `select o.code from org_unit o where o.parent_id = $1 order by o.code`,
      values: [quangNinh],
    });
    expect(districts.length).toBeGreaterThan(5);
    // a schematic square per district, in a row (real files come from mapshaper and the like)
    const square = (i: number) => [[[107 + i * 0.1, 21], [107.09 + i * 0.1, 21], [107.09 + i * 0.1, 21.09], [107 + i * 0.1, 21.09], [107 + i * 0.1, 21]]];
    const collection = (codes: string[]) =>
      Buffer.from(
        JSON.stringify({
          type: 'FeatureCollection',
          features: codes.map((code, i) => ({ type: 'Feature', properties: { ma_huyen: code }, geometry: { type: 'Polygon', coordinates: square(i) } })),
        }),
      );

    const context = await e.browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, e.baseUrl, 'trunguong');
    await page.goto(`${e.baseUrl}/boundaries`);
    await page.getByTestId('boundaries-status').getByText('Quận/huyện').waitFor();
    const input = page.locator('input[type=file]');

    // one unknown code: the whole file is refused and the bad feature is named
    await input.setInputFiles({ name: 'bad.geojson', mimeType: 'application/geo+json', buffer: collection([districts[0]!.code, '99999']) });
    await page.getByTestId('boundaries-import').click();
    await expect.poll(() => page.getByTestId('boundaries-errors').textContent()).toContain('99999');
    expect(await page.getByTestId('boundaries-errors').textContent()).toMatch(/^Đối tượngLỗi2/);
    expect((await e.db.query<{ n: number }>({ text: 'select count(*)::int as n from unit_boundary', values: [] }))[0]!.n).toBe(0);

    await input.setInputFiles({ name: 'quang-ninh.geojson', mimeType: 'application/geo+json', buffer: collection(districts.map((d) => d.code)) });
    await page.getByTestId('boundaries-import').click();
    await expect.poll(() => page.getByTestId('boundaries-result').textContent()).toContain(`Đã nạp ${districts.length} ranh giới`);
    expect(await page.getByTestId('boundaries-result').textContent()).toContain('ma_huyen');
    const districtRow = page.getByTestId('boundaries-status').locator('tr', { hasText: 'Quận/huyện' });
    await expect.poll(() => districtRow.textContent()).toContain(String(districts.length));
    await page.screenshot({ path: 'test-results/e2e-boundaries.png', fullPage: true });

    // the public map of the province now uses the boundaries, once the portal's cached replies (60 s) have expired
    e.clock.now = new Date(e.clock.now.getTime() + 2 * 60_000);
    const visitor = await e.browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    const pub = await visitor.newPage();
    const boundaryReply = pub.waitForResponse((r) => r.url().includes(`/api/public/boundaries/${quangNinh}`));
    await pub.goto(`${e.baseUrl}/public/${quangNinh}`);
    const reply = await boundaryReply;
    expect(reply.status()).toBe(200);
    const geo = (await reply.json()) as { features: { properties: { code: string } }[] };
    expect(geo.features.map((f) => f.properties.code).sort()).toEqual(districts.map((d) => d.code));
    await pub.getByTestId('level-map').locator('canvas').first().waitFor();
    await pub.getByTestId('public-levels').screenshot({ path: 'test-results/e2e-public-geojson-map.png' });
    await visitor.close();

    // clearing the districts' level
    await districtRow.getByRole('button', { name: 'Xóa ranh giới' }).click();
    await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await expect.poll(async () => (await e.db.query<{ n: number }>({ text: 'select count(*)::int as n from unit_boundary', values: [] }))[0]!.n).toBe(0);
    await expect.poll(() => districtRow.getByRole('button').count()).toBe(0);
    await context.close();
  });
});
