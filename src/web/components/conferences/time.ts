import dayjs, { type Dayjs } from 'dayjs';
import { vnParts } from '../../format.ts';

/** The picker's wall clock read as Vietnam time (UTC+7), whatever the browser's zone: "2021-12-10T14:00:00+07:00". */
export const vnIso = (d: Dayjs): string => `${d.format('YYYY-MM-DDTHH:mm')}:00+07:00`;

/** An instant as a picker value showing Vietnam's wall clock. */
export function vnPicker(iso: string): Dayjs {
  const p = vnParts(new Date(iso));
  return dayjs(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`);
}

/** The Vietnam calendar day of an instant, "YYYY-MM-DD". */
export function vnDay(iso: string): string {
  const p = vnParts(new Date(iso));
  return `${p.year}-${p.month}-${p.day}`;
}
