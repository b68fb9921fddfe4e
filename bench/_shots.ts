import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3111';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })).newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
async function login(u: string) {
  await page.goto(`${base}/login`);
  await page.getByTestId('login-username').fill(u);
  await page.getByTestId('login-password').fill('EpiCenter@2021');
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/dashboard/);
}
await login(process.argv[2] ?? 'tp.halong');
for (const path of (process.argv[3] ?? '/dashboard?tab=registers,/cases,/followup,/facilities,/contacts').split(',')) {
  await page.goto(base + path);
  await page.waitForTimeout(2500);
  const name = path.replace(/[^a-z0-9]+/gi, '_');
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  console.log('shot', name);
}
console.log('errors', errors.slice(0, 10));
await browser.close();
