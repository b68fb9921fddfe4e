import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Briefing } from '../../api/conferences.ts';
import { useFormat } from '../../hooks/useFormat.ts';

type Tasks = NonNullable<Briefing['tasks']>;

/** Open, due-soon, overdue and done-late counts, then the overdue tasks (oldest deadline first). */
export function TaskCounts({ tasks }: { tasks: Tasks }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <Space wrap>
        <Tag color="blue">{t('conferences.taskCounts.open')}: {f.num(tasks.open)}</Tag>
        <Tag color="gold">{t('conferences.taskCounts.dueSoon')}: {f.num(tasks.dueSoon)}</Tag>
        <Tag color="red">{t('conferences.taskCounts.overdue')}: {f.num(tasks.overdue)}</Tag>
        <Tag>{t('conferences.taskCounts.doneLate')}: {f.num(tasks.doneLate)}</Tag>
      </Space>
      {tasks.overdueTasks.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('conferences.overdueTasks')}</Typography.Text>}
          dataSource={tasks.overdueTasks.slice(0, 10)}
          renderItem={(x) => (
            <List.Item extra={<Typography.Text type="danger">{f.dateTime(x.deadline)}</Typography.Text>}>
              <Link to={`/tasks/${x.id}`}>{x.title}</Link> <Typography.Text type="secondary">({x.unit.fullName})</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
