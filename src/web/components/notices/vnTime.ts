import dayjs, { type Dayjs } from 'dayjs';
import { vnParts } from '../../format.ts';

/** The picker's wall clock read as Vietnam time (UTC+7), to the hour, whatever the browser's zone. */
export const hourIso = (d: Dayjs): string => new Date(`${d.format('YYYY-MM-DDTHH')}:00:00+07:00`).toISOString();

/** An instant as a picker value showing Vietnam's wall clock. */
export function pickerValue(iso: string): Dayjs {
  const p = vnParts(new Date(iso));
  return dayjs(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`);
}
