import { Alert, App, Button, Card, Col, Descriptions, Empty, Flex, Progress, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../api/client.ts';
import { acknowledgeTask, fetchTask, type TaskDetail } from '../api/tasks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { ReportForm } from '../components/tasks/ReportForm.tsx';
import { ReportsTimeline } from '../components/tasks/ReportsTimeline.tsx';
import { SplitModal } from '../components/tasks/SplitModal.tsx';
import { DeadlineTag, StatusTag } from '../components/tasks/TaskTags.tsx';
import { TaskTable } from '../components/tasks/TaskTable.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { useLiveEvents } from '../hooks/useLiveEvents.ts';

/** One task: where it comes from, acknowledging it, reporting on it, and giving it to the child units. */
export default function TaskPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const loaded = useAsync(() => fetchTask(id), [id]);
  const [fresh, setFresh] = useState<TaskDetail | null>(null);
  const [splitting, setSplitting] = useState(false);
  const [acking, setAcking] = useState(false);
  // a write's reply shows at once; the next load (after a live event) replaces it
  useEffect(() => setFresh(null), [loaded.data]);
  const data = fresh?.task.id === id ? fresh : loaded.data;
  useLiveEvents((e) => {
    if (!e || e.id === id || data?.subTasks.some((s) => s.id === e.id)) loaded.reload();
  });

  if (loaded.error) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!data) return <PageSpinner />;
  const { task, notice, parent, subTasks, reports, can } = data;

  const acknowledge = async () => {
    setAcking(true);
    try {
      setFresh(await acknowledgeTask(task.id));
      void message.success(t('tasks.task.acknowledged'));
    } catch (e) {
      void message.error(errorMessage(e, t));
    } finally {
      setAcking(false);
    }
  };

  return (
    <>
      <Link to="/tasks">{t('tasks.common.back')}</Link>
      <Typography.Title level={3} style={{ whiteSpace: 'pre-wrap' }}>{task.title}</Typography.Title>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <StatusTag status={task.status} />
        <DeadlineTag task={task} />
        {can.acknowledge && (
          <Button type="primary" onClick={() => void acknowledge()} loading={acking} data-testid="acknowledge">{t('tasks.task.acknowledge')}</Button>
        )}
        {can.split && <Button onClick={() => setSplitting(true)} data-testid="split-open">{t('tasks.split.open')}</Button>}
      </Flex>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('tasks.task.unit')}>{task.unit.fullName}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.task.fromUnit')}>{task.fromUnit.fullName}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.task.deadline')}><strong>{f.dateTime(task.deadline)}</strong></Descriptions.Item>
          {task.reportExpected && <Descriptions.Item label={t('tasks.task.reportExpected')}>{task.reportExpected}</Descriptions.Item>}
          {notice && (
            <Descriptions.Item label={t('tasks.task.notice')}>
              <Link to={`/notices/${notice.id}`} style={{ marginRight: 4 }}>
                {notice.number ? t('tasks.task.noticeItem', { number: notice.number, seq: notice.seq }) : t('tasks.task.noticeDraft', { seq: notice.seq })}
              </Link>
              {notice.issuedOn ? ` (${f.date(notice.issuedOn)})` : ''}
              {`: ${notice.title}`}
            </Descriptions.Item>
          )}
          {parent && (
            <Descriptions.Item label={t('tasks.task.parent')}>
              <Link to={`/tasks/${parent.id}`}>{parent.unit.name}: {parent.title}</Link>
            </Descriptions.Item>
          )}
          {task.acknowledgedAt && <Descriptions.Item label={t('tasks.task.acknowledgedAt')}>{f.dateTime(task.acknowledgedAt)}</Descriptions.Item>}
          {task.completedAt && <Descriptions.Item label={t('tasks.task.completedAt')}>{f.dateTime(task.completedAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {!can.report && task.status !== 'done' && task.status !== 'cancelled' && (
        <Alert type="info" showIcon title={t('tasks.task.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('tasks.task.reports')} style={{ marginBottom: 16 }}>
            <ReportsTimeline taskId={task.id} reports={reports} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {can.report && (
            <Card size="small" title={t('tasks.report.title')} style={{ marginBottom: 16 }}>
              <ReportForm taskId={task.id} onSaved={setFresh} />
            </Card>
          )}
        </Col>
      </Row>
      <Card
        size="small"
        title={t('tasks.task.subTasks')}
        extra={subTasks.length > 0 && (
          <Space>
            <Typography.Text>{t('tasks.task.subProgress', { done: task.subTasks.done, total: task.subTasks.total })}</Typography.Text>
            <Progress percent={task.subTasks.total ? Math.round((task.subTasks.done / task.subTasks.total) * 100) : 0} size="small" style={{ width: 120, margin: 0 }} />
          </Space>
        )}
      >
        {subTasks.length ? <TaskTable rows={subTasks} show={['unit']} /> : <Empty description={t('tasks.task.noSubTasks')} />}
      </Card>
      {splitting && (
        <SplitModal task={task} onCancel={() => setSplitting(false)} onSaved={(d) => { setFresh(d); setSplitting(false); }} />
      )}
    </>
  );
}
