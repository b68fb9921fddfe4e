import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, Nullable, UnitRef } from '../../http/common-schema.ts';
import { ExportFormat } from '../../http/table-export.ts';

const Timestamp = Type.String({ format: 'date-time', description: 'ISO timestamp' });

export const NoticeTaskInput = Type.Object({
  text: Type.String({ maxLength: 4000 }),
  unitIds: Type.Array(Id, { maxItems: 500, description: 'responsible units, in the issuing unit’s subtree' }),
  /** checked by the service, so that a missing or bad deadline is named with its task's number */
  deadline: Nullable(Type.String({ maxLength: 40, description: 'ISO date-time, to the hour (Vietnam time UTC+7)' })),
  reportExpected: Type.String({ maxLength: 1000, description: 'the report expected back, e.g. "Báo cáo kết quả về Sở Y tế"' }),
});
export type NoticeTaskInput = Static<typeof NoticeTaskInput>;

const NoticeFields = {
  issuingUnitId: Id,
  conferenceId: Type.Optional(Nullable(Id)),
  number: Type.Optional(Nullable(Type.String({ maxLength: 60, description: 'e.g. 125/TB-BCĐ' }))),
  issuedOn: Type.Optional(Nullable(IsoDate)),
  issuingBody: Type.String({ maxLength: 300 }),
  place: Type.Optional(Type.String({ maxLength: 100 })),
  title: Type.String({ maxLength: 500 }),
  body: Type.Optional(Type.String({ maxLength: 100_000 })),
  closing: Type.Optional(Type.String({ maxLength: 2000 })),
  recipients: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 200, description: 'Nơi nhận, one line each' })),
  signerTitle: Type.Optional(Type.String({ maxLength: 200, description: 'one line per row, e.g. "KT. TRƯỞNG BAN\\nPHÓ TRƯỞNG BAN"' })),
  signerName: Type.Optional(Type.String({ maxLength: 100 })),
  tasks: Type.Optional(Type.Array(NoticeTaskInput, { maxItems: 100 })),
};

export const NewNotice = Type.Object({ clientId: Type.Optional(Type.String({ format: 'uuid' })), ...NoticeFields });
export type NewNotice = Static<typeof NewNotice>;
/** A draft is saved whole. */
export const NoticeChange = Type.Object(NoticeFields);
export type NoticeChange = Static<typeof NoticeChange>;

export const NoticeStatus = Type.Union([Type.Literal('draft'), Type.Literal('issued'), Type.Literal('superseded')]);
export type NoticeStatus = Static<typeof NoticeStatus>;

export const VersionRef = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  number: Nullable(Type.String()),
  issuedOn: Nullable(IsoDate),
  status: NoticeStatus,
});
export type VersionRef = Static<typeof VersionRef>;

export const DeadlineState = Type.Union([
  Type.Literal('on_track'), Type.Literal('due_soon'), Type.Literal('overdue'),
  Type.Literal('done_on_time'), Type.Literal('done_late'), Type.Literal('cancelled'),
]);
export const TaskStatus = Type.Union([
  Type.Literal('assigned'), Type.Literal('acknowledged'), Type.Literal('in_progress'), Type.Literal('done'), Type.Literal('cancelled'),
]);

/** A responsible unit's task made from a notice task, as it stands now. */
export const TaskProgress = Type.Object({
  taskId: Type.Integer(),
  unit: UnitRef,
  status: TaskStatus,
  state: DeadlineState,
  deadline: Timestamp,
  acknowledgedAt: Nullable(Timestamp),
  completedAt: Nullable(Timestamp),
});
export type TaskProgress = Static<typeof TaskProgress>;

export const TaskCounts = Type.Object({
  units: Type.Integer(),
  acknowledged: Type.Integer({ description: 'acknowledged, in progress or done' }),
  done: Type.Integer(),
  overdue: Type.Integer(),
});
export type TaskCounts = Static<typeof TaskCounts>;

export const NoticeTask = Type.Object({
  id: Type.Integer(),
  seq: Type.Integer(),
  text: Type.String(),
  deadline: Timestamp,
  reportExpected: Type.String(),
  units: Type.Array(UnitRef),
  /** the live tasks the reader may see (their unit or assigning unit in the reader's scope) */
  progress: Type.Array(TaskProgress),
  counts: TaskCounts,
});
export type NoticeTask = Static<typeof NoticeTask>;

export const Notice = Type.Object({
  id: Type.Integer(),
  issuingUnit: UnitRef,
  conference: Nullable(Type.Object({ id: Type.Integer(), title: Type.String() })),
  number: Nullable(Type.String()),
  issuedOn: Nullable(IsoDate),
  issuingBody: Type.String(),
  place: Type.String(),
  title: Type.String(),
  body: Type.String(),
  closing: Type.String(),
  recipients: Type.Array(Type.String()),
  signerTitle: Type.String(),
  signerName: Type.String(),
  status: NoticeStatus,
  version: Type.Integer(),
  supersedes: Nullable(VersionRef),
  supersededBy: Nullable(VersionRef),
  /** every version of this notice, oldest first */
  versions: Type.Array(VersionRef),
  issuedAt: Nullable(Timestamp),
  issuedBy: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  tasks: Type.Array(NoticeTask),
  /** the reader may edit the draft, issue it or correct the notice */
  canEdit: Type.Boolean(),
});
export type Notice = Static<typeof Notice>;

export const NoticeListItem = Type.Object({
  id: Type.Integer(),
  issuingUnit: UnitRef,
  number: Nullable(Type.String()),
  issuedOn: Nullable(IsoDate),
  title: Type.String(),
  status: NoticeStatus,
  version: Type.Integer(),
  conferenceId: Nullable(Type.Integer()),
  tasks: Type.Integer(),
  supersededBy: Nullable(VersionRef),
  issuedAt: Nullable(Timestamp),
  updatedAt: Timestamp,
});
export type NoticeListItem = Static<typeof NoticeListItem>;

export const NoticeQuery = Type.Object({
  unitId: Type.Optional(Id),
  status: Type.Optional(NoticeStatus),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  format: Type.Optional(ExportFormat),
});
export type NoticeQuery = Static<typeof NoticeQuery>;

export const TemplateQuery = Type.Object({
  unitId: Type.Optional(Id),
  conferenceId: Type.Optional(Id),
});

/** What a new notice starts with: the issuing body, place and closing of the unit; from a conference, its host, title and opening. */
export const NoticeTemplate = Type.Object({
  issuingUnit: UnitRef,
  conference: Nullable(Type.Object({ id: Type.Integer(), title: Type.String() })),
  issuingBody: Type.String(),
  place: Type.String(),
  title: Type.String(),
  body: Type.String(),
  closing: Type.String(),
  recipients: Type.Array(Type.String()),
});
export type NoticeTemplate = Static<typeof NoticeTemplate>;
