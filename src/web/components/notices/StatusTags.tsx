import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeStatus, TaskProgress } from '../../api/notices.ts';

const noticeColors: Record<NoticeStatus, string> = { draft: 'default', issued: 'blue', superseded: 'orange' };

export function NoticeStatusTag({ status }: { status: NoticeStatus }) {
  const { t } = useTranslation();
  return <Tag color={noticeColors[status]} data-testid="notice-status">{t(`notices.status.${status}`)}</Tag>;
}

const taskColors: Record<TaskProgress['status'], string> = {
  assigned: 'default', acknowledged: 'blue', in_progress: 'processing', done: 'green', cancelled: 'default',
};
const stateColors: Record<TaskProgress['state'], string> = {
  on_track: 'default', due_soon: 'gold', overdue: 'red', done_on_time: 'green', done_late: 'volcano', cancelled: 'default',
};

export function TaskStatusTag({ status }: { status: TaskProgress['status'] }) {
  const { t } = useTranslation();
  return <Tag color={taskColors[status]}>{t(`notices.progress.taskStatus.${status}`)}</Tag>;
}

export function DeadlineStateTag({ state }: { state: TaskProgress['state'] }) {
  const { t } = useTranslation();
  return <Tag color={stateColors[state]}>{t(`notices.progress.deadlineState.${state}`)}</Tag>;
}
