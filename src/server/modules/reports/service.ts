import { contributionOf, difference, isZero } from '../../../domain/contribution.ts';
import { vietnamToday } from '../../../domain/dates.ts';
import { deadlineFor, timeliness } from '../../../domain/deadlines.ts';
import { checkRules, checkValues, cumulativeCodes, findOutliers, type Lang } from '../../../domain/validation.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import type { Values } from '../../http/common-schema.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findFormById } from '../forms/repository.ts';
import type { Form } from '../forms/schema.ts';
import { findUnit, toRef, type UnitRow } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import * as repo from './repository.ts';
import { addToRollups } from '../rollups/repository.ts';
import type { QueueItem, Report } from './schema.ts';

const pathIds = (path: string) => path.split('/').filter(Boolean).map(Number);

export function reportDeadline(form: Form, period: string): Date {
  return deadlineFor(period, form.deadlineTime, form.deadlineOffsetDays);
}

function present(form: Form, unit: UnitRow, period: string, row: repo.ReportRow | undefined, now: Date): Report {
  const deadline = reportDeadline(form, period);
  return {
    id: row?.id ?? null,
    form: form.code,
    unit: toRef(unit),
    period,
    status: row?.status ?? 'draft',
    values: row?.vals ?? {},
    deadline: deadline.toISOString(),
    timeliness: timeliness(deadline, row?.status === 'returned' || row?.status === 'draft' ? null : (row?.firstSubmittedAt ?? null), now),
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    reviewedAt: row?.reviewedAt?.toISOString() ?? null,
    reviewComment: row?.reviewComment ?? null,
  };
}

export async function getReport(db: Db, actor: Actor, form: Form, unitId: number, period: string, lang: Lang, now: Date) {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  const row = await repo.findReport(db, { formId: form.id, unitId, period });
  return present(form, unit, period, row, now);
}

/** The form's rules (errors and warnings) and outliers against the unit's last four weeks, for many reports at once. */
async function checkAgainstHistory(db: Queryable, form: Form, items: { key: repo.ReportKey; values: Values }[], lang: Lang) {
  const keys = items.map((i) => i.key);
  const [before, history] = await Promise.all([
    repo.cumulativeBefore(db, form.id, keys, cumulativeCodes(form.rules)),
    repo.recentValues(db, form.id, keys, 28),
  ]);
  return items.map(({ key, values }) => {
    const { errors, warnings } = checkRules(form.rules, values, before.get(repo.keyOf(key)) ?? {}, lang);
    return { errors, warnings: [...warnings, ...findOutliers(form.indicators, values, history.get(repo.keyOf(key)) ?? [], lang)] };
  });
}

export interface SaveInput {
  form: Form;
  unitId: number;
  period: string;
  /** as sent: checked here before use */
  values: Record<string, unknown>;
  submit: boolean;
}

/**
 * Saves a draft or submits. A submission updates the unit's and every ancestor's totals in
 * the same transaction, so the national total includes it once this returns. Saving the same
 * values again changes nothing (a retried request does not count twice).
 */
export async function saveReport(db: Db, actor: Actor, input: SaveInput, lang: Lang, now: Date) {
  return db.transaction((tx) => saveReportIn(tx, actor, input, lang, now));
}

/**
 * saveReport's checks and writes inside the caller's transaction `tx` (used by the bulk
 * imports so that many reports are applied, with their roll-ups and audit, all or none).
 */
