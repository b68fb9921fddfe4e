import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/env.ts';
import type { Db } from '../src/server/db/client.ts';
import { testDb } from '../test/helpers/app.ts';
import { PASSWORD, TEST_NOW } from '../test/helpers/constants.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2e {
  app: FastifyInstance;
  db: Db;
  baseUrl: string;
  browser: Browser;
  /** the server's clock: move `clock.now` to test deadlines (starts at TEST_NOW) */
  clock: { now: Date };
  close(): Promise<void>;
}

/** The real server on a copy of the seeded database, serving the built web app, and Chromium. */
export async function startE2e(): Promise<E2e> {
  const db = await testDb();
  const clock = { now: TEST_NOW };
  const app = await buildApp({ db, config: loadConfig({ LOG_LEVEL: 'silent' }), loginRateLimit: 1000, now: () => clock.now });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  return {
    app,
    db,
    baseUrl: address,
    browser,
    clock,
    async close() {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}

export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/dashboard/);
}

/** Picks the option containing `text` in the open dropdown of an antd Select. */
export async function pick(page: Page, text: string): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** A signed-in page in Vietnamese on Vietnam time, its clock fixed at TEST_NOW. */
export async function pageAs(e: E2e, username: string): Promise<Page> {
  const page = await (await e.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
  await page.clock.setFixedTime(TEST_NOW);
  await signIn(page, e.baseUrl, username);
  return page;
}

/** A POST to the API as a user, for a test's setup (what the test is about happens in the browser). */
export async function postAs(e: E2e, username: string, url: string, payload: unknown): Promise<unknown> {
  const login = await e.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await e.app.inject({ method: 'POST', url, payload: payload as object, headers: { cookie, 'x-csrf-token': login.json().csrfToken } });
  if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}
