/** Rules of online conferences (hội nghị trực tuyến): roll-call, site levels, times to the minute. */

export type RollCall = 'pending' | 'connected' | 'late' | 'absent';
export const ROLL_CALLS: readonly RollCall[] = ['pending', 'connected', 'late', 'absent'];

/** A site that checks itself in more than this after the start is marked late. */
export const LATE_AFTER_MINUTES = 10;

/** What a site's own check-in records: connected until 10 minutes after the start, late after. */
export function checkInStatus(startsAt: Date, now: Date): 'connected' | 'late' {
  return now.getTime() > startsAt.getTime() + LATE_AFTER_MINUTES * 60_000 ? 'late' : 'connected';
}

export type RollCallTotals = Record<RollCall, number> & { total: number };

export function rollCallTotals(counts: Partial<Record<RollCall, number>>): RollCallTotals {
  const t = { pending: counts.pending ?? 0, connected: counts.connected ?? 0, late: counts.late ?? 0, absent: counts.absent ?? 0 };
  return { ...t, total: t.pending + t.connected + t.late + t.absent };
}

export const COMMUNE_LEVEL = 3;

/** Levels a unit at `hostLevel` may invite as a whole: every level below it (to the commune). */
export function levelsBelow(hostLevel: number): number[] {
  const out: number[] = [];
  for (let l = hostLevel + 1; l <= COMMUNE_LEVEL; l++) out.push(l);
  return out;
}

/** The requested levels that are not below the host (a province cannot invite "all provinces"). */
export function badLevels(hostLevel: number, levels: number[]): number[] {
  return levels.filter((l) => l <= hostLevel || l > COMMUNE_LEVEL);
}

/** Conferences are scheduled to the minute: seconds and milliseconds are dropped. */
export function toMinute(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 60_000) * 60_000);
}

/** A conference may be cascaded from a site at province or district level (communes have no sites under them). */
export function mayCascadeFrom(level: number): boolean {
  return level >= 1 && level < COMMUNE_LEVEL;
}

/** An instant as Vietnam reads it: "14:00 10/12/2021" (UTC+7, no daylight saving). */
export function clockText(at: Date): string {
  const v = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `${v.slice(11, 16)} ${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
}
