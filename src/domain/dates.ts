/** Calendar dates as 'YYYY-MM-DD' strings; Vietnam is UTC+7 all year (no daylight saving). */
export const VN_OFFSET_HOURS = 7;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in Vietnam. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VN_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
    new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}
