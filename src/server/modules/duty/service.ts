import { addDays, daysBetween } from '../../../domain/dates.ts';
import {
  MAX_SHIFT_HOURS, daysSpan, describeGap, dutyPhone, formatSpan, onDutyAt, toMinute, upcomingGaps, weekStart,
} from '../../../domain/duty-roster.ts';
import type { FieldError } from '../../http/common-schema.ts';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { toRef } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { canEditDuty, requireDutyReadable, requireDutyWritable } from './access.ts';
import { dmsg } from './messages.ts';
import * as repo from './repository.ts';
import type {
  BoardReply, DutyQuery, DutyReply, Hotline, HotlineChange, NewHotline, NewShift, Shift, ShiftChange,
} from './schema.ts';

const DAY_MS = 86_400_000;
/** The longest roster one request reads or exports. */
export const MAX_RANGE_DAYS = 62;

const notFound = (lang: Lang) => new AppError('not_found', msg('notFound', lang));
const invalid = (fields: FieldError[]) => new AppError('validation', fields[0]!.message, fields);

export const presentShift = (s: repo.ShiftRow): Shift => ({
  id: s.id,
  unitId: s.unitId,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  leaderName: s.leaderName,
  leaderTitle: s.leaderTitle,
  phone: s.phone,
});

const presentHotline = (h: repo.HotlineRow): Hotline => ({ id: h.id, unitId: h.unitId, label: h.label, phone: h.phone, sortOrder: h.sortOrder });

/** The roster's days [from, to]: the current Monday-to-Sunday week unless asked. */
export function rosterDays(q: { from?: string | undefined; to?: string | undefined }, now: Date, lang: Lang): { from: string; to: string } {
  const from = q.from ?? weekStart(now);
  const to = q.to ?? addDays(from, 6);
  const days = daysBetween(from, to) + 1;
  if (days < 1 || days > MAX_RANGE_DAYS) {
    const message = dmsg('badRange', lang, { days: MAX_RANGE_DAYS });
    throw invalid([{ field: 'to', message }]);
  }
  return { from, to };
}

/** One unit: who is on duty now and next, the roster of the asked days, the hotlines and the next 7 days' gaps. */
export async function dutyOf(db: Queryable, actor: Actor, q: DutyQuery, lang: Lang, now: Date): Promise<DutyReply> {
  const unit = await requireDutyReadable(db, actor, q.unitId ?? actor.unit.id, lang);
  const { from, to } = rosterDays(q, now, lang);
  const span = daysSpan(from, to);
  const [shifts, coming, next, hotlines] = await Promise.all([
    repo.shiftsBetween(db, unit.id, span.start, span.end),
    repo.shiftsBetween(db, unit.id, now, new Date(now.getTime() + 7 * DAY_MS)),
    repo.nextShift(db, unit.id, now),
    repo.hotlines(db, unit.id),
  ]);
  const asIntervals = coming.map((s) => ({ ...s, start: s.startsAt, end: s.endsAt }));
  const current = onDutyAt(asIntervals, now);
  return {
    unit: toRef(unit),
    canEdit: canEditDuty(actor, unit),
    onDuty: current ? presentShift(current) : null,
    next: next ? presentShift(next) : null,
    from,
    to,
    shifts: shifts.map(presentShift),
    hotlines: hotlines.map(presentHotline),
    gaps: upcomingGaps(asIntervals, now).map((g) => ({ from: g.start.toISOString(), to: g.end.toISOString(), message: describeGap(g, lang) })),
  };
}

