import { badLevels, checkInStatus, levelsBelow, mayCascadeFrom, rollCallTotals, toMinute, type RollCall } from '../../../domain/conference.ts';
import { addDays, vietnamDayStart, vietnamToday } from '../../../domain/dates.ts';
import type { Db, Queryable } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { publish } from '../../realtime/events.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnit, toRef } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { buildBriefing, siteSituation } from './briefing.ts';
import { cmsg } from './messages.ts';
import * as repo from './repository.ts';
import type {
  AddSites, Attendee, AttendeesInput, Briefing, CascadeInput, Conference, ConferenceChange, ConferenceSummary, NewConference, Room, Site, Situation,
} from './schema.ts';
import { conferenceVisible } from './scope.ts';
import { videoLink } from './video-link.ts';

const notFound = (lang: Lang) => new AppError('not_found', msg('notFound', lang));
const forbidden = (lang: Lang) => new AppError('forbidden', msg('forbidden', lang));
const invalid = (fields: FieldError[]) => new AppError('validation', fields[0]!.message, fields);
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

const MANAGERS = ['admin', 'officer'];
const WRITERS = ['admin', 'officer', 'clerk'];

/** Officers and administrators of the host unit or a unit above it run the conference. */
const canManage = (actor: Actor, c: repo.ConferenceRow) => MANAGERS.includes(actor.role) && inScope(actor, { path: c.hostPath });

export const presentSummary = (c: repo.ConferenceRow): ConferenceSummary => ({
  id: c.id,
  title: c.title,
  host: c.host,
  parentId: c.parentId,
  startsAt: iso(c.startsAt)!,
  endsAt: iso(c.endsAt),
  status: c.status,
  siteCount: c.siteCount,
});

const present = (c: repo.ConferenceRow, counts: Partial<Record<RollCall, number>>): Conference => {
  const totals = rollCallTotals(counts);
  return {
    ...presentSummary(c),
    siteCount: totals.total,
    agenda: c.agenda,
    joinUrl: c.joinUrl,
    openedAt: iso(c.openedAt),
    closedAt: iso(c.closedAt),
    questionedUnitId: c.questionedUnitId,
    createdAt: iso(c.createdAt)!,
    totals,
  };
};

const presentSite = (s: repo.SiteRow): Site => ({ ...s, rollCallAt: iso(s.rollCallAt) });

/** The conference when the user may see it (404 otherwise). */
async function requireVisible(db: Queryable, actor: Actor, id: number, lang: Lang, forUpdate = false): Promise<repo.ConferenceRow> {
  const c = await repo.findConference(db, id, { forUpdate });
  if (!c) throw notFound(lang);
  if (!inScope(actor, { path: c.hostPath }) && !(await conferenceVisible(db, actor, id))) throw notFound(lang);
  return c;
}

/** Visible, run by the user (403 otherwise) and not closed (409). */
async function requireManaged(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<repo.ConferenceRow> {
  const c = await requireVisible(tx, actor, id, lang, true);
  if (!canManage(actor, c)) throw forbidden(lang);
  if (c.status === 'closed') throw new AppError('conflict', cmsg('closed', lang));
  return c;
}

async function presentOne(db: Queryable, id: number): Promise<Conference> {
  const [c, counts] = await Promise.all([repo.findConference(db, id), repo.rollCallCounts(db, id)]);
  return present(c!, counts);
}

interface Times {
  startsAt: Date;
  endsAt: Date | null;
}

function checkTimes(t: Times, lang: Lang): FieldError[] {
  return t.endsAt && t.endsAt <= t.startsAt ? [{ field: 'endsAt', message: cmsg('endsBeforeStart', lang) }] : [];
}

/** The joining units: levels under the host, and units picked one by one, each in the user's scope. */
async function checkSites(db: Queryable, actor: Actor, host: { level: number }, s: AddSites, lang: Lang): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  if (badLevels(host.level, s.levels ?? []).length) fields.push({ field: 'levels', message: cmsg('badLevels', lang) });
  const ids = [...new Set(s.unitIds ?? [])];
  const found = await repo.unitsByIds(db, ids);
  const outside = ids.length - found.filter((u) => inScope(actor, u)).length;
  if (outside) fields.push({ field: 'unitIds', message: cmsg('unitsOutOfScope', lang, { n: outside }) });
  return fields;
}

