import dayjs from 'dayjs';
import { vnParts } from '../../format.ts';
import { addDays } from '../../dates.ts';

/**
 * The roster is kept in Vietnam time whatever the browser's zone: a picker's wall-clock value
 * is read as Vietnam's, and instants are shown on Vietnam's clock.
 */
export const pickerToIso = (d: dayjs.Dayjs): string => new Date(`${d.format('YYYY-MM-DDTHH:mm')}:00+07:00`).toISOString();

export function isoToPicker(iso: string): dayjs.Dayjs {
  const p = vnParts(new Date(iso));
  return dayjs(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`);
}

/** "08:00" on Vietnam's clock. */
export function hm(iso: string): string {
  const p = vnParts(new Date(iso));
  return `${p.hour}:${p.minute}`;
}

/** "12/12" on Vietnam's clock. */
export function dm(iso: string): string {
  const p = vnParts(new Date(iso));
  return `${p.day}/${p.month}`;
}

/** The instant a Vietnam calendar day begins. */
export const dayStart = (date: string): Date => new Date(`${date}T00:00:00+07:00`);

/** The Monday of the week of a 'YYYY-MM-DD' date. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}
