import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { LIVE_CHANNEL } from '../../realtime/events.ts';
import type { NotificationKind } from './schema.ts';

type TaskStatus = 'assigned' | 'acknowledged' | 'in_progress' | 'done' | 'cancelled';
const OPEN = `t.status not in ('done', 'cancelled')`;

/**
 * 'due_soon' for the responsible unit of every open task whose deadline is in [now, soonEnd];
 * the unique (unit, task, kind) makes it once per task however often and wherever this runs.
 * Returns the tasks that got one.
 */
export async function insertDueSoon(tx: Queryable, now: Date, soonEnd: Date): Promise<number[]> {
  const rows = await tx.query<{ taskId: number }>({
    text: `insert into unit_notification (unit_id, task_id, kind, created_at)
      select t.unit_id, t.id, 'due_soon', $1 from task t
      where ${OPEN} and t.deadline >= $1 and t.deadline <= $2
      on conflict (unit_id, task_id, kind) do nothing
      returning task_id as "taskId"`,
    values: [now, soonEnd],
  });
  return rows.map((r) => r.taskId);
}

/**
 * 'overdue' for the responsible and the assigning unit of every open task past its deadline.
 * Both are written together, so a task whose own unit has one is done: one anti-join over the
 * open overdue tasks rather than a conflict check per unit (overdue tasks pile up by the
 * thousand and this runs every minute).
 */
export async function insertOverdue(tx: Queryable, now: Date): Promise<number[]> {
  const rows = await tx.query<{ taskId: number }>({
    text: `insert into unit_notification (unit_id, task_id, kind, created_at)
      select u.unit_id, t.id, 'overdue', $1::timestamptz from task t
        cross join lateral (values (t.unit_id), (nullif(t.from_unit_id, t.unit_id))) u (unit_id)
      where ${OPEN} and t.deadline < $1 and u.unit_id is not null
        and not exists (select 1 from unit_notification n where n.task_id = t.id and n.unit_id = t.unit_id and n.kind = 'overdue')
      on conflict (unit_id, task_id, kind) do nothing
      returning task_id as "taskId"`,
    values: [now],
  });
  return rows.map((r) => r.taskId);
}

/**
 * A live 'task' event for each task (as realtime/events.ts publish sends it), in one statement:
 * the first run after a long pause may find thousands of tasks.
 */
export async function publishTasks(tx: Queryable, taskIds: number[]): Promise<void> {
  if (!taskIds.length) return;
  await tx.query(sql`
    select pg_notify(${LIVE_CHANNEL}, json_build_object('type', 'task', 'id', t.id, 'paths', json_build_array(o.path, f.path))::text)
    from task t join org_unit o on o.id = t.unit_id join org_unit f on f.id = t.from_unit_id
    where t.id = any(${taskIds}::bigint[])`);
}

export interface MailingRow {
  notificationId: number;
  kind: NotificationKind;
  /** the unit notified and the address of one of its users */
  unitId: number;
  recipientUnit: string;
  email: string;
  taskId: number;
  title: string;
  deadline: Date;
  reportExpected: string;
  taskUnitId: number;
  taskUnit: string;
  fromUnit: string;
}

/**
 * Claims up to `limit` notifications after `afterId` not mailed yet (skipping those another
 * process holds) and returns one row per address to write to: enabled users of the notified
 * unit with an email, for tasks still open. A claimed notification with no such user is simply
 * done. `last` is the highest id claimed (the next batch starts after it: the index still holds
 * the rows just claimed until vacuum).
 */
export async function claimUnmailed(
  tx: Queryable, now: Date, afterId: number, limit: number,
): Promise<{ claimed: number; last: number; rows: MailingRow[] }> {
  const rows = await tx.query<MailingRow & { email: string | null }>(sql`
    with claimed as (
      update unit_notification n set mailed_at = ${now}
      where n.id = any(array(
        select id from unit_notification where mailed_at is null and id > ${afterId} order by id limit ${limit} for update skip locked))
      returning n.id, n.unit_id, n.task_id, n.kind)
    select c.id as "notificationId", c.kind, c.unit_id as "unitId", r.full_name as "recipientUnit", a.email,
      t.id as "taskId", t.title, t.deadline, t.report_expected as "reportExpected",
      t.unit_id as "taskUnitId", tu.full_name as "taskUnit", fu.full_name as "fromUnit"
    from claimed c
      join org_unit r on r.id = c.unit_id
      left join task t on t.id = c.task_id and t.status not in ('done', 'cancelled')
      left join org_unit tu on tu.id = t.unit_id
      left join org_unit fu on fu.id = t.from_unit_id
      left join app_user a on a.unit_id = c.unit_id and a.email is not null and not a.disabled and t.id is not null
    order by c.id, a.email`);
  const ids = new Set(rows.map((r) => r.notificationId));
  return { claimed: ids.size, last: Math.max(afterId, ...ids), rows: rows.filter((r): r is MailingRow => r.email !== null) };
}

export interface NewEmail {
  notificationId: number;
  unitId: number;
  to: string;
  subject: string;
  body: string;
}

