import {
  ARCHIVE_LINE, closingOf, cleanLines, conferenceNoticeTitle, conferenceOpening, distinctIds, issuingBodyOf, noticeProblems, noticeYear, placeOf,
} from '../../../domain/notice.ts';
import { deadlineState } from '../../../domain/task-deadline.ts';
import { vietnamToday } from '../../../domain/dates.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import type { Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { requireConferenceVisible } from '../conferences/scope.ts';
import { findUnit, toRef, type UnitRow } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { createNoticeTasks } from '../tasks/from-notice.ts';
import { nmsg, problemMessage } from './messages.ts';
import * as repo from './repository.ts';
import type { NewNotice, Notice, NoticeChange, NoticeListItem, NoticeQuery, NoticeStatus, NoticeTask, NoticeTemplate, TaskCounts, VersionRef } from './schema.ts';

const LIST_LIMIT = 1000;
const notFound = (lang: Lang) => new AppError('not_found', msg('notFound', lang));
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const mayWrite = (actor: Actor) => actor.role === 'officer' || actor.role === 'admin';

const statusOf = (s: 'draft' | 'issued', superseded: boolean): NoticeStatus => (s === 'draft' ? 'draft' : superseded ? 'superseded' : 'issued');
const versionRef = (v: repo.VersionRow): VersionRef => ({ id: v.id, version: v.version, number: v.number, issuedOn: v.issuedOn, status: statusOf(v.status, v.superseded) });

/** A notice the actor may read; 404 otherwise. */
async function requireVisible(db: Queryable, actor: Actor, id: number, lang: Lang, forUpdate = false): Promise<repo.NoticeRow> {
  const n = await repo.findNotice(db, id, forUpdate);
  if (!n || !(await repo.noticeVisible(db, id, actor.unitPath))) throw notFound(lang);
  return n;
}

