import { createHash } from 'node:crypto';
import { daysBetween, isIsoDate, vietnamToday } from '../../../domain/dates.ts';
import {
  exchangeText,
  groupDataValues,
  parseSheet,
  PERIOD_KEY,
  sameValues,
  toDataValues,
  UNIT_KEY,
  valueCounts,
  type Conflict,
} from '../../../domain/exchange.ts';
import { checkValues, type Issue, type Lang } from '../../../domain/validation.ts';
import type { Db, Queryable } from '../../db/client.ts';
import type { Values } from '../../http/common-schema.ts';
import { AppError, type RowErrors } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findForm } from '../forms/repository.ts';
import type { Form } from '../forms/schema.ts';
import { findUnit, findUnitByCode, unitsAtLevel, type UnitRow } from '../orgunits/repository.ts';
import { COUNTED, findReport } from '../reports/repository.ts';
import { saveReportIn } from '../reports/service.ts';
import * as repo from './repository.ts';
import type { DataValueSetBody, ImportReply, ImportSummary } from './schema.ts';
import { readFirstSheet, templateXlsx } from './xlsx.ts';

export const MAX_ROWS = 20_000;
export const MAX_EXPORT_DAYS = 366;

/* ---------- Excel template ---------- */

export async function template(
  db: Db,
  actor: Actor,
  q: { form: Form; unitId: number | undefined; period: string | undefined },
  lang: Lang,
  now: Date,
): Promise<{ file: Buffer; filename: string }> {
  const unit = await findUnit(db, q.unitId ?? actor.unit.id);
  if (!unit || !inScope(actor, unit)) throw new AppError('not_found', msg('notFound', lang));
  const period = q.period ?? vietnamToday(now);
  if (!isIsoDate(period)) throw new AppError('bad_request', `${msg('badInput', lang)}: period`);
  const units = await unitsAtLevel(db, unit.path, q.form.submitLevel, period);
  const existing = await repo.reportsOn(db, { formId: q.form.id, unitIds: units.map((u) => u.id), period });
  return { file: await templateXlsx(q.form, units, period, existing, lang), filename: `${q.form.code}-${unit.code}-${period}.xlsx` };
}

/* ---------- the common import: check every report, apply all or none ---------- */

interface Candidate<R> {
  ref: R;
  unitCode: string | null;
  period: string | null;
  values: Record<string, unknown>;
  errors: Issue[];
}

interface Outcome<R> {
  failed: { ref: R; errors: Issue[] }[];
  warnings: { ref: R; issue: Issue }[];
  created: number;
  updated: number;
  unchanged: number;
  counts: { imported: number; updated: number; ignored: number };
}

/** Thrown out of the transaction to roll it back (a dry run, or a bad row) with the outcome. */
class Rollback<R> extends Error {
  constructor(readonly outcome: Outcome<R>) {
    super('rollback');
  }
}

/**
 * Checks each report (unit known, at the submit level, in scope; date; values; not approved)
 * and saves it with the same code as an API submission (roll-ups, audit), in one transaction.
 * With `merge`, a report missing some indicators keeps the unit's existing values for them.
 * Nothing is kept when any report is bad or on a dry run.
 */
