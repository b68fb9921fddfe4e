import { Card, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NoticeTask, TaskProgress } from '../../api/notices.ts';
import { formatDateTime } from '../../format.ts';
import { DeadlineStateTag, TaskStatusTag } from './StatusTags.tsx';

/** One numbered task of an issued notice: its text, units, deadline, and how each unit stands now. */
export function TaskProgressCard({ task, live }: { task: NoticeTask; live: boolean }) {
  const { t } = useTranslation();
  const c = task.counts;
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={t('notices.task.n', { n: task.seq })} data-testid={`notice-task-${task.seq}`}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{task.text}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('notices.task.units')}: {task.units.map((u) => u.fullName).join(', ')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('notices.task.deadline')}: <strong>{t('notices.task.before', { time: formatDateTime(task.deadline) })}</strong>
      </Typography.Paragraph>
      {task.reportExpected && (
        <Typography.Paragraph type="secondary">{t('notices.task.reportExpected')}: {task.reportExpected}</Typography.Paragraph>
      )}
      {live && (
        <>
          <Typography.Text strong>{t('notices.progress.heading')}</Typography.Text>{' '}
          {c.units > 0 && (
            <Typography.Text type="secondary" data-testid={`notice-task-${task.seq}-summary`}>
              {t('notices.progress.summary', { acknowledged: c.acknowledged, units: c.units, done: c.done, overdue: c.overdue })}
            </Typography.Text>
          )}
          <Table<TaskProgress>
            size="small"
            style={{ marginTop: 8 }}
            rowKey="taskId"
            pagination={false}
            dataSource={task.progress}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notices.progress.none')} /> }}
            columns={[
              { title: t('notices.progress.unit'), key: 'unit', render: (_, p) => <Link to={`/tasks/${p.taskId}`}>{p.unit.fullName}</Link> },
              { title: t('notices.progress.status'), key: 'status', render: (_, p) => <TaskStatusTag status={p.status} /> },
              { title: t('notices.progress.state'), key: 'state', render: (_, p) => <DeadlineStateTag state={p.state} /> },
              { title: t('notices.progress.acknowledgedAt'), key: 'ack', render: (_, p) => formatDateTime(p.acknowledgedAt) },
              { title: t('notices.progress.completedAt'), key: 'done', render: (_, p) => formatDateTime(p.completedAt) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
