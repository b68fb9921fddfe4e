import { DUE_SOON_MS, type TaskStatus } from '../../../domain/task-deadline.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { UnitRef } from '../../http/common-schema.ts';

export interface TaskRow {
  id: number;
  noticeTaskId: number | null;
  parentId: number | null;
  unit: UnitRef;
  unitPath: string;
  unitParentId: number | null;
  fromUnit: UnitRef;
  fromUnitPath: string;
  title: string;
  reportExpected: string;
  deadline: Date;
  status: TaskStatus;
  acknowledgedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  /** sub-tasks split from this one, cancelled ones left out */
  subTotal: number;
  subDone: number;
}

const unitJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'code', ${a}.code, 'name', ${a}.name, 'fullName', ${a}.full_name, 'level', ${a}.level)`;

const columns = `t.id, t.notice_task_id as "noticeTaskId", t.parent_id as "parentId",
  ${unitJson('u')} as unit, u.path as "unitPath", u.parent_id as "unitParentId",
  ${unitJson('f')} as "fromUnit", f.path as "fromUnitPath",
  t.title, t.report_expected as "reportExpected", t.deadline, t.status,
  t.acknowledged_at as "acknowledgedAt", t.completed_at as "completedAt", t.created_at as "createdAt",
  (select count(*) from task s where s.parent_id = t.id and s.status <> 'cancelled')::int as "subTotal",
  (select count(*) from task s where s.parent_id = t.id and s.status = 'done')::int as "subDone"`;

const from = `task t join org_unit u on u.id = t.unit_id join org_unit f on f.id = t.from_unit_id`;

export async function findTask(db: Queryable, id: number, forUpdate = false): Promise<TaskRow | undefined> {
  // the row lock serialises writes to one task (two "done" reports, a split while completing)
  if (forUpdate) await db.query(sql`select id from task where id = ${id} for update`);
  const rows = await db.query<TaskRow>({ text: `select ${columns} from ${from} where t.id = $1`, values: [id] });
  return rows[0];
}

export async function findTasks(db: Queryable, ids: number[]): Promise<TaskRow[]> {
  if (!ids.length) return [];
  return db.query<TaskRow>({ text: `select ${columns} from ${from} where t.id = any($1::bigint[]) order by t.deadline, t.id`, values: [ids] });
}

export async function subTasks(db: Queryable, parentId: number): Promise<TaskRow[]> {
  return db.query<TaskRow>({ text: `select ${columns} from ${from} where t.parent_id = $1 order by u.code, t.id`, values: [parentId] });
}

export type BoardView = 'mine' | 'assigned';
export type StatusFilter = TaskStatus | 'open';

/** The tasks a unit must do (mine) or has given out (assigned), soonest deadline first. */
export async function boardTasks(
  db: Queryable,
  q: { unitId: number; view: BoardView; status: StatusFilter | undefined; limit: number },
): Promise<TaskRow[]> {
  const by = q.view === 'mine' ? 't.unit_id' : 't.from_unit_id';
  return db.query<TaskRow>({
    text: `select ${columns} from ${from}
      where ${by} = $1 and ($2::text is null or t.status = $2 or ($2 = 'open' and t.status not in ('done', 'cancelled')))
      order by t.status in ('done', 'cancelled'), t.deadline, t.id limit $3`,
    values: [q.unitId, q.status ?? null, q.limit],
  });
}

export interface NoticeRef {
  noticeId: number;
  number: string | null;
  title: string;
  issuedOn: string | null;
  noticeTaskId: number;
  seq: number;
  /** the top task of the chain the notice task gave rise to */
  rootTaskId: number;
}

/** The notice behind a task: its own notice task, or that of the task it was split from, up the chain. */
export async function noticeOf(db: Queryable, taskId: number): Promise<NoticeRef | undefined> {
  const rows = await db.query<NoticeRef>(sql`
    with recursive up(id, parent_id, notice_task_id) as (
      select id, parent_id, notice_task_id from task where id = ${taskId}
      union all
      select t.id, t.parent_id, t.notice_task_id from task t join up on t.id = up.parent_id
    )
    select n.id as "noticeId", n.number, n.title, n.issued_on as "issuedOn", nt.id as "noticeTaskId", nt.seq, up.id as "rootTaskId"
    from up join notice_task nt on nt.id = up.notice_task_id join notice n on n.id = nt.notice_id
    where up.parent_id is null`);
  return rows[0];
}

export interface NewTaskRow {
  clientId: string | null;
  noticeTaskId: number | null;
  parentId: number | null;
  unitId: number;
  fromUnitId: number;
  title: string;
  reportExpected: string;
  deadline: Date;
  createdBy: number;
}

/** Inserts the tasks; with a client id already used, that row is skipped. Returns the new ids. */
export async function insertTasks(db: Queryable, rows: NewTaskRow[]): Promise<number[]> {
  if (!rows.length) return [];
  const col = <K extends keyof NewTaskRow>(k: K) => rows.map((r) => r[k]);
  const inserted = await db.query<{ id: number }>(sql`
    insert into task (client_id, notice_task_id, parent_id, unit_id, from_unit_id, title, report_expected, deadline, created_by)
    select * from unnest(${col('clientId')}::uuid[], ${col('noticeTaskId')}::bigint[], ${col('parentId')}::bigint[],
      ${col('unitId')}::int[], ${col('fromUnitId')}::int[], ${col('title')}::text[], ${col('reportExpected')}::text[],
      ${col('deadline').map((d) => d.toISOString())}::timestamptz[], ${col('createdBy')}::int[])
    on conflict (client_id) do nothing
    returning id`);
  return inserted.map((r) => r.id);
}

export async function taskIdsByClientIds(db: Queryable, clientIds: string[]): Promise<number[]> {
  const rows = await db.query<{ id: number }>(sql`select id from task where client_id = any(${clientIds}::uuid[]) order by id`);
  return rows.map((r) => r.id);
}

export interface SupersededTask {
  id: number;
  seq: number;
  unitId: number;
  status: TaskStatus;
}

/** The top-level tasks a notice gave rise to, with the number of their notice task. */
export async function noticeTopTasks(db: Queryable, noticeId: number): Promise<SupersededTask[]> {
  return db.query<SupersededTask>(sql`
    select t.id, nt.seq, t.unit_id as "unitId", t.status
    from notice_task nt join task t on t.notice_task_id = nt.id and t.parent_id is null
    where nt.notice_id = ${noticeId} order by nt.seq, t.unit_id for update of t`);
}

export async function carryOver(
  db: Queryable,
  id: number,
  c: { noticeTaskId: number; title: string; deadline: Date; reportExpected: string },
): Promise<void> {
  await db.execute(sql`
    update task set notice_task_id = ${c.noticeTaskId}, title = ${c.title}, deadline = ${c.deadline.toISOString()}, report_expected = ${c.reportExpected}
    where id = ${id}`);
}

/** Cancels the open tasks among `ids` and every open task split from them, down the chain; returns what it cancelled. */
export async function cancelTasks(db: Queryable, ids: number[]): Promise<{ id: number; unitId: number; unitPath: string; fromUnitPath: string }[]> {
  if (!ids.length) return [];
  return db.query(sql`
    with recursive down(id) as (
      select id from task where id = any(${ids}::bigint[])
      union all
      select t.id from task t join down on t.parent_id = down.id
    )
    update task t set status = 'cancelled' from down, org_unit u, org_unit f
    where t.id = down.id and t.status not in ('done', 'cancelled') and u.id = t.unit_id and f.id = t.from_unit_id
    returning t.id, t.unit_id as "unitId", u.path as "unitPath", f.path as "fromUnitPath"`);
}

export async function acknowledge(db: Queryable, id: number, userId: number, at: Date): Promise<void> {
  await db.execute(sql`
    update task set status = 'acknowledged', acknowledged_at = ${at.toISOString()}, acknowledged_by = ${userId}
    where id = ${id} and status = 'assigned'`);
}

/** A progress report puts the task in progress; either report also counts as acknowledging it. */
export async function markReported(db: Queryable, id: number, kind: 'progress' | 'done', userId: number, at: Date): Promise<void> {
  await db.execute(sql`
    update task set
      status = ${kind === 'done' ? 'done' : 'in_progress'},
      acknowledged_at = coalesce(acknowledged_at, ${at.toISOString()}::timestamptz), acknowledged_by = coalesce(acknowledged_by, ${userId}::int),
      completed_at = ${kind === 'done' ? at.toISOString() : null}::timestamptz, completed_by = ${kind === 'done' ? userId : null}::int
    where id = ${id}`);
}

export async function insertNotifications(db: Queryable, kind: 'task_new', tasks: { unitId: number; taskId: number }[], at: Date): Promise<void> {
  if (!tasks.length) return;
  await db.execute(sql`
    insert into unit_notification (unit_id, task_id, kind, created_at)
    select u, t, ${kind}, ${at.toISOString()}::timestamptz from unnest(${tasks.map((x) => x.unitId)}::int[], ${tasks.map((x) => x.taskId)}::bigint[]) as x(u, t)
    on conflict (unit_id, task_id, kind) do nothing`);
}

export interface UnitKey {
  id: number;
  path: string;
  parentId: number | null;
}

export async function unitKeys(db: Queryable, ids: number[]): Promise<Map<number, UnitKey>> {
  const rows = await db.query<UnitKey>(sql`select id, path, parent_id as "parentId" from org_unit where id = any(${ids}::int[])`);
  return new Map(rows.map((r) => [r.id, r]));
}

export async function validChildIds(db: Queryable, parentId: number, ids: number[], date: string): Promise<Set<number>> {
  const rows = await db.query<{ id: number }>(sql`
    select id from org_unit where parent_id = ${parentId} and id = any(${ids}::int[])
      and valid_from <= ${date}::date and (valid_to is null or valid_to > ${date}::date)`);
  return new Set(rows.map((r) => r.id));
}

export interface AttachmentMeta {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
}

export interface ReportRow {
  id: number;
  taskId: number;
  kind: 'progress' | 'done';
  text: string;
  createdAt: Date;
  author: string;
  attachments: AttachmentMeta[];
}

export async function taskReports(db: Queryable, taskId: number): Promise<ReportRow[]> {
  return db.query<ReportRow>(sql`
    select r.id, r.task_id as "taskId", r.kind, r.text, r.created_at as "createdAt", coalesce(nullif(a.full_name, ''), a.username) as author,
      coalesce((select json_agg(json_build_object('id', x.id, 'fileName', x.file_name, 'mimeType', x.mime_type, 'size', x.size) order by x.id)
        from task_attachment x where x.report_id = r.id), '[]'::json) as attachments
    from task_report r join app_user a on a.id = r.created_by
    where r.task_id = ${taskId} order by r.created_at, r.id`);
}

export async function reportByClientId(db: Queryable, clientId: string): Promise<{ id: number; taskId: number } | undefined> {
  const rows = await db.query<{ id: number; taskId: number }>(sql`select id, task_id as "taskId" from task_report where client_id = ${clientId}::uuid`);
  return rows[0];
}

/** The new report's id, or undefined when a report with this client id was made meanwhile. */
export async function insertReport(
  db: Queryable,
  r: { taskId: number; kind: 'progress' | 'done'; text: string; clientId: string; createdBy: number; at: Date },
): Promise<number | undefined> {
  const rows = await db.query<{ id: number }>(sql`
    insert into task_report (task_id, kind, text, client_id, created_by, created_at)
    values (${r.taskId}, ${r.kind}, ${r.text}, ${r.clientId}::uuid, ${r.createdBy}, ${r.at.toISOString()}::timestamptz)
    on conflict (client_id) do nothing returning id`);
  return rows[0]?.id;
}

export async function insertAttachment(db: Queryable, reportId: number, a: { fileName: string; mimeType: string; content: Buffer }): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into task_attachment (report_id, file_name, mime_type, size, content)
    values (${reportId}, ${a.fileName}, ${a.mimeType}, ${a.content.length}, ${a.content}) returning id`);
  return rows[0]!.id;
}

