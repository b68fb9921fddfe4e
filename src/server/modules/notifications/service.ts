import { MAX_EMAIL_ATTEMPTS } from '../../../domain/reminders.ts';
import type { Queryable } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import * as repo from './repository.ts';
import type { EmailStatus, Notification, NotificationList, ReadReply } from './schema.ts';
import { inAppText } from './texts.ts';

const LATEST = 50;

const present = (r: repo.NotificationRow, lang: Lang): Notification => ({
  id: r.id,
  kind: r.kind,
  text: inAppText(r, lang),
  createdAt: r.createdAt.toISOString(),
  read: r.readAt !== null,
  task: { id: r.taskId, title: r.title, deadline: r.deadline.toISOString(), status: r.status, unit: { id: r.taskUnitId, name: r.taskUnitName } },
});

/** The notifications of the actor's own unit: each level hears of its tasks and of those it assigned. */
export async function listNotifications(db: Queryable, actor: Actor, lang: Lang): Promise<NotificationList> {
  const [rows, unread] = await Promise.all([repo.listNotifications(db, actor.unit.id, LATEST), repo.unreadCount(db, actor.unit.id)]);
  return { unread, items: rows.map((r) => present(r, lang)) };
}

/** Read by one user of the unit is read for the unit: they share the reminders. */
export async function markRead(tx: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<ReadReply> {
  const n = await repo.findNotification(tx, id);
  if (!n || n.unitId !== actor.unit.id) throw new AppError('not_found', msg('notFound', lang));
  if (n.readAt === null) {
    await repo.markRead(tx, actor.unit.id, now, id);
    await writeAudit(tx, {
      userId: actor.id, unitId: actor.unit.id, action: 'update', entity: 'unit_notification', entityId: String(id),
      before: { readAt: null }, after: { readAt: now.toISOString() },
    });
  }
  return { unread: await repo.unreadCount(tx, actor.unit.id) };
}

export async function markAllRead(tx: Queryable, actor: Actor, now: Date): Promise<ReadReply> {
  const ids = await repo.markRead(tx, actor.unit.id, now);
  if (ids.length) {
    await writeAudit(tx, {
      userId: actor.id, unitId: actor.unit.id, action: 'update', entity: 'unit_notification', entityId: `unit:${actor.unit.id}`,
      before: { unread: ids.length }, after: { readAt: now.toISOString(), ids },
    });
  }
  return { unread: 0 };
}

/** For an administrator: whether reminders can leave by email, and the queue of its subtree. */
export async function emailStatus(db: Queryable, actor: Actor, config: Pick<Config, 'smtpUrl'>, now: Date): Promise<EmailStatus> {
  const f = await repo.outboxFigures(db, actor.unitPath, now, MAX_EMAIL_ATTEMPTS);
  return {
    smtpConfigured: Boolean(config.smtpUrl),
    waiting: f.waiting,
    failed: f.failed,
    sentLastWeek: f.sentLastWeek,
    lastError: f.lastError,
    lastSentAt: f.lastSentAt?.toISOString() ?? null,
  };
}
