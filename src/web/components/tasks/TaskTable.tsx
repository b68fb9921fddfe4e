import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TaskItem } from '../../api/tasks.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { DeadlineTag, StatusTag } from './TaskTags.tsx';

interface Props {
  rows: TaskItem[];
  loading?: boolean;
  /** which unit column to show: the responsible one (tasks given out, overdue lists) or the assigning one (own tasks) */
  show: ('unit' | 'fromUnit')[];
  pagination?: false | { current: number; pageSize: number; total: number; onChange(page: number): void };
}

export function TaskTable({ rows, loading, show, pagination = false }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table<TaskItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={pagination === false ? false : { ...pagination, showSizeChanger: false }}
      scroll={{ x: 800 }}
      locale={{ emptyText: t('tasks.board.empty') }}
      columns={[
        {
          title: t('tasks.table.title'),
          key: 'title',
          render: (_, r) => (
            <Link to={`/tasks/${r.id}`} data-testid="task-link">
              <Typography.Text ellipsis={{ tooltip: r.title }} style={{ maxWidth: 420 }}>{r.title}</Typography.Text>
            </Link>
          ),
        },
        ...(show.includes('unit') ? [{ title: t('tasks.table.unit'), key: 'unit', render: (_: unknown, r: TaskItem) => r.unit.name }] : []),
        ...(show.includes('fromUnit') ? [{ title: t('tasks.table.fromUnit'), key: 'fromUnit', render: (_: unknown, r: TaskItem) => r.fromUnit.name }] : []),
        { title: t('tasks.table.deadline'), key: 'deadline', width: 150, render: (_, r) => f.dateTime(r.deadline) },
        {
          title: t('tasks.table.status'),
          key: 'status',
          render: (_, r) => (
            <>
              <StatusTag status={r.status} />
              <DeadlineTag task={r} />
            </>
          ),
        },
        {
          title: t('tasks.table.progress'),
          key: 'sub',
          width: 130,
          render: (_, r) => (r.subTasks.total ? t('tasks.table.subProgress', { done: r.subTasks.done, total: r.subTasks.total }) : ''),
        },
      ]}
    />
  );
}
