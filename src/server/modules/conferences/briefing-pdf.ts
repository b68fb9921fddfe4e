/**
 * The chair's printable briefing: the host's headline figures, its units ranked by new cases,
 * late and missing reports, tasks and vaccination behind, from the frozen snapshot (or the live
 * figures before the conference opens, marked as such).
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { clockText } from '../../../domain/conference.ts';
import { dmy } from '../../../domain/bulletin.ts';
import type { Lang } from '../../http/lang.ts';
import { messageLookup } from '../../http/messages.ts';
import type { PdfDocument } from '../../pdf/render.ts';
import type { ConferenceRow } from './repository.ts';
import type { Briefing } from './schema.ts';

const labels = messageLookup({
  heading: { vi: 'BẢN TÓM TẮT TÌNH HÌNH', en: 'SITUATION BRIEFING' },
  conference: { vi: 'Hội nghị: {title}', en: 'Conference: {title}' },
  host: { vi: 'Đơn vị chủ trì: {name} — {time}', en: 'Host: {name} — {time}' },
  frozen: { vi: 'Số liệu chốt lúc {time}, khi khai mạc hội nghị (báo cáo ngày {date}).', en: 'Figures frozen at {time} when the conference opened (report of {date}).' },
  live: { vi: 'SỐ LIỆU HIỆN TẠI, CHƯA CHỐT: lấy lúc {time} (báo cáo ngày {date}); bản chốt được lưu khi khai mạc.', en: 'LIVE FIGURES, NOT FROZEN: read at {time} (report of {date}); frozen when the conference opens.' },
  headline: { vi: '1. Số liệu chính của {name}', en: '1. Headline figures of {name}' },
  newCases: { vi: 'Ca mắc mới trong 24 giờ: {n}; 7 ngày qua: {week} (7 ngày trước đó: {prev}).', en: 'New cases in 24 hours: {n}; last 7 days: {week} (7 days before: {prev}).' },
  sinceLast: { vi: 'Số ngày kể từ ca mắc gần nhất: {n}.', en: 'Days since the last case: {n}.' },
  noCase: { vi: 'Chưa ghi nhận ca mắc.', en: 'No case reported yet.' },
  reports: {
    vi: 'Báo cáo trong ngày: {reported}/{expected} đơn vị đã gửi, {onTime} đúng hạn, {late} muộn, {missing} chưa gửi.',
    en: 'Reports of the day: {reported}/{expected} units reported, {onTime} on time, {late} late, {missing} missing.',
  },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  last24h: { vi: '24 giờ qua', en: 'Last 24 h' },
  week: { vi: '7 ngày', en: '7 days' },
  cumulative: { vi: 'Cộng dồn', en: 'Cumulative' },
  ranked: { vi: '2. Đơn vị trực thuộc xếp theo số ca mắc 7 ngày', en: '2. Units ranked by cases in 7 days' },
  no: { vi: 'STT', en: 'No.' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  cases24h: { vi: 'Ca mới 24 giờ', en: 'New 24 h' },
  cases7: { vi: 'Ca 7 ngày', en: 'Cases 7 days' },
  casesPrev: { vi: '7 ngày trước', en: 'Previous 7' },
  reported: { vi: 'Đã báo cáo', en: 'Reported' },
  late: { vi: '3. Đơn vị báo cáo muộn, chưa báo cáo', en: '3. Late and missing reports' },
  lateItem: { vi: '{name} ({parent}): {status}', en: '{name} ({parent}): {status}' },
  statusLate: { vi: 'gửi muộn', en: 'late' },
  statusMissing: { vi: 'chưa gửi', en: 'missing' },
  statusPending: { vi: 'chưa đến hạn', en: 'not yet due' },
  more: { vi: 'và {n} đơn vị khác.', en: 'and {n} more units.' },
  none: { vi: 'Không có.', en: 'None.' },
  tasks: { vi: '4. Nhiệm vụ', en: '4. Tasks' },
  taskCounts: {
    vi: 'Đang thực hiện: {open}; sắp đến hạn (24 giờ): {dueSoon}; quá hạn: {overdue}; hoàn thành muộn: {doneLate}.',
    en: 'Open: {open}; due within 24 h: {dueSoon}; overdue: {overdue}; done late: {doneLate}.',
  },
  overdueTask: { vi: '{title} — {unit}, hạn {deadline}', en: '{title} — {unit}, due {deadline}' },
  behind: { vi: '5. Đơn vị chậm tiến độ tiêm chủng', en: '5. Units behind their vaccination targets' },
  behindItem: { vi: '{unit}: {share} (mục tiêu {target} trước {due}, {campaign})', en: '{unit}: {share} (target {target} by {due}, {campaign})' },
});

const MAX_LATE = 30;
const MAX_RANKED = 70;

export function briefingDocument(c: ConferenceRow, b: Briefing, lang: Lang): PdfDocument {
  const L = (key: Parameters<typeof labels>[0], vars?: Record<string, string | number>) => labels(key, lang, vars);
  const num = (n: number | undefined) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n ?? 0);
  const pct = (r: number | null) => (r === null ? '—' : `${num(Math.round(r * 1000) / 10)}%`);
  const h = b.headline;
  const comp = b.completeness;
  const cell = (text: string | number, extra: { alignment?: 'right' | 'center'; bold?: boolean; fillColor?: string } = {}): TableCell => ({ text: String(text), ...extra });
  const right = (n: number | undefined) => cell(num(n), { alignment: 'right' });
  const heading = (text: string): Content => ({ text, bold: true, margin: [0, 10, 0, 4] });
  const indicatorRows = b.indicators.map((i) => [
    cell(lang === 'vi' ? i.nameVi : i.nameEn), right(h.last24h[i.code]), right(h.week[i.code]), right(h.cumulative[i.code]),
  ]);
  const ranked = b.ranked.slice(0, MAX_RANKED).map((r, i) => [
    cell(i + 1, { alignment: 'center' }), cell(r.unit.fullName), right(r.figures.casesLast24h), right(r.figures.casesWeek),
    right(r.figures.casesPrevWeek), cell(`${num(r.completeness.reported)}/${num(r.completeness.expected)}`, { alignment: 'right' }),
  ]);
  const statusText = { late: L('statusLate'), missing: L('statusMissing'), pending: L('statusPending') };
  const late = b.lateUnits.slice(0, MAX_LATE).map((l) => L('lateItem', { name: l.unit.fullName, parent: l.parentName, status: statusText[l.timeliness] }));
  if (b.lateUnits.length > MAX_LATE) late.push(L('more', { n: num(b.lateUnits.length - MAX_LATE) }));
  const when = clockText(new Date(b.takenAt));
  const headerRow = (cells: string[]) => cells.map((t) => cell(t, { bold: true, fillColor: '#eeeeee' }));

  const content: Content[] = [
    { text: L('heading'), bold: true, fontSize: 15, alignment: 'center' },
    { text: L('conference', { title: c.title }), alignment: 'center', margin: [0, 4, 0, 0] },
    { text: L('host', { name: c.host.fullName, time: clockText(new Date(c.startsAt)) }), alignment: 'center', italics: true, fontSize: 12 },
    {
      text: b.frozen ? L('frozen', { time: when, date: dmy(b.date) }) : L('live', { time: when, date: dmy(b.date) }),
      fontSize: 11, margin: [0, 8, 0, 0], bold: !b.frozen, color: b.frozen ? '#000000' : '#b71c1c',
    },
    heading(L('headline', { name: b.unit.fullName })),
    { text: L('newCases', { n: num(h.casesLast24h), week: num(h.casesWeek), prev: num(h.casesPrevWeek) }) },
    { text: h.daysSinceLastCase === null ? L('noCase') : L('sinceLast', { n: num(h.daysSinceLastCase) }) },
    { text: L('reports', { reported: num(comp.reported), expected: num(comp.expected), onTime: num(comp.onTime), late: num(comp.late), missing: num(comp.missing) }), margin: [0, 0, 0, 4] },
    {
      table: { headerRows: 1, widths: ['*', 60, 60, 70], body: [headerRow([L('indicator'), L('last24h'), L('week'), L('cumulative')]), ...indicatorRows] },
      layout: 'lightHorizontalLines', fontSize: 10,
    },
  ];
  if (ranked.length) {
    content.push(heading(L('ranked')), {
      table: {
        headerRows: 1, widths: [26, '*', 52, 52, 52, 58],
        body: [headerRow([L('no'), L('unit'), L('cases24h'), L('cases7'), L('casesPrev'), L('reported')]), ...ranked],
      },
      layout: 'lightHorizontalLines', fontSize: 10,
    });
  }
  content.push(heading(L('late')), late.length ? { ul: late, fontSize: 11 } : { text: L('none') });
  content.push(heading(L('tasks')));
  if (b.tasks) {
    content.push({ text: L('taskCounts', { open: num(b.tasks.open), dueSoon: num(b.tasks.dueSoon), overdue: num(b.tasks.overdue), doneLate: num(b.tasks.doneLate) }) });
    if (b.tasks.overdueTasks.length) {
      content.push({ ul: b.tasks.overdueTasks.map((t) => L('overdueTask', { title: t.title, unit: t.unit.fullName, deadline: clockText(new Date(t.deadline)) })), fontSize: 11 });
    }
  } else content.push({ text: L('none') });
  if (b.behind.length) {
    content.push(heading(L('behind')), {
      ul: b.behind.map((r) => L('behindItem', { unit: r.unit.fullName, share: pct(r.share), target: pct(r.targetShare), due: dmy(r.dueDate), campaign: r.campaign })),
      fontSize: 11,
    });
  }
  return {
    info: { title: `${L('heading')} — ${c.title}` },
    pageSize: 'A4',
    pageMargins: [56, 48, 42, 48],
    defaultStyle: { fontSize: 12 },
    footer: (page: number, pages: number) => ({ text: `${page}/${pages}`, alignment: 'center', fontSize: 9, margin: [0, 16, 0, 0] }),
    content,
  };
}
