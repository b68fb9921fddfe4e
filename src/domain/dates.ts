/** Calendar dates as 'YYYY-MM-DD' strings; Vietnam is UTC+7 all year (no daylight saving). */
export const VN_OFFSET_HOURS = 7;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// built from numbers rather than by parsing and printing an ISO string: imports call it per row
export function addDays(date: string, days: number): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in Vietnam. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VN_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const daysInMonth = (y: number, m: number) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

// arithmetic rather than a Date round trip: imports check every date cell of every row
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/** First day of the month after the one `date` is in. */
export function nextMonth(date: string): string {
  const d = new Date(`${monthStart(date)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

export interface SplitRange {
  /** whole months [from, to) as first days of months; null when none */
  months: { from: string; to: string } | null;
  /** the remaining days, inclusive ranges */
  days: { from: string; to: string }[];
}

/** Splits [start, end] into whole calendar months and the days around them. */
export function splitByMonth(start: string, end: string): SplitRange {
  if (start > end) return { months: null, days: [] };
  const fullFrom = start === monthStart(start) ? start : nextMonth(start);
  const fullTo = monthStart(addDays(end, 1));
  if (fullFrom >= fullTo) return { months: null, days: [{ from: start, to: end }] };
  const days: { from: string; to: string }[] = [];
  if (start < fullFrom) days.push({ from: start, to: addDays(fullFrom, -1) });
  if (fullTo <= end) days.push({ from: fullTo, to: end });
  return { months: { from: fullFrom, to: fullTo }, days };
}

/** The instant a Vietnam calendar day begins (00:00 UTC+7). */
export const vietnamDayStart = (date: string): Date => new Date(`${date}T00:00:00+07:00`);

/** The Monday of the week (Monday–Sunday) that a calendar day falls in. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The Monday of the last whole week before `today`'s week: the week a weekly assessment covers. */
export const lastWholeWeek = (today: string): string => addDays(mondayOf(today), -7);