export async function findAttachment(
  db: Queryable,
  taskId: number,
  id: number,
): Promise<(AttachmentMeta & { content: Buffer | Uint8Array }) | undefined> {
  const rows = await db.query<AttachmentMeta & { content: Buffer | Uint8Array }>(sql`
    select x.id, x.file_name as "fileName", x.mime_type as "mimeType", x.size, x.content
    from task_attachment x join task_report r on r.id = x.report_id
    where x.id = ${id} and r.task_id = ${taskId}`);
  return rows[0];
}

export interface SubtreeCounts {
  /** the child of the unit whose subtree the tasks are in; null for the unit's own tasks */
  child: number | null;
  open: number;
  dueSoon: number;
  overdue: number;
  doneLate: number;
}

const OPEN = `t.status not in ('done', 'cancelled')`;
const DONE_LATE = `t.status = 'done' and t.completed_at > t.deadline`;
const IN_SUBTREE = `o.path ~>=~ $1 and o.path ~<~ subtree_end($1)`;

/**
 * Open, due-soon, overdue and done-late tasks whose responsible unit is in the subtree of `path`,
 * grouped by the child unit they fall under. Only open and done-late tasks are read, from the
 * partial indexes task_open_unit_idx and task_done_late_idx (index-only), not every task ever
 * given; counted per unit first, so that the child is worked out once per unit, not per task.
 */