export async function saveReportIn(tx: Queryable, actor: Actor, input: SaveInput, lang: Lang, now: Date) {
  const { form, period, submit } = input;
  const unit = await requireUnitInScope(tx, actor, input.unitId, lang);
  if (unit.level !== form.submitLevel) throw new AppError('forbidden', msg('wrongLevel', lang));
  if (period > vietnamToday(now)) throw new AppError('validation', msg('futurePeriod', lang), [{ field: 'period', message: msg('futurePeriod', lang) }]);
  if (period < form.startDate) throw new AppError('validation', msg('beforeStart', lang), [{ field: 'period', message: msg('beforeStart', lang) }]);
  const fieldErrors = checkValues(form.indicators, input.values, lang, submit);
  if (fieldErrors.length) throw new AppError('validation', msg('invalidValues', lang), fieldErrors);
  // a draft may leave fields blank: keep only what was entered
  const values = Object.fromEntries(Object.entries(input.values).filter(([, v]) => typeof v === 'number')) as Values;

  const key = { formId: form.id, unitId: unit.id, period };
  const old = await repo.findReport(tx, key, true);
  if (old?.status === 'approved') throw new AppError('conflict', msg('locked', lang));
  const counted = old && repo.COUNTED.includes(old.status);
  if (!submit && counted) throw new AppError('conflict', msg('locked', lang));
  // a draft is checked field by field only; the rules and the history apply when it is sent
  const { errors, warnings } = submit ? (await checkAgainstHistory(tx, form, [{ key, values }], lang))[0]! : { errors: [], warnings: [] };
  if (errors.length) throw new AppError('validation', msg('invalidValues', lang), errors);
  const status = submit ? 'submitted' : old?.status === 'returned' ? 'returned' : 'draft';
  const firstSubmittedAt = old?.firstSubmittedAt ?? (submit ? now : null);
  const next = {
    ...key,
    status,
    vals: values,
    firstSubmittedAt,
    submittedAt: submit ? now : (old?.submittedAt ?? null),
    onTime: firstSubmittedAt ? firstSubmittedAt <= reportDeadline(form, period) : null,
    userId: actor.id,
  } as const;
  const saved = await repo.upsertReport(tx, next);
  await writeAudit(tx, {
    userId: actor.id,
    unitId: unit.id,
    action: submit ? 'submit' : 'save_draft',
    entity: 'report',
    entityId: String(saved.id),
    before: old ? { status: old.status, values: old.vals } : null,
    after: { form: form.code, period, status, values },
  });
  // last before commit: every submission of the day adds to the same national row, so its lock is held briefly
  const change = difference(contributionOf(next), contributionOf(old));
  if (!isZero(change)) {
    await addToRollups(tx, { formId: form.id, unitIds: pathIds(unit.path), period, delta: change.values, reported: change.reported, onTime: change.onTime });
  }
  return { report: present(form, unit, period, saved, now), warnings };
}

/** The reviewer must sit above the unit, at the form's approval level or higher. */
async function reviewable(tx: Queryable, actor: Actor, id: number, lang: Lang) {
  const row = await repo.findReportById(tx, id, true);
  const unit = row ? await findUnit(tx, row.unitId) : undefined;
  const form = row ? await findFormById(tx, row.formId) : undefined;
  if (!row || !unit || !form || !inScope(actor, unit)) throw new AppError('not_found', msg('notFound', lang));
  if (unit.id === actor.unit.id || actor.unit.level > form.approveLevel) throw new AppError('forbidden', msg('forbidden', lang));
  if (row.status !== 'submitted') throw new AppError('conflict', msg('notSubmitted', lang));
  return { row, unit, form };
}

export async function reviewReport(
  db: Db,
  actor: Actor,
  id: number,
  decision: { approve: true } | { approve: false; comment: string },
  lang: Lang,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { row, unit, form } = await reviewable(tx, actor, id, lang);
    const status = decision.approve ? 'approved' : 'returned';
    const comment = decision.approve ? null : decision.comment;
    await repo.setReview(tx, id, { status, userId: actor.id, comment });
    if (!decision.approve) {
      // a returned report leaves the totals until it is corrected and sent again
      const change = difference(contributionOf(undefined), contributionOf(row));
      await addToRollups(tx, { formId: form.id, unitIds: pathIds(unit.path), period: row.period, delta: change.values, reported: change.reported, onTime: change.onTime });
    }
    await writeAudit(tx, {
      userId: actor.id,
      unitId: unit.id,
      action: decision.approve ? 'approve' : 'return',
      entity: 'report',
      entityId: String(id),
      before: { status: row.status },
      after: { status, comment },
    });
    return present(form, unit, row.period, await repo.findReportById(tx, id), now);
  });
}

export async function reviewQueue(db: Db, actor: Actor, form: Form, period: string | null, lang: Lang): Promise<QueueItem[]> {
  if (actor.unit.level > form.approveLevel) return [];
  const rows = await repo.reviewQueue(db, { formId: form.id, scopePath: actor.unitPath, excludeUnitId: actor.unit.id, period });
  const checked = await checkAgainstHistory(db, form, rows.map((r) => ({ key: r, values: r.vals })), lang);
  return rows.map((r, i) => ({
    id: r.id,
    unit: { id: r.unitId, code: r.unitCode, name: r.unitName, fullName: r.unitFullName, level: r.unitLevel },
    period: r.period,
    status: r.status,
    values: r.vals,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    onTime: r.onTime,
    warnings: checked[i]!.warnings,
  }));
}