/** The "on duty now" board around a unit in scope: the units above, itself, beside and below. */
export async function dutyBoard(db: Queryable, actor: Actor, unitId: number | undefined, lang: Lang, now: Date, today: string): Promise<BoardReply> {
  const unit = await requireUnitInScope(db, actor, unitId ?? actor.unit.id, lang);
  const rows = await repo.board(db, unit, now, today);
  return {
    unit: toRef(unit),
    at: now.toISOString(),
    rows: rows.map((r) => ({
      unit: r.unit,
      relation: r.relation,
      onDuty:
        r.leaderName !== null && r.endsAt
          ? { leaderName: r.leaderName, leaderTitle: r.leaderTitle ?? '', phone: r.phone ?? '', endsAt: r.endsAt.toISOString() }
          : null,
      hotlines: r.hotlines,
    })),
  };
}

function phoneOf(raw: string, fields: FieldError[], lang: Lang): string {
  const phone = dutyPhone(raw);
  if (!phone) fields.push({ field: 'phone', message: dmsg('phone', lang) });
  return phone ?? raw;
}

/** The shift's fields, trimmed and to the minute; 422 naming each field that is wrong. */
export function checkShift(input: { startsAt: string; endsAt: string; leaderName: string; leaderTitle: string; phone: string }, lang: Lang): repo.ShiftFields {
  const fields: FieldError[] = [];
  const startsAt = toMinute(new Date(input.startsAt));
  const endsAt = toMinute(new Date(input.endsAt));
  const leaderName = input.leaderName.trim();
  if (!leaderName) fields.push({ field: 'leaderName', message: dmsg('leaderName', lang) });
  const phone = phoneOf(input.phone, fields, lang);
  if (endsAt <= startsAt) fields.push({ field: 'endsAt', message: dmsg('endBeforeStart', lang) });
  else if (endsAt.getTime() - startsAt.getTime() > MAX_SHIFT_HOURS * 3_600_000) {
    fields.push({ field: 'endsAt', message: dmsg('tooLong', lang, { hours: MAX_SHIFT_HOURS }) });
  }
  if (fields.length) throw invalid(fields);
  return { startsAt, endsAt, leaderName, leaderTitle: input.leaderTitle.trim(), phone };
}

/** 409 when the unit already has someone on duty for part of the shift. */
async function assertNoOverlap(tx: Queryable, unitId: number, s: repo.ShiftFields, exceptId: number | null, lang: Lang): Promise<void> {
  const clash = (await repo.shiftsBetween(tx, unitId, s.startsAt, s.endsAt)).find((o) => o.id !== exceptId);
  if (!clash) return;
  const message = dmsg('overlap', lang, { name: clash.leaderName, span: formatSpan({ start: clash.startsAt, end: clash.endsAt }) });
  throw new AppError('conflict', message, [{ field: 'startsAt', message }]);
}

const shiftAudit = (s: repo.ShiftFields) => ({
  startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), leaderName: s.leaderName, leaderTitle: s.leaderTitle, phone: s.phone,
});

export async function createShift(tx: Queryable, actor: Actor, input: NewShift, lang: Lang): Promise<Shift> {
  const unit = await requireDutyWritable(tx, actor, input.unitId, lang);
  if (input.clientId) {
    const again = await repo.shiftByClientId(tx, input.clientId);
    if (again) return presentShift(again);
  }
  const fields = checkShift({ ...input, leaderTitle: input.leaderTitle ?? '' }, lang);
  await repo.lockRoster(tx, unit.id);
  await assertNoOverlap(tx, unit.id, fields, null, lang);
  const id = await repo.insertShift(tx, { ...fields, unitId: unit.id, clientId: input.clientId ?? null, createdBy: actor.id });
  await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: 'create', entity: 'duty_shift', entityId: String(id), before: null, after: shiftAudit(fields) });
  return presentShift((await repo.findShift(tx, id))!);
}

