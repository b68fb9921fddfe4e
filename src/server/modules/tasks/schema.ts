import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, UnitRef } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';

const Timestamp = Type.String({ format: 'date-time', description: 'ISO timestamp' });
const ClientId = Type.String({ format: 'uuid', description: 'chosen by the client; a retry with the same id creates nothing' });

export const TaskStatus = Type.Union([
  Type.Literal('assigned'), Type.Literal('acknowledged'), Type.Literal('in_progress'), Type.Literal('done'), Type.Literal('cancelled'),
]);
export const DeadlineState = Type.Union([
  Type.Literal('on_track'), Type.Literal('due_soon'), Type.Literal('overdue'), Type.Literal('done_on_time'), Type.Literal('done_late'),
  Type.Literal('cancelled'),
]);

export const TaskItem = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  reportExpected: Type.String(),
  unit: UnitRef,
  fromUnit: UnitRef,
  deadline: Timestamp,
  status: TaskStatus,
  deadlineState: DeadlineState,
  /** hours past the deadline while open, or by which it was completed late; 0 otherwise */
  hoursLate: Type.Integer(),
  acknowledgedAt: Nullable(Timestamp),
  completedAt: Nullable(Timestamp),
  parentId: Nullable(Type.Integer()),
  noticeTaskId: Nullable(Type.Integer()),
  /** sub-tasks split from it (cancelled ones left out), and how many are done */
  subTasks: Type.Object({ total: Type.Integer(), done: Type.Integer() }),
});
export type TaskItem = Static<typeof TaskItem>;

export const TaskQuery = Type.Object({
  unitId: Type.Optional(Id),
  view: Type.Optional(Type.Union([Type.Literal('mine'), Type.Literal('assigned')], { description: 'tasks the unit must do, or tasks it gave out' })),
  status: Type.Optional(Type.Union([TaskStatus, Type.Literal('open')])),
  format: Type.Optional(ExportFormat),
});
export type TaskQuery = Static<typeof TaskQuery>;

export const TaskList = Type.Object({ unit: UnitRef, view: Type.String(), items: Type.Array(TaskItem) });
export type TaskList = Static<typeof TaskList>;

export const Attachment = Type.Object({ id: Type.Integer(), fileName: Type.String(), mimeType: Type.String(), size: Type.Integer() });
export const TaskReport = Type.Object({
  id: Type.Integer(),
  kind: Type.Union([Type.Literal('progress'), Type.Literal('done')]),
  text: Type.String(),
  createdAt: Timestamp,
  author: Type.String(),
  attachments: Type.Array(Attachment),
});
export type TaskReport = Static<typeof TaskReport>;

export const TaskDetail = Type.Object({
  task: TaskItem,
  notice: Nullable(Type.Object({
    id: Type.Integer(), number: Nullable(Type.String()), title: Type.String(), issuedOn: Nullable(Type.String()),
    noticeTaskId: Type.Integer(), seq: Type.Integer(),
  })),
  /** the task this one was split from, when the reader may see it */
  parent: Nullable(TaskItem),
  subTasks: Type.Array(TaskItem),
  reports: Type.Array(TaskReport),
  /** what the reader may do with it now */
  can: Type.Object({ acknowledge: Type.Boolean(), report: Type.Boolean(), split: Type.Boolean() }),
});
export type TaskDetail = Static<typeof TaskDetail>;

export const SplitBody = Type.Object({
  clientId: ClientId,
  items: Type.Array(
    Type.Object({
      unitIds: Type.Array(Id, { minItems: 1, maxItems: 500, description: 'child units of the responsible unit' }),
      title: Type.String({ minLength: 1, maxLength: 4000 }),
      deadline: Timestamp,
      reportExpected: Type.Optional(Type.String({ maxLength: 2000 })),
    }),
    { minItems: 1, maxItems: 50 },
  ),
});
export type SplitBody = Static<typeof SplitBody>;

export const NewAttachment = Type.Object({
  fileName: Type.String({ minLength: 1, maxLength: 255 }),
  mimeType: Type.String({ minLength: 1, maxLength: 200 }),
  dataBase64: Type.String(),
});
export type NewAttachment = Static<typeof NewAttachment>;

export const ReportBody = Type.Object({
  clientId: ClientId,
  kind: Type.Union([Type.Literal('progress'), Type.Literal('done')]),
  text: Type.String({ maxLength: 10_000 }),
  attachments: Type.Optional(Type.Array(NewAttachment, { maxItems: 20 })),
});
export type ReportBody = Static<typeof ReportBody>;

export const OverdueQuery = Type.Object({
  unitId: Type.Optional(Id),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  format: Type.Optional(ExportFormat),
});
export type OverdueQuery = Static<typeof OverdueQuery>;

const Counts = { open: Type.Integer(), dueSoon: Type.Integer(), overdue: Type.Integer(), doneLate: Type.Integer() };
export const OverdueReply = Type.Object({
  unit: UnitRef,
  /** the units above it that the reader may open, from the top */
  ancestors: Type.Array(UnitRef),
  ...Counts,
  byChild: Type.Array(Type.Object({ unit: UnitRef, ...Counts })),
  overdueTasks: Type.Object({ total: Type.Integer(), items: Type.Array(TaskItem) }),
});
export type OverdueReply = Static<typeof OverdueReply>;
