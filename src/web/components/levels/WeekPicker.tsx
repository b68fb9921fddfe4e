import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { addDays, mondayOf } from '../../../domain/dates.ts';
import { formatDate } from '../../format.ts';

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** "06/12 – 12/12/2021" for the week of 06/12/2021. */
export function weekLabel(monday: string): string {
  return `${formatDate(monday).slice(0, 5)} – ${formatDate(addDays(monday, 6))}`;
}

/** Picks a week (Monday–Sunday); the value is its Monday. */
export function WeekPicker({
  value,
  onChange,
  max,
  id,
  testId,
  allowClear,
}: {
  value?: string | null | undefined;
  onChange?: (monday: string | null) => void;
  /** the last Monday that may be picked */
  max?: string;
  id?: string;
  testId?: string;
  allowClear?: boolean;
}) {
  return (
    <DatePicker
      id={id}
      picker="week"
      value={value ? dayjs(value) : null}
      format={(d) => weekLabel(mondayOf(iso(d)))}
      allowClear={!!allowClear}
      inputReadOnly
      disabledDate={max ? (d) => mondayOf(iso(d)) > max : undefined}
      onChange={(d: Dayjs | null) => onChange?.(d ? mondayOf(iso(d)) : null)}
      style={{ minWidth: 200 }}
      data-testid={testId}
    />
  );
}
