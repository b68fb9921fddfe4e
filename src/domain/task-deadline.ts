/**
 * Where a task stands against its deadline (to the hour). Open = not done and not cancelled.
 * 'due soon' = open and the deadline within the next 24 h; 'overdue' = open and the deadline
 * passed; 'done late' = completed after the deadline.
 */
export type TaskStatus = 'assigned' | 'acknowledged' | 'in_progress' | 'done' | 'cancelled';
export type DeadlineState = 'on_track' | 'due_soon' | 'overdue' | 'done_on_time' | 'done_late' | 'cancelled';

export const DUE_SOON_MS = 24 * 3_600_000;
const HOUR_MS = 3_600_000;

export const isOpen = (status: TaskStatus): boolean => status !== 'done' && status !== 'cancelled';

export function isOverdue(status: TaskStatus, deadline: Date, now: Date): boolean {
  return isOpen(status) && deadline.getTime() < now.getTime();
}

export function isDueSoon(status: TaskStatus, deadline: Date, now: Date): boolean {
  const left = deadline.getTime() - now.getTime();
  return isOpen(status) && left >= 0 && left <= DUE_SOON_MS;
}

export function isDoneLate(completedAt: Date | null, deadline: Date): boolean {
  return completedAt !== null && completedAt.getTime() > deadline.getTime();
}

export function deadlineState(t: { status: TaskStatus; deadline: Date; completedAt: Date | null }, now: Date): DeadlineState {
  if (t.status === 'cancelled') return 'cancelled';
  if (t.status === 'done') return isDoneLate(t.completedAt, t.deadline) ? 'done_late' : 'done_on_time';
  if (isOverdue(t.status, t.deadline, now)) return 'overdue';
  return isDueSoon(t.status, t.deadline, now) ? 'due_soon' : 'on_track';
}

/** How long past the deadline, in whole days and hours ("Quá hạn 2 ngày 3 giờ"); zero when not past. */
export function overdueBy(deadline: Date, now: Date): { days: number; hours: number } {
  const hours = Math.max(0, Math.floor((now.getTime() - deadline.getTime()) / HOUR_MS));
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

/** A sub-task may not be due after the task it was split from. */
export const withinParentDeadline = (deadline: Date, parentDeadline: Date): boolean => deadline.getTime() <= parentDeadline.getTime();

/** A deadline as people write it in Vietnam: '17:00 10/12/2021' (UTC+7). */
export function vietnamDateTime(d: Date): string {
  const v = new Date(d.getTime() + 7 * HOUR_MS).toISOString();
  return `${v.slice(11, 16)} ${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
}