const linkFor = (config: Pick<Config, 'conferenceLinkPattern'>, id: number, joinUrl: string | null | undefined) =>
  joinUrl === undefined ? videoLink(config.conferenceLinkPattern, { id }) : joinUrl;

interface CreateInput extends NewConference {
  parentId?: number;
}

/**
 * A conference with its sites: all units at the chosen levels under the host and the units picked,
 * added in one statement (a national conference has some 11,000 sites). A retry with the same
 * clientId returns the conference made the first time.
 */
export async function createConference(
  tx: Queryable, actor: Actor, input: CreateInput, lang: Lang, now: Date, config: Pick<Config, 'conferenceLinkPattern'>,
): Promise<Conference> {
  if (input.clientId) {
    const id = await repo.conferenceByClientId(tx, input.clientId);
    if (id !== undefined) return presentOne(tx, (await requireVisible(tx, actor, id, lang)).id);
  }
  const host = await requireUnitInScope(tx, actor, input.hostUnitId ?? actor.unit.id, lang);
  const times = { startsAt: toMinute(new Date(input.startsAt)), endsAt: input.endsAt ? toMinute(new Date(input.endsAt)) : null };
  const fields = [...checkTimes(times, lang), ...(await checkSites(tx, actor, host, input, lang))];
  if (fields.length) throw invalid(fields);
  const row: repo.NewConferenceRow = {
    hostUnitId: host.id,
    parentId: input.parentId ?? null,
    title: input.title.trim(),
    ...times,
    agenda: input.agenda ?? '',
    joinUrl: input.joinUrl ?? null,
    clientId: input.clientId ?? null,
    createdBy: actor.id,
  };
  const id = await repo.insertConference(tx, row);
  if (id === undefined) return presentOne(tx, (await repo.conferenceByClientId(tx, input.clientId!))!);
  const joinUrl = linkFor(config, id, input.joinUrl);
  if (joinUrl !== row.joinUrl) await repo.setJoinUrl(tx, id, joinUrl);
  const levels = input.levels ?? [];
  const unitIds = input.unitIds ?? [];
  const sites = await repo.insertSites(tx, { conferenceId: id, hostId: host.id, hostPath: host.path, levels, unitIds, date: vietnamToday(now) });
  await writeAudit(tx, {
    userId: actor.id, unitId: host.id, action: 'create', entity: 'conference', entityId: String(id), before: null,
    after: { title: row.title, parentId: row.parentId, startsAt: times.startsAt, endsAt: times.endsAt, joinUrl, levels, unitIds, sites },
  });
  if (row.parentId) await publish(tx, { type: 'conference', id: row.parentId });
  return presentOne(tx, id);
}

/** A follow-on conference of a site (province, district) with its subtree pre-filled, linked to the parent. */
export async function cascadeConference(
  tx: Queryable, actor: Actor, parentId: number, input: CascadeInput, lang: Lang, now: Date, config: Pick<Config, 'conferenceLinkPattern'>,
): Promise<Conference> {
  const parent = await requireVisible(tx, actor, parentId, lang);
  if (input.clientId) {
    const id = await repo.conferenceByClientId(tx, input.clientId);
    if (id !== undefined) return presentOne(tx, (await requireVisible(tx, actor, id, lang)).id);
  }
  const unit = await requireUnitInScope(tx, actor, input.unitId ?? actor.unit.id, lang);
  if (!(await repo.findSite(tx, parentId, unit.id))) throw invalid([{ field: 'unitId', message: cmsg('notSite', lang) }]);
  if (!mayCascadeFrom(unit.level) || unit.id === parent.host.id) throw invalid([{ field: 'unitId', message: cmsg('cannotCascade', lang) }]);
  const existing = await repo.cascadedFrom(tx, parentId, unit.id);
  if (existing !== undefined) throw new AppError('conflict', cmsg('alreadyCascaded', lang, { id: existing }));
  const startsAt = input.startsAt ?? iso(parent.endsAt) ?? iso(parent.startsAt)!;
  return createConference(tx, actor, {
    clientId: input.clientId,
    hostUnitId: unit.id,
    parentId,
    title: input.title ?? parent.title,
    startsAt,
    endsAt: input.endsAt ?? null,
    agenda: input.agenda ?? parent.agenda,
    joinUrl: input.joinUrl,
    levels: input.levels ?? levelsBelow(unit.level),
  }, lang, now, config);
}

