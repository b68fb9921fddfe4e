import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, type TaskReport } from '../../api/tasks.ts';
import { useFormat } from '../../hooks/useFormat.ts';

const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/** The unit's reports on the task, oldest first, each with its files to download. */
export function ReportsTimeline({ taskId, reports }: { taskId: number; reports: TaskReport[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!reports.length) return <Empty description={t('tasks.task.noReports')} />;
  return (
    <Timeline
      data-testid="reports"
      items={reports.map((r) => ({
        key: r.id,
        color: r.kind === 'done' ? 'green' : 'blue',
        content: (
          <>
            <Space size={4} wrap>
              <Tag color={r.kind === 'done' ? 'green' : 'blue'}>{t(`tasks.report.${r.kind}`)}</Tag>
              <Typography.Text type="secondary">{t('tasks.report.by', { author: r.author, at: f.dateTime(r.createdAt) })}</Typography.Text>
            </Space>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{r.text}</Typography.Paragraph>
            {r.attachments.map((a) => (
              <div key={a.id}>
                <a href={attachmentUrl(taskId, a.id)} download={a.fileName}>{a.fileName}</a>{' '}
                <Typography.Text type="secondary">({kb(a.size)})</Typography.Text>
              </div>
            ))}
          </>
        ),
      }))}
    />
  );
}