/** A notice the actor may change: its issuing unit in scope (a reader elsewhere gets 403). */
async function requireWritable(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<repo.NoticeRow> {
  const n = await requireVisible(tx, actor, id, lang, true);
  if (!inScope(actor, { path: n.unitPath })) throw new AppError('forbidden', msg('forbidden', lang));
  return n;
}

const issuedConflict = (lang: Lang) => new AppError('conflict', nmsg('issued', lang));

function fail(fields: FieldError[]): never {
  throw new AppError('validation', fields[0]!.message, fields);
}

interface Cleaned {
  fields: Omit<repo.NoticeFields, 'searchText'>;
  tasks: { text: string; unitIds: number[]; deadline: string | null; reportExpected: string }[];
}

function clean(input: NoticeChange): Cleaned {
  const number = input.number?.trim() || null;
  return {
    fields: {
      issuingUnitId: input.issuingUnitId,
      conferenceId: input.conferenceId ?? null,
      number,
      issuedOn: input.issuedOn ?? null,
      issuingBody: input.issuingBody.trim(),
      place: (input.place ?? '').trim(),
      title: input.title.trim(),
      body: (input.body ?? '').trim(),
      closing: (input.closing ?? '').trim(),
      recipients: cleanLines(input.recipients ?? []),
      signerTitle: (input.signerTitle ?? '').trim(),
      signerName: (input.signerName ?? '').trim(),
    },
    tasks: (input.tasks ?? []).map((t) => ({
      text: t.text.trim(), unitIds: distinctIds(t.unitIds), deadline: t.deadline?.trim() || null, reportExpected: t.reportExpected.trim(),
    })),
  };
}

/**
 * Every field problem at once: the domain checks, then the responsible units, which must lie
 * under the issuing unit (one outside the reader's scope is not named).
 */
async function check(db: Queryable, actor: Actor, c: Cleaned, issuing: UnitRow, forIssue: boolean, lang: Lang): Promise<void> {
  const fields = noticeProblems({ ...c.fields, tasks: c.tasks }, forIssue).map((p) => problemMessage(p, lang));
  const units = new Map((await repo.unitsByIds(db, c.tasks.flatMap((t) => t.unitIds))).map((u) => [u.id, u]));
  c.tasks.forEach((t, i) => {
    for (const id of t.unitIds) {
      const u = units.get(id);
      if (u && u.path.startsWith(issuing.path)) continue;
      const message = u && inScope(actor, u) ? nmsg('unitOutOfScope', lang, { n: i + 1, unit: u.fullName }) : nmsg('unknownUnit', lang, { n: i + 1 });
      fields.push({ field: `tasks.${i}.unitIds`, message });
      break;
    }
  });
  if (fields.length) fail(fields);
}

const searchText = (f: { number: string | null; title: string }) => foldVietnamese(`${f.number ?? ''} ${f.title}`);

const taskFields = (c: Cleaned): repo.TaskFields[] =>
  c.tasks.map((t, i) => ({ seq: i + 1, text: t.text, deadline: new Date(t.deadline!), reportExpected: t.reportExpected, unitIds: t.unitIds }));

async function checkConference(db: Queryable, actor: Actor, conferenceId: number | null, lang: Lang): Promise<void> {
  if (conferenceId !== null) await requireConferenceVisible(db, actor, conferenceId, lang);
}

function counts(progress: NoticeTask['progress']): TaskCounts {
  return {
    units: progress.length,
    acknowledged: progress.filter((p) => p.status === 'acknowledged' || p.status === 'in_progress' || p.status === 'done').length,
    done: progress.filter((p) => p.status === 'done').length,
    overdue: progress.filter((p) => p.state === 'overdue').length,
  };
}

/** The notice as its reader sees it: the live tasks limited to those in the reader's scope. */
export async function present(db: Queryable, actor: Actor, n: repo.NoticeRow, now: Date): Promise<Notice> {
  // one after another: `db` may be a transaction's single connection
  const unit = await findUnit(db, n.issuingUnitId);
  const tasks = await repo.noticeTasks(db, n.id);
  const chain = await repo.versionChain(db, n.id);
  const live = await repo.liveTasks(db, tasks.map((t) => t.id), actor.unitPath);
  const canEdit = mayWrite(actor) && inScope(actor, { path: n.unitPath });
  // a correction still in draft is the issuing unit's business only
  const versions = chain.filter((v) => v.status === 'issued' || v.id === n.id || inScope(actor, { path: n.unitPath }));
  const me = chain.find((v) => v.id === n.id)!;
  const pred = chain.find((v) => v.id === n.supersedesId);
  const succ = chain.find((v) => v.supersedesId === n.id && v.status === 'issued');
  return {
    id: n.id,
    issuingUnit: toRef(unit!),
    conference: n.conferenceId !== null ? { id: n.conferenceId, title: n.conferenceTitle ?? '' } : null,
    number: n.number,
    issuedOn: n.issuedOn,
    issuingBody: n.issuingBody,
    place: n.place,
    title: n.title,
    body: n.body,
    closing: n.closing,
    recipients: n.recipients,
    signerTitle: n.signerTitle,
    signerName: n.signerName,
    status: statusOf(n.status, me.superseded),
    version: n.version,
    supersedes: pred ? versionRef(pred) : null,
    supersededBy: succ ? versionRef(succ) : null,
    versions: versions.map(versionRef),
    issuedAt: iso(n.issuedAt),
    issuedBy: n.issuedByName,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    canEdit,
    tasks: tasks.map((t): NoticeTask => {
      const progress = live.filter((l) => l.noticeTaskId === t.id).map((l) => ({
        taskId: l.taskId,
        unit: toRef(l.unit),
        status: l.status,
        state: deadlineState({ status: l.status, deadline: new Date(l.deadline), completedAt: l.completedAt && new Date(l.completedAt) }, now),
        deadline: new Date(l.deadline).toISOString(),
        acknowledgedAt: l.acknowledgedAt && new Date(l.acknowledgedAt).toISOString(),
        completedAt: l.completedAt && new Date(l.completedAt).toISOString(),
      }));
      return {
        id: t.id, seq: t.seq, text: t.text, deadline: t.deadline.toISOString(), reportExpected: t.reportExpected,
        units: t.units.map(toRef), progress, counts: counts(progress),
      };
    }),
  };
}

export async function getNotice(db: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<Notice> {
  return present(db, actor, await requireVisible(db, actor, id, lang), now);
}

export async function createNotice(tx: Queryable, actor: Actor, input: NewNotice, lang: Lang, now: Date): Promise<Notice> {
  if (input.clientId) {
    const existing = await repo.noticeByClientId(tx, input.clientId);
    if (existing !== undefined) return getNotice(tx, actor, existing, lang, now);
  }
  const unit = await requireUnitInScope(tx, actor, input.issuingUnitId, lang);
  const c = clean(input);
  await checkConference(tx, actor, c.fields.conferenceId, lang);
  await check(tx, actor, c, unit, false, lang);
  const id = await repo.insertNotice(tx, {
    ...c.fields, searchText: searchText(c.fields), version: 1, supersedesId: null, clientId: input.clientId ?? null, createdBy: actor.id, now,
  });
  // a concurrent retry inserted it first
  if (id === undefined) return getNotice(tx, actor, (await repo.noticeByClientId(tx, input.clientId!))!, lang, now);
  const tasks = taskFields(c);
  await repo.replaceTasks(tx, id, tasks);
  await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: 'create', entity: 'notice', entityId: String(id), before: null, after: { ...c.fields, tasks } });
  return getNotice(tx, actor, id, lang, now);
}