async function requireShiftWritable(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<repo.ShiftRow> {
  const shift = await repo.findShift(tx, id);
  if (!shift) throw notFound(lang);
  await requireDutyWritable(tx, actor, shift.unitId, lang);
  return shift;
}

export async function changeShift(tx: Queryable, actor: Actor, id: number, change: ShiftChange, lang: Lang): Promise<Shift> {
  const before = await requireShiftWritable(tx, actor, id, lang);
  await repo.lockRoster(tx, before.unitId);
  const fields = checkShift(
    {
      startsAt: change.startsAt ?? before.startsAt.toISOString(),
      endsAt: change.endsAt ?? before.endsAt.toISOString(),
      leaderName: change.leaderName ?? before.leaderName,
      leaderTitle: change.leaderTitle ?? before.leaderTitle,
      phone: change.phone ?? before.phone,
    },
    lang,
  );
  await assertNoOverlap(tx, before.unitId, fields, id, lang);
  await repo.updateShift(tx, id, fields);
  await writeAudit(tx, {
    userId: actor.id, unitId: before.unitId, action: 'update', entity: 'duty_shift', entityId: String(id), before: shiftAudit(before), after: shiftAudit(fields),
  });
  return presentShift((await repo.findShift(tx, id))!);
}

export async function removeShift(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<void> {
  const before = await requireShiftWritable(tx, actor, id, lang);
  await repo.deleteShift(tx, id);
  await writeAudit(tx, { userId: actor.id, unitId: before.unitId, action: 'delete', entity: 'duty_shift', entityId: String(id), before: shiftAudit(before), after: null });
}

function checkHotline(input: { label: string; phone: string; sortOrder: number }, lang: Lang): repo.HotlineFields {
  const fields: FieldError[] = [];
  const label = input.label.trim();
  if (!label) fields.push({ field: 'label', message: dmsg('label', lang) });
  const phone = phoneOf(input.phone, fields, lang);
  if (fields.length) throw invalid(fields);
  return { label, phone, sortOrder: input.sortOrder };
}

export async function createHotline(tx: Queryable, actor: Actor, input: NewHotline, lang: Lang): Promise<Hotline> {
  const unit = await requireDutyWritable(tx, actor, input.unitId, lang);
  if (input.clientId) {
    const again = await repo.hotlineByClientId(tx, input.clientId);
    if (again) return presentHotline(again);
  }
  const fields = checkHotline({ ...input, sortOrder: input.sortOrder ?? 0 }, lang);
  const id = await repo.insertHotline(tx, { ...fields, unitId: unit.id, clientId: input.clientId ?? null, createdBy: actor.id });
  await writeAudit(tx, { userId: actor.id, unitId: unit.id, action: 'create', entity: 'hotline', entityId: String(id), before: null, after: fields });
  return presentHotline((await repo.findHotline(tx, id))!);
}

async function requireHotlineWritable(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<repo.HotlineRow> {
  const hotline = await repo.findHotline(tx, id);
  if (!hotline) throw notFound(lang);
  await requireDutyWritable(tx, actor, hotline.unitId, lang);
  return hotline;
}

export async function changeHotline(tx: Queryable, actor: Actor, id: number, change: HotlineChange, lang: Lang): Promise<Hotline> {
  const before = await requireHotlineWritable(tx, actor, id, lang);
  const old: repo.HotlineFields = { label: before.label, phone: before.phone, sortOrder: before.sortOrder };
  const fields = checkHotline({ ...old, ...change }, lang);
  await repo.updateHotline(tx, id, fields);
  await writeAudit(tx, { userId: actor.id, unitId: before.unitId, action: 'update', entity: 'hotline', entityId: String(id), before: old, after: fields });
  return presentHotline((await repo.findHotline(tx, id))!);
}

export async function removeHotline(tx: Queryable, actor: Actor, id: number, lang: Lang): Promise<void> {
  const before = await requireHotlineWritable(tx, actor, id, lang);
  await repo.deleteHotline(tx, id);
  await writeAudit(tx, {
    userId: actor.id, unitId: before.unitId, action: 'delete', entity: 'hotline', entityId: String(id),
    before: { label: before.label, phone: before.phone, sortOrder: before.sortOrder }, after: null,
  });
}
