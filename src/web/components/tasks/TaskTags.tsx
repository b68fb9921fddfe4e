import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineStateName, TaskItem, TaskStatusName } from '../../api/tasks.ts';

const statusColors: Record<TaskStatusName, string> = {
  assigned: 'blue', acknowledged: 'cyan', in_progress: 'geekblue', done: 'green', cancelled: 'default',
};
const stateColors: Partial<Record<DeadlineStateName, string>> = { due_soon: 'orange', overdue: 'red', done_late: 'volcano' };

export function StatusTag({ status }: { status: TaskStatusName }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`tasks.status.${status}`)}</Tag>;
}

/** "2 ngày 3 giờ" from a number of hours. */
export function useLateText(): (hours: number) => string {
  const { t } = useTranslation();
  return (hours) => {
    if (hours < 1) return t('tasks.late.underHour');
    const days = Math.floor(hours / 24);
    const rest = hours % 24;
    return [days ? t('tasks.late.days', { count: days }) : '', rest ? t('tasks.late.hours', { count: rest }) : ''].filter(Boolean).join(' ');
  };
}

/** "Sắp đến hạn", "Quá hạn 2 ngày 3 giờ", "Hoàn thành muộn"; nothing for a task on track or done on time. */
export function DeadlineTag({ task }: { task: Pick<TaskItem, 'deadlineState' | 'hoursLate'> }) {
  const { t } = useTranslation();
  const late = useLateText();
  const color = stateColors[task.deadlineState];
  if (!color) return null;
  const text =
    task.deadlineState === 'overdue'
      ? t('tasks.late.overdue', { duration: late(task.hoursLate) })
      : task.deadlineState === 'done_late'
        ? `${t('tasks.state.done_late')} (${t('tasks.late.doneLate', { duration: late(task.hoursLate) })})`
        : t(`tasks.state.${task.deadlineState}`);
  return <Tag color={color} data-testid="deadline-tag">{text}</Tag>;
}
