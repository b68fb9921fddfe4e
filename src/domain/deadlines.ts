import { addDays, VN_OFFSET_HOURS } from './dates.ts';

export type Timeliness = 'on_time' | 'late' | 'missing' | 'pending';

/** The moment a report for `period` is due: `offsetDays` after it, at `time` (HH:MM) Vietnam time. */
export function deadlineFor(period: string, time: string, offsetDays: number): Date {
  const day = addDays(period, offsetDays);
  const [h = '17', m = '00'] = time.split(':');
  const utc = Date.parse(`${day}T${h.padStart(2, '0')}:${m.padStart(2, '0')}:00Z`);
  return new Date(utc - VN_OFFSET_HOURS * 3_600_000);
}

/** On time when first submitted by the deadline; missing once the deadline passed with none. */
export function timeliness(deadline: Date, firstSubmittedAt: Date | null, now: Date): Timeliness {
  if (firstSubmittedAt) return firstSubmittedAt.getTime() <= deadline.getTime() ? 'on_time' : 'late';
  return now.getTime() > deadline.getTime() ? 'missing' : 'pending';
}
