/**
 * Notices of conclusions (Thông báo kết luận): the checks that need no database and the
 * wording of the official layout (Nghị định 30/2020/NĐ-CP): dates, deadlines, Nơi nhận.
 */
import { VN_OFFSET_HOURS, vietnamDayStart } from './dates.ts';

export interface NoticeTaskDraft {
  text: string;
  unitIds: number[];
  /** ISO date-time; null when not yet entered */
  deadline: string | null;
  reportExpected: string;
}

export interface NoticeDraft {
  issuingBody: string;
  title: string;
  number: string | null;
  issuedOn: string | null;
  tasks: NoticeTaskDraft[];
}

export type NoticeProblemKey =
  | 'issuingBodyRequired'
  | 'titleRequired'
  | 'numberRequired'
  | 'dateRequired'
  | 'taskTextRequired'
  | 'taskUnitsRequired'
  | 'deadlineRequired'
  | 'deadlineInvalid'
  | 'deadlineBeforeDate';

/** A field that is wrong; `task` is the task's number as printed (1, 2 …) */
export interface NoticeProblem {
  field: string;
  key: NoticeProblemKey;
  task?: number;
}

const blank = (s: string | null | undefined) => !s || !s.trim();

/**
 * What is wrong with a notice. A draft may lack its number and date; issuing needs them.
 * A deadline may not fall before the day the notice is dated.
 */
export function noticeProblems(n: NoticeDraft, issuing: boolean): NoticeProblem[] {
  const out: NoticeProblem[] = [];
  if (blank(n.issuingBody)) out.push({ field: 'issuingBody', key: 'issuingBodyRequired' });
  if (blank(n.title)) out.push({ field: 'title', key: 'titleRequired' });
  if (issuing && blank(n.number)) out.push({ field: 'number', key: 'numberRequired' });
  if (issuing && !n.issuedOn) out.push({ field: 'issuedOn', key: 'dateRequired' });
  const dayStart = n.issuedOn ? vietnamDayStart(n.issuedOn).getTime() : null;
  n.tasks.forEach((t, i) => {
    const task = i + 1;
    if (blank(t.text)) out.push({ field: `tasks.${i}.text`, key: 'taskTextRequired', task });
    if (!t.unitIds.length) out.push({ field: `tasks.${i}.unitIds`, key: 'taskUnitsRequired', task });
    if (t.deadline === null || blank(t.deadline)) out.push({ field: `tasks.${i}.deadline`, key: 'deadlineRequired', task });
    else {
      const at = Date.parse(t.deadline);
      if (Number.isNaN(at)) out.push({ field: `tasks.${i}.deadline`, key: 'deadlineInvalid', task });
      else if (dayStart !== null && at < dayStart) out.push({ field: `tasks.${i}.deadline`, key: 'deadlineBeforeDate', task });
    }
  });
  return out;
}

/** Trimmed lines without the empty ones. */
export const cleanLines = (lines: string[]): string[] => lines.map((l) => l.trim()).filter(Boolean);

/** Unit ids once each, in the order given. */
export const distinctIds = (ids: number[]): number[] => [...new Set(ids)];

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "ngày 07 tháng 12 năm 2021": days below 10 and the months 1 and 2 take a leading zero
 * (Nghị định 30/2020/NĐ-CP, so that they cannot be altered by hand).
 */
export function vietnameseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/** "Quảng Ninh, ngày 10 tháng 12 năm 2021"; a draft without a date leaves room to write it. */
export function placeAndDate(place: string, date: string | null): string {
  const when = date ? vietnameseDate(date) : 'ngày      tháng      năm        ';
  return place.trim() ? `${place.trim()}, ${when}` : when.charAt(0).toUpperCase() + when.slice(1);
}

/** The parts of an instant in Vietnam time. */
function vietnamParts(at: Date): { y: number; m: number; d: number; h: number; min: number } {
  const v = new Date(at.getTime() + VN_OFFSET_HOURS * 3_600_000);
  return { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate(), h: v.getUTCHours(), min: v.getUTCMinutes() };
}

/** "trước 17 giờ 00 ngày 12/12/2021" (Vietnam time). */
export function deadlineText(at: Date): string {
  const p = vietnamParts(at);
  return `trước ${p.h} giờ ${pad2(p.min)} ngày ${pad2(p.d)}/${pad2(p.m)}/${p.y}`;
}

