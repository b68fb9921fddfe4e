import { describe, expect, it } from 'vitest';
import { bulletinText, dmy, type BulletinInput } from './bulletin.ts';
import type { Figures } from './figures.ts';

const day = {
  f0_community: 1000, f0_quarantined: 234, deaths: 2, recovered: 1500, hospital_current: 12345,
  cq_new: 10, cq_current: 200, hq_new: 30, hq_current: 4000, f1_traced: 2500, f2_traced: 7000,
  pcr_samples: 1200, pcr_persons: 9876, rapid_tests: 54321, returnees: 88, returnees_positive: 3,
  vax_dose1: 100, vax_dose2: 2000, vax_dose3: 1234567,
};
const headline = (over: Partial<Figures> = {}): Figures => ({
  last24h: day,
  cumulative: { ...day, f0_community: 20000, f0_quarantined: 5678, deaths: 40, recovered: 21000 },
  week: {},
  prevWeek: {},
  casesLast24h: 1234,
  casesWeek: 8000,
  casesPrevWeek: 7500,
  daysSinceLastCase: 0,
  ...over,
});
const input = (over: Partial<BulletinInput> = {}): BulletinInput => ({
  lang: 'vi',
  unitName: 'Thành phố Hạ Long',
  date: '2021-12-10',
  start: '2021-11-11',
  deadlineTime: '17:00',
  headline: headline(),
  children: [
    { name: 'Bạch Đằng', cases: 234 },
    { name: 'Cao Xanh', cases: 0 },
    { name: 'Hồng Gai', cases: 1000 },
  ],
  reported: 30,
  expected: 33,
  onTime: 28,
  ...over,
});

describe('bulletinText in Vietnamese', () => {
  const { title, text } = bulletinText(input());
  const lines = text.split('\n');

  it('has a dated title naming the unit', () => {
    expect(title).toBe('Bản tin tình hình dịch COVID-19 ngày 10/12/2021 — Thành phố Hạ Long');
  });

  it('writes numbers the Vietnamese way, with dots for thousands', () => {
    expect(text).toContain('1.234 ca mắc mới');
    expect(text).toContain('1.234.567');
    expect(text).not.toMatch(/\d,\d{3}/);
  });

  it('opens with the new cases, split by source, then by place, most first, none with zero', () => {
    expect(lines[0]).toBe(
      'Trong 24 giờ qua (tính đến 17:00 ngày 10/12/2021), Thành phố Hạ Long ghi nhận 1.234 ca mắc mới' +
        ' (1.000 ca cộng đồng, 234 ca đã được cách ly): Hồng Gai 1.000, Bạch Đằng 234.',
    );
  });

  it('gives the totals since the start and the two weeks', () => {
    expect(lines[1]).toBe('Cộng dồn từ ngày 11/11/2021: 25.678 ca mắc; 40 ca tử vong; 21.000 ca khỏi bệnh. 7 ngày qua: 8.000 ca (7 ngày trước đó: 7.500 ca).');
  });

  it('has one line each for outcomes, quarantine, testing, vaccination and reporting', () => {
    expect(lines).toHaveLength(7);
    expect(lines[2]).toBe('Trong ngày: 2 ca tử vong, 1.500 ca khỏi bệnh; đang điều trị tại bệnh viện: 12.345.');
    expect(lines[3]).toBe('Cách ly tập trung: mới 10, đang cách ly 200; cách ly tại nhà, nơi lưu trú: mới 30, đang cách ly 4.000. Truy vết: 2.500 F1, 7.000 F2.');
    expect(lines[4]).toBe('Xét nghiệm: 1.200 mẫu PCR cho 9.876 người; 54.321 test nhanh kháng nguyên. Người về từ vùng dịch: 88, dương tính 3.');
    expect(lines[5]).toBe('Tiêm vắc xin trong ngày: mũi 1: 100; mũi 2: 2.000; mũi 3: 1.234.567.');
    expect(lines[6]).toBe('Báo cáo: 30/33 đơn vị đã gửi (28 đúng hạn).');
  });

  it('leaves out the places when no child had a case, and writes 0 for missing figures', () => {
    const quiet = bulletinText(input({ headline: headline({ last24h: {}, casesLast24h: 0 }), children: [{ name: 'Cao Xanh', cases: 0 }] }));
    expect(quiet.text.split('\n')[0]).toBe(
      'Trong 24 giờ qua (tính đến 17:00 ngày 10/12/2021), Thành phố Hạ Long ghi nhận 0 ca mắc mới (0 ca cộng đồng, 0 ca đã được cách ly).',
    );
    expect(quiet.text).not.toContain('undefined');
    expect(quiet.text).not.toContain('NaN');
  });
});

describe('bulletinText in English', () => {
  it('uses English words and commas for thousands', () => {
    const { title, text } = bulletinText(input({ lang: 'en' }));
    expect(title).toBe('COVID-19 bulletin, 10/12/2021 — Thành phố Hạ Long');
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'In the last 24 hours (to 17:00 on 10/12/2021), Thành phố Hạ Long recorded 1,234 new cases (1,000 in the community, 234 already quarantined): Hồng Gai 1,000, Bạch Đằng 234.',
    );
    expect(lines[6]).toBe('Reports: 30 of 33 units submitted (28 on time).');
  });
});

describe('dmy', () => {
  it('turns an ISO date into dd/mm/yyyy', () => {
    expect(dmy('2021-12-01')).toBe('01/12/2021');
  });
});