/** Queues emails; the same reminder to the same address is queued once. */
export async function queueEmails(tx: Queryable, emails: NewEmail[], now: Date): Promise<number> {
  if (!emails.length) return 0;
  return tx.execute(sql`
    insert into email_outbox (notification_id, unit_id, to_address, subject, body, created_at)
    select e.*, ${now}::timestamptz
    from unnest(${emails.map((e) => e.notificationId)}::bigint[], ${emails.map((e) => e.unitId)}::int[],
      ${emails.map((e) => e.to)}::text[], ${emails.map((e) => e.subject)}::text[], ${emails.map((e) => e.body)}::text[]) e
    on conflict (notification_id, to_address) do nothing`);
}

export interface OutboxRow {
  id: number;
  to: string;
  subject: string;
  body: string;
}

/**
 * Unsent emails after `afterId`, oldest first, still to be tried: fewer than `maxAttempts`
 * attempts, and a failed one only after attempts² minutes, so that a mail server down for
 * half an hour does not use up every attempt.
 */
export async function sendableEmails(db: Queryable, now: Date, afterId: number, maxAttempts: number, limit: number): Promise<OutboxRow[]> {
  return db.query<OutboxRow>(sql`
    select id, to_address as "to", subject, body from email_outbox
    where sent_at is null and id > ${afterId} and attempts < ${maxAttempts}
      and (attempts = 0 or last_attempt_at <= ${now}::timestamptz - attempts * attempts * interval '1 minute')
    order by id limit ${limit}`);
}

export async function markEmailSent(db: Queryable, id: number, now: Date): Promise<void> {
  await db.execute(sql`update email_outbox set sent_at = ${now}, attempts = attempts + 1, last_attempt_at = ${now}, last_error = null where id = ${id}`);
}

export async function markEmailFailed(db: Queryable, id: number, now: Date, error: string): Promise<void> {
  await db.execute(sql`update email_outbox set attempts = attempts + 1, last_attempt_at = ${now}, last_error = ${error} where id = ${id}`);
}

export interface OutboxFigures {
  waiting: number;
  failed: number;
  sentLastWeek: number;
  lastError: string | null;
  lastSentAt: Date | null;
}

/** The queue of emails to users of the subtree of `path`. */
export async function outboxFigures(db: Queryable, path: string, now: Date, maxAttempts: number): Promise<OutboxFigures> {
  const [row] = await db.query<OutboxFigures>(sql`
    select count(*) filter (where e.sent_at is null and e.attempts < ${maxAttempts})::int as waiting,
      count(*) filter (where e.sent_at is null and e.attempts >= ${maxAttempts})::int as failed,
      count(*) filter (where e.sent_at >= ${now}::timestamptz - interval '7 days')::int as "sentLastWeek",
      (array_agg(e.last_error order by e.last_attempt_at desc) filter (where e.last_error is not null and e.sent_at is null))[1] as "lastError",
      max(e.sent_at) as "lastSentAt"
    from email_outbox e join org_unit o on o.id = e.unit_id
    where o.path ~>=~ ${path} and o.path ~<~ subtree_end(${path})`);
  return row!;
}

export interface NotificationRow {
  id: number;
  kind: NotificationKind;
  unitId: number;
  createdAt: Date;
  readAt: Date | null;
  taskId: number;
  title: string;
  deadline: Date;
  status: TaskStatus;
  taskUnitId: number;
  taskUnitName: string;
  /** the full name ("Phường Hồng Gai") */
  taskUnit: string;
}

/** A unit's latest notifications, newest first. */
export async function listNotifications(db: Queryable, unitId: number, limit: number): Promise<NotificationRow[]> {
  return db.query<NotificationRow>(sql`
    select n.id, n.kind, n.unit_id as "unitId", n.created_at as "createdAt", n.read_at as "readAt",
      t.id as "taskId", t.title, t.deadline, t.status, t.unit_id as "taskUnitId", o.name as "taskUnitName", o.full_name as "taskUnit"
    from unit_notification n join task t on t.id = n.task_id join org_unit o on o.id = t.unit_id
    where n.unit_id = ${unitId}
    order by n.created_at desc, n.id desc limit ${limit}`);
}

export async function unreadCount(db: Queryable, unitId: number): Promise<number> {
  const [row] = await db.query<{ n: number }>(sql`select count(*)::int as n from unit_notification where unit_id = ${unitId} and read_at is null`);
  return row!.n;
}

export async function findNotification(db: Queryable, id: number): Promise<{ id: number; unitId: number; readAt: Date | null } | undefined> {
  const [row] = await db.query<{ id: number; unitId: number; readAt: Date | null }>(sql`
    select id, unit_id as "unitId", read_at as "readAt" from unit_notification where id = ${id} for update`);
  return row;
}

/** Marks read the unit's unread notifications (all of them, or the one `id`); returns their ids. */
export async function markRead(db: Queryable, unitId: number, now: Date, id?: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(sql`
    update unit_notification set read_at = ${now}
    where unit_id = ${unitId} and read_at is null and (${id ?? null}::bigint is null or id = ${id ?? null})
    returning id`);
  return rows.map((r) => r.id);
}
