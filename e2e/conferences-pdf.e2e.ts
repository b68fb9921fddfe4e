/**
 * The chair's briefing as a reader sees it: page 1 rendered to an image, the Vietnamese text
 * extracted exactly, only the Be Vietnam Pro font embedded. Before the conference opens the
 * briefing says its figures are live; after, when they were frozen. Then the room in the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../test/helpers/constants.ts';
import { lookAtPdf } from './pdf.ts';
import { signIn, startE2e, type E2e } from './helpers.ts';

let e: E2e;
let headers: Record<string, string>;
let id: number;

beforeAll(async () => {
  e = await startE2e();
  const login = await e.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'tinh.quangninh', password: PASSWORD } });
  headers = { cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; '), 'x-csrf-token': login.json().csrfToken };
  const res = await e.app.inject({
    method: 'POST', url: '/api/conferences', headers,
    payload: { title: 'Hội nghị trực tuyến đánh giá công tác phòng, chống dịch COVID-19', startsAt: '2021-12-10T07:00:00Z', levels: [2, 3] },
  });
  expect(res.statusCode, res.body).toBe(201);
  id = res.json().id;
});
afterAll(() => e?.close());

const pdf = async () => {
  const res = await e.app.inject({ method: 'GET', url: `/api/conferences/${id}/briefing.pdf`, headers });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.rawPayload;
};
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('briefing PDF', () => {
  it('says the figures are live before the conference opens', async () => {
    const look = lookAtPdf(await pdf(), '/tmp/briefing-live.png');
    expect(flat(look.text)).toContain('SỐ LIỆU HIỆN TẠI, CHƯA CHỐT: lấy lúc 12:00 10/12/2021');
  });

  it('renders the frozen briefing in Vietnamese with Be Vietnam Pro', async () => {
    const open = await e.app.inject({ method: 'POST', url: `/api/conferences/${id}/open`, headers });
    expect(open.statusCode, open.body).toBe(200);
    const look = lookAtPdf(await pdf(), '/tmp/briefing.png');
    const text = flat(look.text);
    for (const line of [
      'BẢN TÓM TẮT TÌNH HÌNH',
      'Hội nghị: Hội nghị trực tuyến đánh giá công tác phòng, chống dịch COVID-19',
      'Đơn vị chủ trì: Tỉnh Quảng Ninh — 14:00 10/12/2021',
      'Số liệu chốt lúc 12:00 10/12/2021, khi khai mạc hội nghị (báo cáo ngày 10/12/2021).',
      '1. Số liệu chính của Tỉnh Quảng Ninh',
      '2. Đơn vị trực thuộc xếp theo số ca mắc 7 ngày',
      'Thành phố Hạ Long',
      '3. Đơn vị báo cáo muộn, chưa báo cáo',
      '4. Nhiệm vụ',
      'Đang thực hiện:',
    ]) expect(text).toContain(line);
    expect(look.fonts.length).toBeGreaterThan(0);
    for (const font of look.fonts) expect(font).toMatch(/^BeVietnamPro/);
    expect(look.inked).toBeGreaterThan(0.01);
  });

  it('the room shows the sites and links the briefing; the calendar lists the conference', async () => {
    const page = await e.browser.newPage();
    try {
      await signIn(page, e.baseUrl, 'tinh.quangninh');
      await page.goto(`${e.baseUrl}/conferences/${id}`);
      await page.getByTestId('conference-title').waitFor();
      expect(await page.getByTestId('conference-title').textContent()).toContain('Hội nghị trực tuyến đánh giá');
      expect(await page.getByTestId('conference-status').textContent()).toBe('Đang diễn ra');
      await page.getByTestId('briefing').waitFor();
      expect(await page.getByTestId('briefing-pdf').getAttribute('href')).toBe(`/api/conferences/${id}/briefing.pdf?lang=vi`);
      await page.getByTestId('site-search').locator('input').fill('Hồng Gai');
      await page.getByText('Phường Hồng Gai').waitFor();
      await page.screenshot({ path: '/tmp/conference-room.png', fullPage: true });
      // the month's calendar and list lead to the room
      await page.goto(`${e.baseUrl}/conferences`);
      await page.getByTestId('conference-link').first().waitFor();
      expect(await page.getByTestId('conference-link').first().textContent()).toContain('Hội nghị trực tuyến đánh giá');
      await page.getByTestId('conference-add').click();
      await page.getByTestId('conference-title').waitFor();
      await page.screenshot({ path: '/tmp/conferences.png', fullPage: true });
    } finally {
      await page.close();
    }
  });
});