async function applyAll<R>(
  db: Db,
  actor: Actor,
  form: Form,
  candidates: Candidate<R>[],
  opts: { merge: boolean; dryRun: boolean; lang: Lang; now: Date; audit: { source: string; hash: string } },
): Promise<Outcome<R>> {
  const { lang, now } = opts;
  const t = exchangeText(lang);
  const today = vietnamToday(now);
  const units = new Map<string, UnitRow | undefined>();
  const ready: (Candidate<R> & { unit: UnitRow; period: string })[] = [];
  for (const c of candidates) {
    let unit: UnitRow | undefined;
    if (c.unitCode) {
      const at = c.period ?? today;
      const k = `${c.unitCode}|${at}`;
      if (!units.has(k)) units.set(k, await findUnitByCode(db, c.unitCode, at));
      unit = units.get(k);
      if (!unit) c.errors.push({ field: UNIT_KEY, message: t.unitUnknown(c.unitCode) });
      else if (!inScope(actor, unit)) c.errors.push({ field: UNIT_KEY, message: t.unitOutOfScope(c.unitCode) });
      else if (unit.level !== form.submitLevel) c.errors.push({ field: UNIT_KEY, message: t.unitLevel(c.unitCode) });
    }
    if (c.period && c.period > today) c.errors.push({ field: PERIOD_KEY, message: msg('futurePeriod', lang) });
    if (c.period && c.period < form.startDate) c.errors.push({ field: PERIOD_KEY, message: msg('beforeStart', lang) });
    if (!opts.merge) c.errors.push(...checkValues(form.indicators, c.values, lang, true));
    if (!c.errors.length && unit && c.period) ready.push({ ...c, unit, period: c.period });
  }
  // earlier days first, so that a later day's cumulative checks see the file's earlier days
  ready.sort((a, b) => a.period.localeCompare(b.period) || a.unit.code.localeCompare(b.unit.code));

  const outcome: Outcome<R> = { failed: [], warnings: [], created: 0, updated: 0, unchanged: 0, counts: { imported: 0, updated: 0, ignored: 0 } };
  const run = async (tx: Queryable) => {
    for (const c of ready) {
      const old = await findReport(tx, { formId: form.id, unitId: c.unit.id, period: c.period });
      const counted = !!old && COUNTED.includes(old.status);
      const values = (opts.merge ? { ...(old?.vals ?? {}), ...c.values } : c.values) as Values;
      if (opts.merge) {
        const errors = checkValues(form.indicators, values, lang, true);
        if (errors.length) { c.errors.push(...errors); continue; }
      }
      const n = valueCounts(old ? { vals: old.vals, counted } : undefined, c.values as Values);
      if (counted && sameValues(old.vals, values)) {
        outcome.unchanged++;
        outcome.counts.ignored += Object.keys(c.values).length;
        continue;
      }
      if (old?.status === 'approved') { c.errors.push({ field: 'status', message: msg('locked', lang) }); continue; }
      try {
        const saved = await saveReportIn(tx, actor, { form, unitId: c.unit.id, period: c.period, values, submit: true }, lang, now);
        for (const w of saved.warnings) outcome.warnings.push({ ref: c.ref, issue: w });
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        c.errors.push(...(err.fields?.length ? err.fields : [{ field: 'report', message: err.message }]));
        continue;
      }
      if (old) outcome.updated++;
      else outcome.created++;
      outcome.counts.imported += n.imported;
      outcome.counts.updated += n.updated;
      outcome.counts.ignored += n.ignored;
    }
    outcome.failed = candidates.filter((c) => c.errors.length).map((c) => ({ ref: c.ref, errors: c.errors }));
    if (outcome.failed.length || opts.dryRun) throw new Rollback(outcome);
    await writeAudit(tx, {
      userId: actor.id,
      unitId: actor.unit.id,
      action: 'import',
      entity: 'import',
      entityId: opts.audit.hash,
      before: null,
      after: {
        form: form.code,
        source: opts.audit.source,
        reports: candidates.length,
        created: outcome.created,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
      },
    });
    return outcome;
  };
  try {
    return await db.transaction(run);
  } catch (err) {
    if (err instanceof Rollback) return err.outcome as Outcome<R>;
    throw err;
  }
}

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex').slice(0, 32);

/* ---------- Excel import ---------- */

export async function importXlsx(db: Db, actor: Actor, form: Form, body: unknown, dryRun: boolean, lang: Lang, now: Date): Promise<ImportReply> {
  if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError('bad_request', msg('badFile', lang));
  const sheet = await readFirstSheet(body);
  if (!sheet) throw new AppError('bad_request', msg('badFile', lang));
  const parsed = parseSheet(sheet, form.indicators, form.submitLevel, lang);
  if (!parsed.ok) throw new AppError('bad_request', `${msg('badFile', lang)}: ${parsed.message}`);
  if (parsed.rows.length > MAX_ROWS) throw new AppError('bad_request', exchangeText(lang).tooManyRows(MAX_ROWS));
  const candidates = parsed.rows.map((r) => ({ ref: r.row, unitCode: r.unitCode, period: r.period, values: r.values, errors: r.errors }));
  const out = await applyAll(db, actor, form, candidates, { merge: false, dryRun, lang, now, audit: { source: 'xlsx', hash: sha(body) } });
  if (out.failed.length) {
    const rows: RowErrors[] = out.failed.sort((a, b) => a.ref - b.ref).map((f) => ({ row: f.ref, errors: f.errors }));
    throw new AppError('validation', msg('importInvalid', lang), undefined, rows);
  }
  return {
    dryRun,
    rows: candidates.length,
    created: out.created,
    updated: out.updated,
    unchanged: out.unchanged,
    warnings: out.warnings.map((w) => ({ row: w.ref, field: w.issue.field, message: w.issue.message })),
  };
}