export async function listConferences(db: Queryable, actor: Actor, q: { from?: string | undefined; to?: string | undefined }, now: Date): Promise<ConferenceSummary[]> {
  const today = vietnamToday(now);
  const from = q.from ?? addDays(today, -31);
  const to = q.to ?? addDays(today, 62);
  const rows = await repo.listVisible(db, actor.unitPath, vietnamDayStart(from), vietnamDayStart(addDays(to, 1)));
  return rows.map(presentSummary);
}

/** The room: the conference, every site with its roll-call and attendees, its parent and follow-on conferences. */
export async function conferenceRoom(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<Room> {
  const c = await requireVisible(db, actor, id, lang);
  const [sites, attendees, children, parent] = await Promise.all([
    repo.listSites(db, id),
    repo.listAttendees(db, id),
    repo.childConferences(db, id, actor.unitPath),
    c.parentId ? repo.findConference(db, c.parentId) : Promise.resolve(undefined),
  ]);
  const counts: Partial<Record<RollCall, number>> = {};
  for (const s of sites) counts[s.rollCall] = (counts[s.rollCall] ?? 0) + 1;
  const ownSite = sites.find((s) => s.unitId === actor.unit.id);
  const open = c.status !== 'closed';
  const cascaded = children.some((k) => k.host.id === actor.unit.id);
  const isHost = actor.unit.id === c.host.id;
  return {
    conference: present(c, counts),
    sites: sites.map((s) => presentSite(s)),
    attendees,
    parent: parent && (await conferenceVisible(db, actor, parent.id)) ? presentSummary(parent) : null,
    children: children.map(presentSummary),
    can: {
      manage: open && canManage(actor, c),
      checkIn: open && ownSite && WRITERS.includes(actor.role) ? actor.unit.id : null,
      cascadeFrom: ownSite && !isHost && !cascaded && MANAGERS.includes(actor.role) && mayCascadeFrom(actor.unit.level) ? actor.unit : null,
    },
  };
}

export async function changeConference(
  tx: Queryable, actor: Actor, id: number, change: ConferenceChange, lang: Lang,
): Promise<Conference> {
  const c = await requireManaged(tx, actor, id, lang);
  const before: repo.ConferenceFields = { title: c.title, startsAt: c.startsAt, endsAt: c.endsAt, agenda: c.agenda, joinUrl: c.joinUrl };
  const next: repo.ConferenceFields = {
    title: change.title?.trim() ?? c.title,
    startsAt: change.startsAt ? toMinute(new Date(change.startsAt)) : c.startsAt,
    endsAt: change.endsAt === undefined ? c.endsAt : change.endsAt ? toMinute(new Date(change.endsAt)) : null,
    agenda: change.agenda ?? c.agenda,
    joinUrl: change.joinUrl === undefined ? c.joinUrl : change.joinUrl,
  };
  const fields = checkTimes(next, lang);
  if (fields.length) throw invalid(fields);
  await repo.updateConference(tx, id, next);
  await writeAudit(tx, { userId: actor.id, unitId: c.host.id, action: 'update', entity: 'conference', entityId: String(id), before, after: next });
  await publish(tx, { type: 'conference', id });
  return presentOne(tx, id);
}

export async function addSites(tx: Queryable, actor: Actor, id: number, input: AddSites, lang: Lang, now: Date): Promise<Conference> {
  const c = await requireManaged(tx, actor, id, lang);
  const fields = await checkSites(tx, actor, c.host, input, lang);
  if (fields.length) throw invalid(fields);
  const added = await repo.insertSites(tx, {
    conferenceId: id, hostId: c.host.id, hostPath: c.hostPath, levels: input.levels ?? [], unitIds: input.unitIds ?? [], date: vietnamToday(now),
  });
  await writeAudit(tx, {
    userId: actor.id, unitId: c.host.id, action: 'add_sites', entity: 'conference', entityId: String(id), before: null,
    after: { levels: input.levels ?? [], unitIds: input.unitIds ?? [], added },
  });
  await publish(tx, { type: 'conference', id });
  return presentOne(tx, id);
}

export async function removeSite(tx: Queryable, actor: Actor, id: number, unitId: number, lang: Lang): Promise<void> {
  const c = await requireManaged(tx, actor, id, lang);
  if (unitId === c.host.id) throw new AppError('conflict', cmsg('hostSite', lang));
  const site = await repo.findSite(tx, id, unitId, true);
  if (!site) throw notFound(lang);
  await repo.deleteSite(tx, id, unitId);
  await writeAudit(tx, {
    userId: actor.id, unitId: c.host.id, action: 'remove_site', entity: 'conference', entityId: String(id),
    before: { unitId, rollCall: site.rollCall }, after: null,
  });
  await publish(tx, { type: 'conference', id });
}

/**
 * Roll-call of one site. The host's officers set any status; the users of a site's own unit
 * check it in, which records 'connected', or 'late' more than 10 minutes after the start.
 */
export async function setRollCall(
  tx: Queryable, actor: Actor, conferenceId: number, unitId: number, rollCall: RollCall, lang: Lang, now: Date,
): Promise<Site> {
  const c = await requireVisible(tx, actor, conferenceId, lang);
  const site = await repo.findSite(tx, conferenceId, unitId, true);
  if (!site) throw notFound(lang);
  let status: RollCall;
  if (canManage(actor, c)) status = rollCall;
  else if (actor.unit.id === unitId && WRITERS.includes(actor.role) && (rollCall === 'connected' || rollCall === 'late')) status = checkInStatus(c.startsAt, now);
  else throw forbidden(lang);
  if (c.status === 'closed') throw new AppError('conflict', cmsg('closed', lang));
  const marked = status === 'pending' ? { at: null, by: null } : { at: now, by: actor.id };
  await repo.setRollCall(tx, { conferenceId, unitId, rollCall: status, ...marked });
  await writeAudit(tx, {
    userId: actor.id, unitId, action: 'roll_call', entity: 'conference', entityId: String(conferenceId),
    before: { unitId, rollCall: site.rollCall }, after: { unitId, rollCall: status },
  });
  await publish(tx, { type: 'conference', id: conferenceId });
  return presentSite((await repo.findSite(tx, conferenceId, unitId))!);
}

/** A site's attendees, replaced as a whole: by the host's officers or the site's own unit. */
export async function setAttendees(tx: Queryable, actor: Actor, id: number, unitId: number, input: AttendeesInput, lang: Lang): Promise<Attendee[]> {
  const c = await requireVisible(tx, actor, id, lang);
  const site = await repo.findSite(tx, id, unitId, true);
  if (!site) throw notFound(lang);
  if (!canManage(actor, c) && !(actor.unit.id === unitId && WRITERS.includes(actor.role))) throw forbidden(lang);
  if (c.status === 'closed') throw new AppError('conflict', cmsg('closed', lang));
  const before = await repo.listAttendees(tx, id, unitId);
  const list = input.attendees.map((a) => ({ fullName: a.fullName.trim(), title: a.title?.trim() ?? '', role: a.role }));
  await repo.replaceAttendees(tx, id, unitId, list);
  await writeAudit(tx, {
    userId: actor.id, unitId, action: 'attendees', entity: 'conference', entityId: String(id),
    before: before.map(({ fullName, title, role }) => ({ fullName, title, role })), after: list,
  });
  await publish(tx, { type: 'conference', id });
  return repo.listAttendees(tx, id, unitId);
}

/**
 * Opens the conference and freezes what was known then: the briefing is read first (outside the
 * write, it reads much) and stored with the status change.
 */
export async function openConference(db: Db, actor: Actor, id: number, lang: Lang, now: Date): Promise<Conference> {
  const c = await requireVisible(db, actor, id, lang);
  if (!canManage(actor, c)) throw forbidden(lang);
  const briefing = await buildBriefing(db, { ...c.host, path: c.hostPath }, lang, now, true);
  return db.transaction(async (tx) => {
    const locked = await requireManaged(tx, actor, id, lang);
    if (locked.status !== 'scheduled') throw new AppError('conflict', cmsg('alreadyOpen', lang));
    await repo.markOpen(tx, id, now, briefing);
    await writeAudit(tx, {
      userId: actor.id, unitId: c.host.id, action: 'open', entity: 'conference', entityId: String(id),
      before: { status: locked.status }, after: { status: 'open', briefingTakenAt: briefing.takenAt },
    });
    await publish(tx, { type: 'conference', id });
    return presentOne(tx, id);
  });
}

export async function closeConference(tx: Queryable, actor: Actor, id: number, lang: Lang, now: Date): Promise<Conference> {
  const c = await requireManaged(tx, actor, id, lang);
  if (c.status !== 'open') throw new AppError('conflict', cmsg('notOpen', lang));
  await repo.markClosed(tx, id, now);
  await writeAudit(tx, {
    userId: actor.id, unitId: c.host.id, action: 'close', entity: 'conference', entityId: String(id),
    before: { status: c.status }, after: { status: 'closed' },
  });
  await publish(tx, { type: 'conference', id });
  return presentOne(tx, id);
}

/** The site the chair questions now (null: none); every open room shows its situation at once. */
export async function setQuestioned(tx: Queryable, actor: Actor, id: number, unitId: number | null, lang: Lang): Promise<Conference> {
  const c = await requireManaged(tx, actor, id, lang);
  if (c.status !== 'open') throw new AppError('conflict', cmsg('notOpen', lang));
  if (unitId !== null && !(await repo.findSite(tx, id, unitId))) throw invalid([{ field: 'unitId', message: cmsg('notSite', lang) }]);
  await repo.setQuestioned(tx, id, unitId);
  await writeAudit(tx, {
    userId: actor.id, unitId: c.host.id, action: 'question', entity: 'conference', entityId: String(id),
    before: { unitId: c.questionedUnitId }, after: { unitId },
  });
  await publish(tx, { type: 'conference', id });
  return presentOne(tx, id);
}

/** A site's situation (figures, 14-day trend, open tasks), for everyone in the room. */
export async function situation(db: Db, actor: Actor, id: number, unitId: number, lang: Lang, now: Date): Promise<Situation> {
  await requireVisible(db, actor, id, lang);
  const [site, unit] = await Promise.all([repo.findSite(db, id, unitId), findUnit(db, unitId)]);
  if (!site || !unit) throw notFound(lang);
  return siteSituation(db, { ...toRef(unit), path: unit.path }, lang, now);
}

/** The frozen briefing of an opened conference; before it opens, the figures now (marked not frozen). */
export async function briefing(db: Db, actor: Actor, id: number, lang: Lang, now: Date): Promise<{ conference: repo.ConferenceRow; briefing: Briefing }> {
  const c = await requireVisible(db, actor, id, lang);
  const frozen = (await repo.readBriefing(db, id)) as Briefing | null;
  return { conference: c, briefing: frozen ?? (await buildBriefing(db, { ...c.host, path: c.hostPath }, lang, now, false)) };
}

export async function siteList(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<{ conference: repo.ConferenceRow; sites: Site[] }> {
  const c = await requireVisible(db, actor, id, lang);
  return { conference: c, sites: (await repo.listSites(db, id)).map((s) => presentSite(s)) };
}
