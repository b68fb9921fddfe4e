import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useUser } from '../../auth/AuthContext.tsx';
import {
  fetchNotifications, markAllNotificationsRead, markNotificationRead, type Notification, type NotificationList,
} from '../../api/notifications.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLiveEvents } from '../../hooks/useLiveEvents.ts';
import './bell.css';

const KIND_COLORS: Record<Notification['kind'], string> = { task_new: 'blue', due_soon: 'orange', overdue: 'red' };
/** several tasks may change at once (a notice issued, the reminder job): one reload for them all */
const RELOAD_DELAY_MS = 800;

/** The header's bell: the unit's reminders with an unread count, kept fresh by the live task events. */
export function NotificationBell() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const navigate = useNavigate();
  const [list, setList] = useState<NotificationList | null>(null);
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // a viewer reads the unit's reminders but does not mark them read for the others
  const canMark = user.role !== 'viewer';

  const load = useCallback(() => {
    fetchNotifications().then(setList, () => undefined);
  }, []);
  useEffect(load, [load, f.lang]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  useLiveEvents((e) => {
    if (e && e.type !== 'task') return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(load, RELOAD_DELAY_MS);
  });

  const openTask = (n: Notification) => {
    setOpen(false);
    if (canMark && !n.read) markNotificationRead(n.id).then(load, () => undefined);
    void navigate(`/tasks/${n.task.id}`);
  };
  const markAll = () => {
    markAllNotificationsRead().then(load, () => undefined);
  };

  const unread = list?.unread ?? 0;
  const items = list?.items ?? [];
  const content = (
    <div className="ec-bell-panel" data-testid="notifications-panel">
      <div className="ec-bell-head">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        {canMark && unread > 0 && (
          <Button type="link" size="small" onClick={markAll} data-testid="notifications-read-all">
            {t('notifications.markAll')}
          </Button>
        )}
      </div>
      {items.length === 0 ? (
        <Typography.Text type="secondary" className="ec-bell-empty">
          {t('notifications.empty')}
        </Typography.Text>
      ) : (
        <ul className="ec-bell-list">
          {items.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className={n.read ? 'ec-bell-item' : 'ec-bell-item ec-bell-unread'}
                onClick={() => openTask(n)}
                data-testid={`notification-${n.id}`}
              >
                <span className="ec-bell-meta">
                  <Tag color={KIND_COLORS[n.kind]}>{t(`notifications.kind.${n.kind}`)}</Tag>
                  <Typography.Text type="secondary">{f.dateTime(n.createdAt)}</Typography.Text>
                  {(n.task.status === 'done' || n.task.status === 'cancelled') && (
                    <Typography.Text type="secondary">· {t(`notifications.taskStatus.${n.task.status}`)}</Typography.Text>
                  )}
                </span>
                <span className="ec-bell-text">{n.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="ec-bell-foot">
        <Link to="/tasks" onClick={() => setOpen(false)}>
          {t('notifications.allTasks')}
        </Link>
        <Link to="/tasks/overdue" onClick={() => setOpen(false)}>
          {t('notifications.overdueTasks')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(v) => {
        setOpen(v);
        if (v) load();
      }}
      content={content}
      arrow={false}
    >
      <Button
        type="text"
        className="ec-bell"
        aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        data-testid="notifications-bell"
      >
        <Badge count={unread} size="small" overflowCount={99} data-testid="notifications-unread">
          <BellOutlined className="ec-bell-icon" />
        </Badge>
      </Button>
    </Popover>
  );
}
