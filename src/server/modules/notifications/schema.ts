import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/common-schema.ts';

export const NotificationKind = Type.Union([Type.Literal('task_new'), Type.Literal('due_soon'), Type.Literal('overdue')]);
export type NotificationKind = Static<typeof NotificationKind>;

const TaskStatus = Type.Union([
  Type.Literal('assigned'), Type.Literal('acknowledged'), Type.Literal('in_progress'), Type.Literal('done'), Type.Literal('cancelled'),
]);

export const Notification = Type.Object({
  id: Type.Integer(),
  kind: NotificationKind,
  /** in the reader's language: "Nhiệm vụ sắp đến hạn: … (hạn 17:00 12/12/2021)" */
  text: Type.String(),
  createdAt: Type.String(),
  read: Type.Boolean(),
  task: Type.Object({
    id: Type.Integer(),
    title: Type.String(),
    deadline: Type.String(),
    status: TaskStatus,
    unit: Type.Object({ id: Type.Integer(), name: Type.String() }),
  }),
});
export type Notification = Static<typeof Notification>;

export const NotificationList = Type.Object({
  /** the unit's notifications not yet read (all of them, not only those listed) */
  unread: Type.Integer(),
  /** the latest, newest first */
  items: Type.Array(Notification),
});
export type NotificationList = Static<typeof NotificationList>;

export const ReadReply = Type.Object({ unread: Type.Integer() });
export type ReadReply = Static<typeof ReadReply>;

export const EmailStatus = Type.Object({
  /** false: SMTP_URL is not set, emails wait in the outbox */
  smtpConfigured: Type.Boolean(),
  /** emails to users in the actor's subtree not sent yet and still tried */
  waiting: Type.Integer(),
  /** given up after the last attempt */
  failed: Type.Integer(),
  /** sent in the last 7 days */
  sentLastWeek: Type.Integer(),
  lastError: Nullable(Type.String()),
  lastSentAt: Nullable(Type.String()),
});
export type EmailStatus = Static<typeof EmailStatus>;