export async function countsUnder(db: Queryable, path: string, now: Date): Promise<SubtreeCounts[]> {
  const soon = new Date(now.getTime() + DUE_SOON_MS).toISOString();
  return db.query<SubtreeCounts>({
    text: `select nullif(split_part(substr(x.path, length($1) + 1), '/', 1), '')::int as child,
        sum(x.open)::int as open, sum(x.due_soon)::int as "dueSoon", sum(x.overdue)::int as overdue, sum(x.done_late)::int as "doneLate"
      from (
        select o.path, count(*) as open, count(*) filter (where t.deadline >= $2 and t.deadline <= $3) as due_soon,
          count(*) filter (where t.deadline < $2) as overdue, 0 as done_late
        from org_unit o join task t on t.unit_id = o.id
        where ${IN_SUBTREE} and ${OPEN}
        group by o.id
        union all
        select o.path, 0, 0, 0, count(*)
        from org_unit o join task t on t.unit_id = o.id
        where ${IN_SUBTREE} and ${DONE_LATE}
        group by o.id
      ) x
      group by 1`,
    values: [path, now.toISOString(), soon],
  });
}

/** Open tasks past their deadline in the subtree of `path`, the longest overdue first. */
export async function overdueUnder(db: Queryable, path: string, now: Date, limit: number, offset = 0): Promise<TaskRow[]> {
  return db.query<TaskRow>({
    text: `select ${columns} from ${from}
      where ${OPEN} and t.deadline < $2 and u.path ~>=~ $1 and u.path ~<~ subtree_end($1)
      order by t.deadline, t.id limit $3 offset $4`,
    values: [path, now.toISOString(), limit, offset],
  });
}
