/**
 * A command centre's 24/7 leader duty roster: pure rules for phone numbers, overlapping
 * shifts, who is on duty at an instant, and the hours nobody covers. Shifts are half-open
 * intervals [start, end): a shift ending at 08:00 and the next starting at 08:00 leave no gap.
 */
import { VN_OFFSET_HOURS, addDays, mondayOf, vietnamDayStart, vietnamToday } from './dates.ts';
import type { Lang } from './validation.ts';
import { normalizePhone } from './person-match.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A longer shift is a typing mistake, not a duty. */
export const MAX_SHIFT_HOURS = 7 * 24;

export interface Interval {
  start: Date;
  end: Date;
}

/**
 * A Vietnamese phone number as typed ("0912 345 678", "+84 912.345.678", "1900 9095") in
 * its canonical digits, or null when it is not one: a mobile or old-style number of 10 digits
 * starting with 0, a landline of 11 digits starting 02, a 1800/1900 hotline (8 or 10 digits),
 * or a three-digit emergency number (111–119: 113 police, 114 fire, 115 ambulance).
 */
export function dutyPhone(raw: string): string | null {
  const s = normalizePhone(raw);
  if (!s) return null;
  return /^0\d{9}$/.test(s) || /^02\d{9}$/.test(s) || /^1[89]00(\d{4}|\d{6})$/.test(s) || /^11[1-9]$/.test(s) ? s : null;
}

/** Minutes are the roster's precision: seconds typed or sent are dropped. */
export const toMinute = (d: Date): Date => new Date(Math.floor(d.getTime() / 60_000) * 60_000);

export const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

/** The shift covering `at`; the latest-starting one if several do. */
export function onDutyAt<T extends Interval>(shifts: readonly T[], at: Date): T | null {
  let found: T | null = null;
  for (const s of shifts) if (s.start <= at && at < s.end && (!found || s.start > found.start)) found = s;
  return found;
}

/** The parts of [from, to) that no shift covers, in time order. */
export function rosterGaps(shifts: readonly Interval[], from: Date, to: Date): Interval[] {
  const sorted = shifts.filter((s) => s.end > from && s.start < to).sort((a, b) => a.start.getTime() - b.start.getTime());
  const gaps: Interval[] = [];
  let cursor = from;
  for (const s of sorted) {
    if (s.start > cursor) gaps.push({ start: cursor, end: s.start });
    if (s.end > cursor) cursor = s.end;
    if (cursor >= to) return gaps;
  }
  if (cursor < to) gaps.push({ start: cursor, end: to });
  return gaps;
}

/** The gaps of the next `days` days from `now` (to the minute): the roster's warnings. */
export const upcomingGaps = (shifts: readonly Interval[], now: Date, days = 7): Interval[] => {
  const from = toMinute(now);
  return rosterGaps(shifts, from, new Date(from.getTime() + days * DAY_MS));
};

/** An instant as Vietnam's clock shows it: "08:00" and "12/12", and "12/12/2021". */
export function vnClock(d: Date): { time: string; day: string; date: string; iso: string } {
  const v = new Date(d.getTime() + VN_OFFSET_HOURS * HOUR_MS).toISOString();
  const [y, m, dd] = [v.slice(0, 4), v.slice(5, 7), v.slice(8, 10)];
  return { time: v.slice(11, 16), day: `${dd}/${m}`, date: `${dd}/${m}/${y}`, iso: v.slice(0, 10) };
}

/** "00:00–08:00 12/12" within a day, "20:00–24:00 12/12" to its midnight, "20:00 12/12–08:00 13/12" across days. */
export function formatSpan(i: Interval): string {
  const a = vnClock(i.start);
  const b = vnClock(i.end);
  if (a.iso === b.iso) return `${a.time}–${b.time} ${a.day}`;
  if (b.time === '00:00' && b.iso === addDays(a.iso, 1)) return `${a.time}–24:00 ${a.day}`;
  return `${a.time} ${a.day}–${b.time} ${b.day}`;
}

const gapText = { vi: 'Chưa có người trực {span}', en: 'No one on duty {span}' } as const;

export const describeGap = (gap: Interval, lang: Lang): string => gapText[lang].replace('{span}', formatSpan(gap));

/** The Monday of the Vietnam week that `now` falls in, as 'YYYY-MM-DD'. */
export const weekStart = (now: Date): string => mondayOf(vietnamToday(now));

/** The instants a run of Vietnam calendar days [from, to] covers: [from 00:00, to + 1 00:00). */
export const daysSpan = (from: string, to: string): Interval => ({ start: vietnamDayStart(from), end: vietnamDayStart(addDays(to, 1)) });

/**
 * Copying the week before `targetStart` into the week that starts there: each shift moved
 * seven days on, unless its copy would overlap a shift already there (the copy made by an
 * earlier run, or one entered by hand), so copying twice adds nothing.
 */
export function planWeekCopy<T extends Interval>(source: readonly T[], existing: readonly Interval[]): { copies: (T & Interval)[]; skipped: number } {
  const taken: Interval[] = [...existing];
  const copies: (T & Interval)[] = [];
  let skipped = 0;
  for (const s of [...source].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    const copy = { ...s, start: new Date(s.start.getTime() + 7 * DAY_MS), end: new Date(s.end.getTime() + 7 * DAY_MS) };
    if (taken.some((t) => overlaps(t, copy))) skipped++;
    else {
      copies.push(copy);
      taken.push(copy);
    }
  }
  return { copies, skipped };
}
