import { todayInVietnam } from './format.ts';

const DAY_MS = 86_400_000;

function utcMidnight(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** "2021-12-10" + 1 → "2021-12-11". */
export function addDays(iso: string, days: number): string {
  return new Date(utcMidnight(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

let serverOffsetDays = 0;

/** Anchors "today" to the server's date (the one the deadlines use) while still following the local clock past midnight. */
export function syncToday(serverToday: string | undefined, now: Date = new Date()): void {
  serverOffsetDays = serverToday ? daysBetween(todayInVietnam(now), serverToday) : 0;
}

/** Today in Vietnam, as the server counts it. */
export function today(now: Date = new Date()): string {
  return addDays(todayInVietnam(now), serverOffsetDays);
}