/** The year a notice counts its numbers in. */
export const noticeYear = (issuedOn: string): number => Number(issuedOn.slice(0, 4));

/** Nơi nhận as printed: "- …;" on each line, the last one closed with a full stop. */
export function recipientLines(recipients: string[]): string[] {
  const lines = cleanLines(recipients).map((l) => l.replace(/[;,.]+$/, ''));
  return lines.map((l, i) => `- ${l}${i === lines.length - 1 ? '.' : ';'}`);
}

export const ARCHIVE_LINE = 'Lưu: VT';

/** The distribution list a new notice starts with: the responsible units, then the archive. */
export function defaultRecipients(unitNames: string[]): string[] {
  return [...new Set(cleanLines(unitNames)), ARCHIVE_LINE];
}

/**
 * Adds to the distribution list the responsible units it does not name yet, before the
 * archive line, so that picking a unit for a task also sends it the notice.
 */
export function withRecipients(recipients: string[], unitNames: string[]): string[] {
  const lines = cleanLines(recipients);
  const missing = [...new Set(cleanLines(unitNames))].filter((n) => !lines.includes(n));
  if (!missing.length) return lines;
  const archive = lines.findIndex((l) => /^lưu\b/i.test(l));
  return archive < 0 ? [...lines, ...missing] : [...lines.slice(0, archive), ...missing, ...lines.slice(archive)];
}

export interface IssuingUnit {
  level: number;
  name: string;
  fullName: string;
}

/**
 * The steering committee of a unit as printed at the top left: the body it sits under on the
 * first line (the People's Committee), then its own name ("UBND TỈNH QUẢNG NINH" / "BAN CHỈ
 * ĐẠO PHÒNG, CHỐNG DỊCH COVID-19"). The nation's committee stands alone.
 */
export function issuingBodyOf(unit: IssuingUnit): string {
  if (unit.level === 0) return 'BAN CHỈ ĐẠO QUỐC GIA PHÒNG, CHỐNG DỊCH COVID-19';
  return `UBND ${unit.fullName.toUpperCase()}\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19`;
}

/** The issuing body's lines: the first is the body above it (printed plain) when there are several. */
export function issuingBodyLines(issuingBody: string): { parent: string | null; own: string[] } {
  const lines = cleanLines(issuingBody.split('\n')).map((l) => l.toUpperCase());
  return lines.length > 1 ? { parent: lines[0]!, own: lines.slice(1) } : { parent: null, own: lines };
}

/** The place in the date line: the unit's own name (the capital for the nation). */
export const placeOf = (unit: IssuingUnit): string => (unit.level === 0 ? 'Hà Nội' : unit.name);

/** The closing sentence: "Ban Chỉ đạo … thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./." */
export function closingOf(unit: IssuingUnit): string {
  const body = unit.level === 0 ? 'Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19' : `Ban Chỉ đạo phòng, chống dịch Covid-19 ${lowerKind(unit.fullName)}`;
  return `${body} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.`;
}

/** "Tỉnh Quảng Ninh" → "tỉnh Quảng Ninh" (the kind of unit is a common noun inside a sentence). */
const lowerKind = (fullName: string) => fullName.charAt(0).toLowerCase() + fullName.slice(1);

/** "Hội nghị trực tuyến …" inside a sentence starts in lower case. */
const inSentence = (title: string) => (/^Hội nghị(\s|$)/.test(title) ? 'h' + title.slice(1) : `hội nghị ${title}`);

/** The title of the conclusions of a conference: "Kết luận của đồng chí …, … tại hội nghị …". */
export function conferenceNoticeTitle(conferenceTitle: string, chair: { name: string; title: string } | null): string {
  const who = chair ? `đồng chí ${chair.name}${chair.title ? `, ${chair.title}` : ''}` : 'Trưởng Ban Chỉ đạo';
  return `Kết luận của ${who} tại ${inSentence(conferenceTitle.trim())}`;
}

/** The opening of the body: "Ngày 07 tháng 12 năm 2021, … tổ chức hội nghị …". */
export function conferenceOpening(conferenceTitle: string, startsOn: string, host: IssuingUnit): string {
  const when = vietnameseDate(startsOn);
  const body = host.level === 0 ? 'Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19' : `Ban Chỉ đạo phòng, chống dịch Covid-19 ${lowerKind(host.fullName)}`;
  return `${when.charAt(0).toUpperCase()}${when.slice(1)}, ${body} tổ chức ${inSentence(conferenceTitle.trim())}.`;
}
