import { addDays, vietnamToday } from '../../../domain/dates.ts';
import { casesOf, computeFigures, countChildren, seriesStart, type DayTotal } from '../../../domain/figures.ts';
import { timeliness } from '../../../domain/deadlines.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import type { Form } from '../forms/schema.ts';
import { ancestorUnits, childUnits, findUnit, type UnitRow } from '../orgunits/repository.ts';
import { toRef } from '../orgunits/routes.ts';
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
  const from = seriesStart(date, start < addDays(date, -MAX_TREND_DAYS) ? addDays(date, -MAX_TREND_DAYS) : start);

  const children = unit.level < form.submitLevel ? await childUnits(db, unit.id, date) : [];
  const ids = [unit.id, ...children.map((c) => c.id)];
  const [rows, expected, ancestors, late] = await Promise.all([
    repo.rollupSeries(db, { formId: form.id, unitIds: ids, from, to: date }),
    repo.expectedCounts(db, ids, form.submitLevel, date),
    ancestorUnits(db, unit),
    repo.lateOrMissing(db, { formId: form.id, path: unit.path, level: form.submitLevel, date, limit: 200 }),
  ]);

  const byUnit = new Map<number, repo.RollupRow[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unitId);
    if (list) list.push(r);
    else byUnit.set(r.unitId, [r]);
  }
  const daysOf = (id: number): DayTotal[] => (byUnit.get(id) ?? []).map((r) => ({ date: r.period, values: r.vals }));
  const onDate = (id: number) => byUnit.get(id)?.find((r) => r.period === date);
  const figuresOf = (id: number) => computeFigures(daysOf(id), form.indicators, form.caseIndicators, date, start);

  const childRows = children.map((c: UnitRow) => ({
    unit: toRef(c),
    figures: figuresOf(c.id),
    completeness: completeness(expected.get(c.id) ?? 0, onDate(c.id)),
  }));
  const own = new Map((byUnit.get(unit.id) ?? []).map((r) => [r.period, r]));
  const trend: Dashboard['trend'] = [];
  for (let d = start < from ? from : start; d <= date; d = addDays(d, 1)) {
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
    completeness: completeness(expected.get(unit.id) ?? 0, onDate(unit.id)),
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
