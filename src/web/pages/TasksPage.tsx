import { Button, Flex, Segmented, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { boardDownloadUrl, fetchBoard, type BoardView, type TaskItem, type TaskStatusName } from '../api/tasks.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { TaskTable } from '../components/tasks/TaskTable.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useLiveEvents } from '../hooks/useLiveEvents.ts';

const COLUMNS: TaskStatusName[] = ['assigned', 'acknowledged', 'in_progress', 'done'];

/** A unit's task board: what it must do, or what it gave out, by status, with deadline tags. */
export default function TasksPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ? Number(params.get('unitId')) : undefined;
  const view: BoardView = params.get('view') === 'assigned' ? 'assigned' : 'mine';
  const board = useAsync(() => fetchBoard({ unitId, view }), [unitId, view]);
  useLiveEvents(() => board.reload());
  const [active, setActive] = useState<string | null>(null);

  const set = (next: { unitId?: number; view?: BoardView }) => {
    const p = new URLSearchParams(params);
    if (next.unitId !== undefined) p.set('unitId', String(next.unitId));
    if (next.view) p.set('view', next.view);
    setParams(p, { replace: true });
    setActive(null);
  };
  const items = board.data?.items ?? [];
  const by = (s: TaskStatusName) => items.filter((x) => x.status === s);
  const overdue = items.filter((x) => x.deadlineState === 'overdue').length;
  const cancelled = by('cancelled');
  const tab = (s: TaskStatusName, rows: TaskItem[]) => ({
    key: s,
    // no count until the board is loaded: "(0)" while loading would say there is nothing
    label: <span data-testid={`tab-${s}`}>{t(`tasks.status.${s}`)}{board.data ? ` (${rows.length})` : ''}</span>,
    children: <TaskTable rows={rows} loading={board.loading} show={view === 'mine' ? ['fromUnit'] : ['unit']} />,
  });

  return (
    <>
      <Typography.Title level={3}>{t('tasks.board.title')}</Typography.Title>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 320px' }}><UnitSelect value={unitId ?? user.unit.id} onChange={(id) => set({ unitId: id })} /></div>
        <Segmented<BoardView>
          value={view}
          onChange={(v) => set({ view: v })}
          options={[{ value: 'mine', label: t('tasks.board.mine') }, { value: 'assigned', label: t('tasks.board.assigned') }]}
          data-testid="board-view"
        />
        <Button onClick={board.reload}>{t('tasks.common.refresh')}</Button>
        <Button href={boardDownloadUrl({ unitId, view })}>{t('tasks.common.export')}</Button>
        {overdue > 0 && <Tag color="red">{t('tasks.state.overdue')}: {overdue}</Tag>}
        {user.role !== 'clerk' && <Link to={`/tasks/overdue${unitId ? `?unitId=${unitId}` : ''}`}>{t('tasks.board.overdueLink')}</Link>}
      </Flex>
      {board.error ? <ErrorAlert error={board.error} onRetry={board.reload} /> : null}
      {/* opens on the first column with tasks, until the user picks one */}
      <Tabs
        activeKey={active ?? COLUMNS.find((s) => by(s).length) ?? COLUMNS[0]}
        onChange={setActive}
        items={[...COLUMNS.map((s) => tab(s, by(s))), ...(cancelled.length ? [tab('cancelled', cancelled)] : [])]}
      />
    </>
  );
}
