/** The daily bulletin text (bản tin), in the style of the provincial bulletins. Pure. */
import type { Figures } from './figures.ts';

export interface BulletinInput {
  lang: 'vi' | 'en';
  unitName: string;
  date: string;
  start: string;
  deadlineTime: string;
  headline: Figures;
  children: { name: string; cases: number }[];
  reported: number;
  expected: number;
  onTime: number;
}

const fmt = (lang: 'vi' | 'en', n: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
export const dmy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

export function bulletinText(b: BulletinInput): { title: string; text: string } {
  const n = (x: number | undefined) => fmt(b.lang, x ?? 0);
  const v = b.headline.last24h;
  const c = b.headline.cumulative;
  const byPlace = b.children
    .filter((ch) => ch.cases > 0)
    .sort((a, z) => z.cases - a.cases)
    .map((ch) => `${ch.name} ${n(ch.cases)}`)
    .join(', ');
  const cumulativeCases = (c.f0_community ?? 0) + (c.f0_quarantined ?? 0);
  if (b.lang === 'vi') {
    const lines = [
      `Trong 24 giờ qua (tính đến ${b.deadlineTime} ngày ${dmy(b.date)}), ${b.unitName} ghi nhận ${n(b.headline.casesLast24h)} ca mắc mới` +
        ` (${n(v.f0_community)} ca cộng đồng, ${n(v.f0_quarantined)} ca đã được cách ly)${byPlace ? `: ${byPlace}` : ''}.`,
      `Cộng dồn từ ngày ${dmy(b.start)}: ${n(cumulativeCases)} ca mắc; ${n(c.deaths)} ca tử vong; ${n(c.recovered)} ca khỏi bệnh.` +
        ` 7 ngày qua: ${n(b.headline.casesWeek)} ca (7 ngày trước đó: ${n(b.headline.casesPrevWeek)} ca).`,
      `Trong ngày: ${n(v.deaths)} ca tử vong, ${n(v.recovered)} ca khỏi bệnh; đang điều trị tại bệnh viện: ${n(v.hospital_current)}.`,
      `Cách ly tập trung: mới ${n(v.cq_new)}, đang cách ly ${n(v.cq_current)}; cách ly tại nhà, nơi lưu trú: mới ${n(v.hq_new)}, đang cách ly ${n(v.hq_current)}. Truy vết: ${n(v.f1_traced)} F1, ${n(v.f2_traced)} F2.`,
      `Xét nghiệm: ${n(v.pcr_samples)} mẫu PCR cho ${n(v.pcr_persons)} người; ${n(v.rapid_tests)} test nhanh kháng nguyên.` +
        ` Người về từ vùng dịch: ${n(v.returnees)}, dương tính ${n(v.returnees_positive)}.`,
      `Tiêm vắc xin trong ngày: mũi 1: ${n(v.vax_dose1)}; mũi 2: ${n(v.vax_dose2)}; mũi 3: ${n(v.vax_dose3)}.`,
      `Báo cáo: ${n(b.reported)}/${n(b.expected)} đơn vị đã gửi (${n(b.onTime)} đúng hạn).`,
    ];
    return { title: `Bản tin tình hình dịch COVID-19 ngày ${dmy(b.date)} — ${b.unitName}`, text: lines.join('\n') };
  }
  const lines = [
    `In the last 24 hours (to ${b.deadlineTime} on ${dmy(b.date)}), ${b.unitName} recorded ${n(b.headline.casesLast24h)} new cases` +
      ` (${n(v.f0_community)} in the community, ${n(v.f0_quarantined)} already quarantined)${byPlace ? `: ${byPlace}` : ''}.`,
    `Since ${dmy(b.start)}: ${n(cumulativeCases)} cases; ${n(c.deaths)} deaths; ${n(c.recovered)} recovered.` +
      ` Last 7 days: ${n(b.headline.casesWeek)} cases (previous 7 days: ${n(b.headline.casesPrevWeek)}).`,
    `Today: ${n(v.deaths)} deaths, ${n(v.recovered)} recovered; in hospital: ${n(v.hospital_current)}.`,
    `Centralised quarantine: ${n(v.cq_new)} new, ${n(v.cq_current)} current; home quarantine: ${n(v.hq_new)} new, ${n(v.hq_current)} current. Traced: ${n(v.f1_traced)} F1, ${n(v.f2_traced)} F2.`,
    `Testing: ${n(v.pcr_samples)} PCR samples for ${n(v.pcr_persons)} people; ${n(v.rapid_tests)} rapid antigen tests.` +
      ` Returnees from outbreak areas: ${n(v.returnees)}, ${n(v.returnees_positive)} positive.`,
    `Vaccine doses today: dose 1: ${n(v.vax_dose1)}; dose 2: ${n(v.vax_dose2)}; dose 3: ${n(v.vax_dose3)}.`,
    `Reports: ${n(b.reported)} of ${n(b.expected)} units submitted (${n(b.onTime)} on time).`,
  ];
  return { title: `COVID-19 bulletin, ${dmy(b.date)} — ${b.unitName}`, text: lines.join('\n') };
}