export async function changeNotice(tx: Queryable, actor: Actor, id: number, input: NoticeChange, lang: Lang, now: Date): Promise<Notice> {
  const before = await requireWritable(tx, actor, id, lang);
  if (before.status !== 'draft') throw issuedConflict(lang);
  const unit = await requireUnitInScope(tx, actor, input.issuingUnitId, lang);
  if (before.supersedesId !== null && unit.id !== before.issuingUnitId) {
    const message = nmsg('correctionUnit', lang);
    fail([{ field: 'issuingUnitId', message }]);
  }
  const c = clean(input);
  if (c.fields.conferenceId !== before.conferenceId) await checkConference(tx, actor, c.fields.conferenceId, lang);
  await check(tx, actor, c, unit, false, lang);
  const oldTasks = await repo.noticeTasks(tx, id);
  const tasks = taskFields(c);
  await repo.updateNotice(tx, id, { ...c.fields, searchText: searchText(c.fields) }, now);
  await repo.replaceTasks(tx, id, tasks);
  await writeAudit(tx, {
    userId: actor.id, unitId: unit.id, action: 'update', entity: 'notice', entityId: String(id),
    before: { ...snapshot(before), tasks: oldTasks.map((t) => ({ seq: t.seq, text: t.text, deadline: t.deadline, reportExpected: t.reportExpected, unitIds: t.units.map((u) => u.id) })) },
    after: { ...c.fields, tasks },
  });
  return getNotice(tx, actor, id, lang, now);
}

const snapshot = (n: repo.NoticeRow) => ({
  issuingUnitId: n.issuingUnitId, conferenceId: n.conferenceId, number: n.number, issuedOn: n.issuedOn, issuingBody: n.issuingBody,
  place: n.place, title: n.title, body: n.body, closing: n.closing, recipients: n.recipients, signerTitle: n.signerTitle, signerName: n.signerName,
});