/* ---------- DHIS2 ---------- */

export async function exportDataValueSet(
  db: Db,
  actor: Actor,
  q: { form: Form; orgUnit: string; startDate: string; endDate: string },
  lang: Lang,
  now: Date,
) {
  const t = exchangeText(lang);
  for (const d of [q.startDate, q.endDate]) if (!isIsoDate(d)) throw new AppError('bad_request', `${msg('badInput', lang)}: ${d}`);
  if (q.startDate > q.endDate) throw new AppError('bad_request', t.rangeReversed);
  if (daysBetween(q.startDate, q.endDate) + 1 > MAX_EXPORT_DAYS) throw new AppError('bad_request', t.rangeTooLong(MAX_EXPORT_DAYS));
  const today = vietnamToday(now);
  const unit = await findUnitByCode(db, q.orgUnit, q.endDate < today ? q.endDate : today);
  if (!unit || !inScope(actor, unit)) throw new AppError('not_found', `${msg('notFound', lang)}: ${q.orgUnit}`);
  const reports = await repo.countedReports(db, { formId: q.form.id, path: unit.path, start: q.startDate, end: q.endDate });
  return { dataSet: q.form.code, dataValues: toDataValues(reports, q.form.indicators) };
}

export async function importDataValueSet(
  db: Db,
  actor: Actor,
  formCode: string | undefined,
  body: DataValueSetBody,
  dryRun: boolean,
  lang: Lang,
  now: Date,
): Promise<{ status: 200 | 409; summary: ImportSummary }> {
  const t = exchangeText(lang);
  const summary = (conflicts: Conflict[], warnings: Conflict[], counts = { imported: 0, updated: 0, ignored: 0 }) => {
    const status: ImportSummary['status'] = conflicts.length ? 'ERROR' : warnings.length ? 'WARNING' : 'SUCCESS';
    const description = conflicts.length ? msg('importInvalid', lang) : dryRun ? 'Dry run' : 'Import process completed successfully';
    return {
      status: conflicts.length ? (409 as const) : (200 as const),
      summary: { responseType: 'ImportSummary' as const, status, dryRun, description, importCount: { ...counts, deleted: 0 }, conflicts, warnings },
    };
  };
  const code = formCode ?? body.dataSet;
  if (!code) return summary([{ object: 'dataSet', value: t.dataSetMissing }], []);
  const form = await findForm(db, code);
  if (!form) return summary([{ object: code, value: t.dataSetUnknown(code) }], []);
  const { groups, conflicts } = groupDataValues(body, form.code, lang);
  if (conflicts.length) return summary(conflicts, []);
  const candidates = groups.map((g) => ({ ref: g, unitCode: g.orgUnit, period: g.period, values: g.values as Record<string, unknown>, errors: [] as Issue[] }));
  const out = await applyAll(db, actor, form, candidates, { merge: true, dryRun, lang, now, audit: { source: 'dhis2', hash: sha(JSON.stringify(body)) } });
  const where = (g: { orgUnit: string; period: string }) => `${g.orgUnit} / ${g.period.replace(/-/g, '')}`;
  const objectOf = (g: { orgUnit: string; period: string }, field: string) =>
    field === UNIT_KEY ? g.orgUnit : field === PERIOD_KEY ? g.period.replace(/-/g, '') : field === 'status' || field === 'report' ? where(g) : field;
  const failed = out.failed.flatMap((f) => f.errors.map((e) => ({ object: objectOf(f.ref, e.field), value: `${where(f.ref)}: ${e.message}` })));
  const warnings = out.warnings.map((w) => ({ object: objectOf(w.ref, w.issue.field), value: `${where(w.ref)}: ${w.issue.message}` }));
  return summary(failed, failed.length ? [] : warnings, failed.length ? undefined : out.counts);
}
