import { bulletinText } from '../../../domain/bulletin.ts';
import { addDays, vietnamToday } from '../../../domain/dates.ts';
import { casesOf, countChildren, figuresFrom, lastCaseDate, type DayTotal } from '../../../domain/figures.ts';
import { timeliness } from '../../../domain/deadlines.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import type { Form } from '../forms/schema.ts';
import { ancestorUnits, childUnits, findUnit, toRef, type UnitRow } from '../orgunits/repository.ts';
import { reportDeadline } from '../reports/service.ts';
import * as repo from './repository.ts';
import type { Completeness, Dashboard } from './schema.ts';

const MAX_TREND_DAYS = 366;

export interface DashboardInput {
  form: Form;
  unitId: number;
  date?: string | undefined;
  start?: string | undefined;
}

function completeness(expected: number, row: repo.RollupRow | undefined): Completeness {
  const reported = row?.nReported ?? 0;
  const onTime = row?.nOnTime ?? 0;
  return { expected, reported, onTime, late: reported - onTime, missing: Math.max(0, expected - reported) };
}

/** Everything the command dashboard shows for a unit on a date, read from the live totals. */
export async function dashboard(db: Db, actor: Actor, input: DashboardInput, lang: Lang, now: Date): Promise<Dashboard> {
  const { form } = input;
  const unit = await findUnit(db, input.unitId);
  if (!unit || !inScope(actor, unit)) throw new AppError('not_found', msg('notFound', lang));
  const date = input.date ?? vietnamToday(now);
  const start = input.start && input.start <= date ? input.start : form.startDate;
  const trendFrom = start < addDays(date, -MAX_TREND_DAYS) ? addDays(date, -MAX_TREND_DAYS) : start;
  const recentFrom = addDays(date, -13);

  const children = unit.level < form.submitLevel ? await childUnits(db, unit.id, date) : [];
  const ids = [unit.id, ...children.map((c) => c.id)];
  const flowCodes = form.indicators.filter((i) => i.kind === 'flow').map((i) => i.code);
  const [recent, trendRows, totals, expected, ancestors, late] = await Promise.all([
    repo.rollupSeries(db, { formId: form.id, unitIds: ids, from: recentFrom, to: date }),
    repo.rollupSeries(db, { formId: form.id, unitIds: [unit.id], from: trendFrom, to: date }),
    repo.totalsSince(db, { formId: form.id, unitIds: ids, start, date, flowCodes }),
    repo.expectedCounts(db, ids, form.submitLevel, date),
    ancestorUnits(db, unit),
    // communes one by one for a province or a district; the nation reads completeness per province
    unit.level >= 1
      ? repo.lateOrMissing(db, { formId: form.id, path: unit.path, level: form.submitLevel, date, limit: 200 })
      : Promise.resolve([]),
  ]);

  const byUnit = new Map<number, DayTotal[]>();
  const onDate = new Map<number, repo.RollupRow>();
  for (const r of recent) {
    const list = byUnit.get(r.unitId) ?? [];
    list.push({ date: r.period, values: r.vals });
    byUnit.set(r.unitId, list);
    if (r.period === date) onDate.set(r.unitId, r);
  }
  const sinceStart = new Map(totals.map((t) => [t.unitId, t.sinceStart]));
  // the last case is usually among the two weeks already read; look further back only when not
  const recentCase = new Map(ids.map((id) => [id, lastCaseDate(byUnit.get(id) ?? [], form.caseIndicators, date)]));
  const quiet = ids.filter((id) => recentCase.get(id) === null);
  const olderCase = await repo.lastCaseDates(db, { formId: form.id, unitIds: quiet, date: recentFrom, caseCodes: form.caseIndicators });
  const figuresOf = (id: number) =>
    figuresFrom(
      byUnit.get(id) ?? [],
      { sinceStart: sinceStart.get(id) ?? {}, lastCaseDate: recentCase.get(id) ?? olderCase.get(id) ?? null },
      form.indicators,
      form.caseIndicators,
      date,
    );

  const childRows = children.map((c: UnitRow) => ({
    unit: toRef(c),
    figures: figuresOf(c.id),
    completeness: completeness(expected.get(c.id) ?? 0, onDate.get(c.id)),
  }));
  const own = new Map(trendRows.map((r) => [r.period, r]));
  const trend: Dashboard['trend'] = [];
  for (let d = trendFrom; d <= date; d = addDays(d, 1)) {
    const r = own.get(d);
    trend.push({ date: d, values: r?.vals ?? {}, cases: casesOf(r?.vals ?? {}, form.caseIndicators), reported: r?.nReported ?? 0 });
  }
  const deadline = reportDeadline(form, date);
  return {
    unit: toRef(unit),
    ancestors: ancestors.filter((a) => inScope(actor, a)).map(toRef),
    form: { code: form.code, nameVi: form.nameVi, nameEn: form.nameEn },
    date,
    start,
    deadline: deadline.toISOString(),
    headline: figuresOf(unit.id),
    completeness: completeness(expected.get(unit.id) ?? 0, onDate.get(unit.id)),
    trend,
    children: childRows,
    counts: countChildren(childRows.map((c) => c.figures)),
    lateUnits: late.map((l) => {
      const counted = l.status === 'submitted' || l.status === 'approved';
      const t = timeliness(deadline, counted ? l.firstSubmittedAt : null, now);
      return {
        unit: { id: l.id, code: l.code, name: l.name, fullName: l.fullName, level: l.level },
        parentName: l.parentName,
        timeliness: t === 'on_time' ? 'pending' : t,
        submittedAt: counted ? (l.firstSubmittedAt?.toISOString() ?? null) : null,
      };
    }),
  };
}

/** The daily bulletin text of the dashboard's unit and date. */
export function bulletin(form: Form, d: Dashboard, lang: Lang): { title: string; text: string } {
  return bulletinText({
    lang,
    unitName: d.unit.fullName,
    date: d.date,
    start: d.start,
    deadlineTime: form.deadlineTime,
    headline: d.headline,
    children: d.children.map((c) => ({ name: c.unit.name, cases: c.figures.casesLast24h })),
    reported: d.completeness.reported,
    expected: d.completeness.expected,
    onTime: d.completeness.onTime,
  });
}
