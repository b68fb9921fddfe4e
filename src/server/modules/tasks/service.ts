import { createHash } from 'node:crypto';
import { vietnamToday } from '../../../domain/dates.ts';
import { deadlineState, overdueBy, vietnamDateTime, withinParentDeadline } from '../../../domain/task-deadline.ts';
import type { Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import type { Table } from '../../http/table-export.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { ancestorUnits, toRef } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { checkAttachments } from './attachments.ts';
import { taskChanged } from './events.ts';
import { boardHeader, boardTitle, overdueTitle, stateName, statusName, tmsg } from './messages.ts';
import * as repo from './repository.ts';
import type { OverdueQuery, OverdueReply, ReportBody, SplitBody, TaskDetail, TaskItem, TaskList, TaskQuery } from './schema.ts';
import { taskCounts } from './summary.ts';

const BOARD_LIMIT = 1000;
const notFound = (lang: Lang) => new AppError('not_found', msg('notFound', lang));
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function present(t: repo.TaskRow, now: Date): TaskItem {
  const state = deadlineState(t, now);
  const late = state === 'overdue' ? overdueBy(t.deadline, now) : state === 'done_late' ? overdueBy(t.deadline, t.completedAt!) : null;
  return {
    id: t.id,
    title: t.title,
    reportExpected: t.reportExpected,
    unit: t.unit,
    fromUnit: t.fromUnit,
    deadline: t.deadline.toISOString(),
    status: t.status,
    deadlineState: state,
    hoursLate: late ? late.days * 24 + late.hours : 0,
    acknowledgedAt: iso(t.acknowledgedAt),
    completedAt: iso(t.completedAt),
    parentId: t.parentId,
    noticeTaskId: t.noticeTaskId,
    subTasks: { total: t.subTotal, done: t.subDone },
  };
}

/** A task is seen by the responsible unit's subtree and by the assigning unit's subtree. */
const visible = (actor: Actor, t: repo.TaskRow) => inScope(actor, { path: t.unitPath }) || inScope(actor, { path: t.fromUnitPath });
const isOpen = (t: repo.TaskRow) => t.status !== 'done' && t.status !== 'cancelled';
/** Only the responsible unit acts on its task; the units above read it. */
const actsFor = (actor: Actor, t: repo.TaskRow) => actor.unit.id === t.unit.id && actor.role !== 'viewer';
const splits = (actor: Actor, t: repo.TaskRow) => actsFor(actor, t) && (actor.role === 'officer' || actor.role === 'admin') && t.unit.level < 3;

async function requireTask(db: Queryable, actor: Actor, id: number, lang: Lang, forUpdate = false): Promise<repo.TaskRow> {
  const t = await repo.findTask(db, id, forUpdate);
  if (!t || !visible(actor, t)) throw notFound(lang);
  return t;
}

function requireActing(actor: Actor, t: repo.TaskRow, lang: Lang): void {
  if (!actsFor(actor, t)) throw new AppError('forbidden', tmsg('notResponsible', lang));
  if (!isOpen(t)) throw new AppError('conflict', tmsg('closed', lang));
}

export async function listBoard(db: Queryable, actor: Actor, q: TaskQuery, lang: Lang, now: Date): Promise<TaskList> {
  const unit = await requireUnitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  const view = q.view ?? 'mine';
  const rows = await repo.boardTasks(db, { unitId: unit.id, view, status: q.status, limit: BOARD_LIMIT });
  return { unit: toRef(unit), view, items: rows.map((r) => present(r, now)) };
}

export async function exportBoard(db: Queryable, actor: Actor, q: TaskQuery, lang: Lang, now: Date): Promise<Table> {
  const { unit, view, items } = await listBoard(db, actor, q, lang, now);
  return {
    fileName: `nhiem-vu-${unit.code}-${view}-${vietnamToday(now)}`,
    title: `${boardTitle(view === 'assigned' ? 'assigned' : 'mine', lang)}: ${unit.fullName} (${vietnamDateTime(now)})`,
    sheetName: boardTitle(view === 'assigned' ? 'assigned' : 'mine', lang),
    header: boardHeader(lang),
    rows: items.map(taskRow(lang)),
  };
}

const taskRow = (lang: Lang) => (t: TaskItem, i: number) => [
  i + 1, t.title, t.unit.fullName, t.fromUnit.fullName, vietnamDateTime(new Date(t.deadline)), statusName(t.status, lang),
  stateName(t.deadlineState, lang), t.hoursLate, t.subTasks.total ? `${t.subTasks.done}/${t.subTasks.total}` : '',
  t.completedAt ? vietnamDateTime(new Date(t.completedAt)) : '', t.reportExpected,
];

export async function viewTask(db: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<TaskDetail> {
  const t = await requireTask(db, actor, id, lang);
  const notice = await repo.noticeOf(db, t.id);
  const parent = t.parentId === null ? undefined : await repo.findTask(db, t.parentId);
  const subs = await repo.subTasks(db, t.id);
  const reports = await repo.taskReports(db, t.id);
  return {
    task: present(t, now),
    notice: notice
      ? { id: notice.noticeId, number: notice.number, title: notice.title, issuedOn: notice.issuedOn, noticeTaskId: notice.noticeTaskId, seq: notice.seq }
      : null,
    parent: parent && visible(actor, parent) ? present(parent, now) : null,
    subTasks: subs.map((s) => present(s, now)),
    reports: reports.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    can: { acknowledge: actsFor(actor, t) && t.status === 'assigned', report: actsFor(actor, t) && isOpen(t), split: splits(actor, t) && isOpen(t) },
  };
}

export async function acknowledgeTask(tx: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<TaskDetail> {
  const t = await requireTask(tx, actor, id, lang, true);
  requireActing(actor, t, lang);
  // acknowledging twice (a retry) changes nothing
  if (t.status === 'assigned') {
    await repo.acknowledge(tx, t.id, actor.id, now);
    await writeAudit(tx, {
      userId: actor.id, unitId: t.unit.id, action: 'update', entity: 'task', entityId: String(t.id),
      before: { status: t.status }, after: { status: 'acknowledged', acknowledgedAt: now.toISOString() },
    });
    await taskChanged(tx, t);
    await parentChanged(tx, t);
  }
  return viewTask(tx, actor, id, lang, now);
}

/** The page of the task this one was split from lists its sub-tasks' statuses. */
async function parentChanged(tx: Queryable, t: repo.TaskRow): Promise<void> {
  const parent = t.parentId === null ? undefined : await repo.findTask(tx, t.parentId);
  if (parent) await taskChanged(tx, parent);
}

/** The client id of each sub-task of a split, derived from the split's own, so that a retry matches row by row. */
function subClientId(clientId: string, item: number, unitId: number): string {
  const h = createHash('sha256').update(`${clientId}/${item}/${unitId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function splitTask(
  tx: Queryable, actor: Actor, id: number, body: SplitBody, lang: Lang, now: Date,
): Promise<{ created: boolean; detail: TaskDetail }> {
  const t = await requireTask(tx, actor, id, lang, true);
  const clientIds = body.items.flatMap((item, i) => item.unitIds.map((u) => subClientId(body.clientId, i, u)));
  if ((await repo.taskIdsByClientIds(tx, clientIds)).length) return { created: false, detail: await viewTask(tx, actor, id, lang, now) };
  if (!splits(actor, t)) throw new AppError('forbidden', t.unit.level >= 3 ? tmsg('noChildren', lang) : tmsg('notResponsible', lang));
  if (!isOpen(t)) throw new AppError('conflict', tmsg('closed', lang));

  const children = await repo.validChildIds(tx, t.unit.id, body.items.flatMap((x) => x.unitIds), vietnamToday(now));
  const errors: FieldError[] = [];
  const rows: repo.NewTaskRow[] = [];
  body.items.forEach((item, i) => {
    const title = item.title.trim();
    const deadline = new Date(item.deadline);
    if (!title) errors.push({ field: `items.${i}.title`, message: tmsg('titleRequired', lang) });
    if (!withinParentDeadline(deadline, t.deadline)) {
      errors.push({ field: `items.${i}.deadline`, message: tmsg('afterParent', lang, { deadline: vietnamDateTime(t.deadline) }) });
    }
    if (item.unitIds.some((u) => !children.has(u))) errors.push({ field: `items.${i}.unitIds`, message: tmsg('notChild', lang, { unit: t.unit.fullName }) });
    for (const unitId of new Set(item.unitIds)) {
      rows.push({
        clientId: subClientId(body.clientId, i, unitId), noticeTaskId: null, parentId: t.id, unitId, fromUnitId: t.unit.id,
        title, reportExpected: item.reportExpected?.trim() ?? '', deadline, createdBy: actor.id,
      });
    }
  });
  if (errors.length) throw new AppError('validation', errors[0]!.message, errors);

  const ids = await repo.insertTasks(tx, rows);
  const created = await repo.findTasks(tx, ids);
  for (const s of created) {
    await writeAudit(tx, {
      userId: actor.id, unitId: s.unit.id, action: 'create', entity: 'task', entityId: String(s.id), before: null,
      after: { parentId: t.id, unitId: s.unit.id, fromUnitId: t.unit.id, title: s.title, deadline: s.deadline, reportExpected: s.reportExpected },
    });
    await taskChanged(tx, s);
  }
  await repo.insertNotifications(tx, 'task_new', created.map((s) => ({ unitId: s.unit.id, taskId: s.id })), now);
  // the parent's page shows its sub-tasks' progress
  await taskChanged(tx, t);
  return { created: ids.length > 0, detail: await viewTask(tx, actor, id, lang, now) };
}

export async function addReport(
  tx: Queryable, actor: Actor, id: number, body: ReportBody, lang: Lang, now: Date,
): Promise<{ created: boolean; detail: TaskDetail }> {
  const t = await requireTask(tx, actor, id, lang, true);
  const earlier = await repo.reportByClientId(tx, body.clientId);
  if (earlier?.taskId === t.id) return { created: false, detail: await viewTask(tx, actor, id, lang, now) };
  requireActing(actor, t, lang);

  const text = body.text.trim();
  const { files, errors } = checkAttachments(body.attachments ?? [], lang);
  if (!text) errors.unshift({ field: 'text', message: tmsg('textRequired', lang) });
  if (errors.length) throw new AppError('validation', errors[0]!.message, errors);

  const reportId = await repo.insertReport(tx, { taskId: t.id, kind: body.kind, text, clientId: body.clientId, createdBy: actor.id, at: now });
  // the same client id used meanwhile (or earlier, for another task): nothing more to do
  if (reportId === undefined) return { created: false, detail: await viewTask(tx, actor, id, lang, now) };
  const attachments = [];
  for (const f of files) attachments.push({ id: await repo.insertAttachment(tx, reportId, f), fileName: f.fileName, mimeType: f.mimeType, size: f.content.length });
  await repo.markReported(tx, t.id, body.kind, actor.id, now);
  await writeAudit(tx, {
    userId: actor.id, unitId: t.unit.id, action: 'create', entity: 'task_report', entityId: String(reportId), before: null,
    after: { taskId: t.id, kind: body.kind, text, attachments },
  });
  const status = body.kind === 'done' ? 'done' : 'in_progress';
  if (t.status !== status) {
    await writeAudit(tx, {
      userId: actor.id, unitId: t.unit.id, action: 'update', entity: 'task', entityId: String(t.id),
      before: { status: t.status }, after: { status, ...(status === 'done' ? { completedAt: now.toISOString() } : {}) },
    });
  }
  await taskChanged(tx, t);
  await parentChanged(tx, t);
  return { created: true, detail: await viewTask(tx, actor, id, lang, now) };
}

/** A report's file, for anyone who may see the task; each download is in the audit log. */
export async function downloadAttachment(tx: Queryable, actor: Actor, taskId: number, attachmentId: number, lang: Lang) {
  const t = await requireTask(tx, actor, taskId, lang);
  const a = await repo.findAttachment(tx, t.id, attachmentId);
  if (!a) throw notFound(lang);
  await writeAudit(tx, {
    userId: actor.id, unitId: t.unit.id, action: 'view', entity: 'task_attachment', entityId: String(a.id), before: null,
    after: { taskId: t.id, fileName: a.fileName },
  });
  return { fileName: a.fileName, mimeType: a.mimeType, content: Buffer.from(a.content) };
}

export async function overdueView(db: Queryable, actor: Actor, q: OverdueQuery, lang: Lang, now: Date): Promise<OverdueReply> {
  const unit = await requireUnitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  const counts = await taskCounts(db, unit, now);
  const items = await repo.overdueUnder(db, unit.path, now, q.limit ?? 50, q.offset ?? 0);
  const ancestors = (await ancestorUnits(db, unit)).filter((a) => inScope(actor, a));
  counts.byChild.sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.unit.code.localeCompare(b.unit.code));
  return {
    unit: toRef(unit),
    ancestors: ancestors.map(toRef),
    ...counts,
    overdueTasks: { total: counts.overdue, items: items.map((r) => present(r, now)) },
  };
}

export async function exportOverdue(db: Queryable, actor: Actor, q: OverdueQuery, lang: Lang, now: Date): Promise<Table> {
  const unit = await requireUnitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  const rows = await repo.overdueUnder(db, unit.path, now, 100_000);
  return {
    fileName: `nhiem-vu-qua-han-${unit.code}-${vietnamToday(now)}`,
    title: `${overdueTitle(lang)}: ${unit.fullName} (${vietnamDateTime(now)})`,
    sheetName: overdueTitle(lang),
    header: boardHeader(lang),
    rows: rows.map((r) => present(r, now)).map(taskRow(lang)),
  };
}