export async function deleteDraft(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<void> {
  const n = await requireWritable(tx, actor, id, lang);
  if (n.status !== 'draft') throw issuedConflict(lang);
  await repo.deleteNotice(tx, id);
  await writeAudit(tx, { userId: actor.id, unitId: n.issuingUnitId, action: 'delete', entity: 'notice', entityId: String(id), before: snapshot(n), after: null });
}

/**
 * Issues a draft: it needs its number and date, the number free for the unit and year; the
 * tasks go to their units in the same transaction. Issuing a correction supersedes the notice
 * it corrects, whose tasks carry over.
 */
export async function issueNotice(tx: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<Notice> {
  const n = await requireWritable(tx, actor, id, lang);
  if (n.status !== 'draft') throw issuedConflict(lang);
  const unit = (await findUnit(tx, n.issuingUnitId))!;
  const tasks = await repo.noticeTasks(tx, id);
  const c: Cleaned = {
    fields: snapshot(n),
    tasks: tasks.map((t) => ({ text: t.text, unitIds: t.units.map((u) => u.id), deadline: t.deadline.toISOString(), reportExpected: t.reportExpected })),
  };
  await check(tx, actor, c, unit, true, lang);
  if (n.supersedesId !== null) {
    const other = await repo.successorOf(tx, n.supersedesId);
    if (other && other.id !== id) throw new AppError('conflict', nmsg('predecessorSuperseded', lang));
  }
  const year = noticeYear(n.issuedOn!);
  if (await repo.numberTaken(tx, { id, unitId: n.issuingUnitId, number: n.number!, year })) {
    const message = nmsg('numberTaken', lang, { number: n.number!, year });
    throw new AppError('conflict', message, [{ field: 'number', message }]);
  }
  await repo.markIssued(tx, id, actor.id, now);
  await createNoticeTasks(tx, actor, {
    noticeId: id,
    issuingUnitId: n.issuingUnitId,
    supersedesId: n.supersedesId,
    tasks: tasks.map((t) => ({ noticeTaskId: t.id, seq: t.seq, text: t.text, deadline: t.deadline, reportExpected: t.reportExpected, unitIds: t.units.map((u) => u.id) })),
  }, now);
  await writeAudit(tx, {
    userId: actor.id, unitId: n.issuingUnitId, action: 'issue', entity: 'notice', entityId: String(id),
    before: { status: 'draft' }, after: { status: 'issued', number: n.number, issuedOn: n.issuedOn, supersedes: n.supersedesId },
  });
  return getNotice(tx, actor, id, lang, now);
}

/**
 * A correction: a new draft version copying the notice and its tasks. Asked again while that
 * draft exists, it answers the same draft.
 */
export async function correctNotice(tx: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<Notice> {
  const n = await requireWritable(tx, actor, id, lang);
  if (n.status !== 'issued') throw new AppError('conflict', nmsg('notIssued', lang));
  const next = await repo.successorOf(tx, id);
  if (next?.status === 'draft') return getNotice(tx, actor, next.id, lang, now);
  if (next) throw new AppError('conflict', nmsg('superseded', lang, { number: next.number ?? '' }));
  const fields = snapshot(n);
  const newId = (await repo.insertNotice(tx, {
    ...fields, searchText: searchText(fields), version: n.version + 1, supersedesId: id, clientId: null, createdBy: actor.id, now,
  }))!;
  const tasks = (await repo.noticeTasks(tx, id)).map((t) => ({ seq: t.seq, text: t.text, deadline: t.deadline, reportExpected: t.reportExpected, unitIds: t.units.map((u) => u.id) }));
  await repo.replaceTasks(tx, newId, tasks);
  await writeAudit(tx, {
    userId: actor.id, unitId: n.issuingUnitId, action: 'correct', entity: 'notice', entityId: String(newId),
    before: null, after: { supersedes: id, version: n.version + 1 },
  });
  return getNotice(tx, actor, newId, lang, now);
}

export async function listNotices(db: Queryable, actor: Actor, q: NoticeQuery, lang: Lang): Promise<NoticeListItem[]> {
  const unit = await requireUnitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  const text = q.q ? foldVietnamese(q.q) : '';
  const rows = await repo.listNotices(db, { path: unit.path, status: q.status, year: q.year, text: text || undefined, limit: LIST_LIMIT });
  return rows.map((r) => ({
    id: r.id,
    issuingUnit: toRef(r.issuingUnit),
    number: r.number,
    issuedOn: r.issuedOn,
    title: r.title,
    status: statusOf(r.status, r.superseded),
    version: r.version,
    conferenceId: r.conferenceId,
    tasks: r.tasks,
    supersededBy: r.successorId !== null
      ? { id: r.successorId, version: r.successorVersion!, number: r.successorNumber, issuedOn: r.successorIssuedOn, status: 'issued' }
      : null,
    issuedAt: iso(r.issuedAt && new Date(r.issuedAt)),
    updatedAt: new Date(r.updatedAt).toISOString(),
  }));
}

/** What the editor starts a new notice with, for a unit or from a conference (its host issues it when in scope). */
export async function noticeTemplate(
  db: Queryable, actor: Actor, q: { unitId?: number | undefined; conferenceId?: number | undefined }, lang: Lang,
): Promise<NoticeTemplate> {
  let conference: repo.ConferenceBrief | undefined;
  if (q.conferenceId !== undefined) {
    await requireConferenceVisible(db, actor, q.conferenceId, lang);
    conference = (await repo.conferenceBrief(db, q.conferenceId))!;
  }
  const host = conference && (await findUnit(db, conference.hostUnitId));
  const unitId = q.unitId ?? (host && inScope(actor, host) ? host.id : actor.unit.id);
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  const chair = conference?.chairName ? { name: conference.chairName, title: conference.chairTitle ?? '' } : null;
  return {
    issuingUnit: toRef(unit),
    conference: conference ? { id: conference.id, title: conference.title } : null,
    issuingBody: issuingBodyOf(unit),
    place: placeOf(unit),
    title: conference ? conferenceNoticeTitle(conference.title, chair) : '',
    body: conference && host ? conferenceOpening(conference.title, vietnamToday(conference.startsAt), host) : '',
    closing: closingOf(unit),
    recipients: [ARCHIVE_LINE],
  };
}
