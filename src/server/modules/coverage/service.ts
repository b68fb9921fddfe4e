import { AGE_BANDS, AGE_GROUPS, BANDS_OF_GROUP, STAGES, type AgeGroup, type Stage } from '../../../domain/age-groups.ts';
import { DAILY_STAGES, byGapToTarget, difference, peopleToTarget, progressDeadline, share } from '../../../domain/coverage.ts';
import { vietnamDayStart, vietnamToday } from '../../../domain/dates.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Lang } from '../../http/lang.ts';
import type { Actor } from '../auth/policy.ts';
import { writeAudit } from '../audit/repository.ts';
import { childUnits, toRef, type UnitRow } from '../orgunits/repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { coverageMessage } from './messages.ts';
import * as repo from './repository.ts';
import { latestReported, upsertReported } from './reported.ts';
import type { CoverageFigure, CoverageReport, ProgressReport, Reconciliation, ReportedRow } from './schema.ts';

const SILENT_LIST_LIMIT = 200;
export const DEFAULT_TARGET = { share: 0.75, group: '18+' as AgeGroup, stage: 'primary' as Stage };

/** The unit and its children valid on the day (a commune has none). */
async function unitAndChildren(db: Db, actor: Actor, unitId: number, day: string, lang: Lang) {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  const children = unit.level < 3 ? await childUnits(db, unit.id, day) : [];
  return { unit, children, ids: [unit.id, ...children.map((c) => c.id)] };
}

const yearOf = (day: string) => Number(day.slice(0, 4));

function figuresOf(counts: repo.GroupCounts, eligible: repo.Eligible): CoverageFigure[] {
  return AGE_GROUPS.flatMap((group) =>
    STAGES.map((stage) => {
      const vaccinated = counts[group][stage];
      return { group, stage, vaccinated, eligible: eligible[group], share: share(vaccinated, eligible[group]) };
    }),
  );
}

export interface CoverageOptions {
  date?: string | undefined;
  target?: number | undefined;
  group?: AgeGroup | undefined;
  stage?: Stage | undefined;
}

export async function coverageReport(db: Db, actor: Actor, unitId: number, o: CoverageOptions, lang: Lang, now: Date): Promise<CoverageReport> {
  const date = o.date ?? vietnamToday(now);
  const target = { share: o.target ?? DEFAULT_TARGET.share, group: o.group ?? DEFAULT_TARGET.group, stage: o.stage ?? DEFAULT_TARGET.stage };
  const { unit, children, ids } = await unitAndChildren(db, actor, unitId, date, lang);
  const counts = await repo.coverageCounts(db, ids, date);
  const eligible = await repo.eligibleCounts(db, ids, yearOf(date));
  const notVaccinated = await repo.notVaccinatedCounts(db, unit.path);
  const figures = (id: number) => figuresOf(counts.get(id)!, eligible.get(id)!);
  return {
    unit: toRef(unit),
    date,
    target,
    figures: figures(unit.id),
    notVaccinated,
    children: children
      .map((c) => {
        const vaccinated = counts.get(c.id)![target.group][target.stage];
        const pop = eligible.get(c.id)![target.group];
        return { unit: toRef(c), figures: figures(c.id), vaccinated, eligible: pop, share: share(vaccinated, pop), gap: peopleToTarget(vaccinated, pop, target.share) };
      })
      .sort(byGapToTarget),
  };
}

type Doses = ProgressReport['doses'];

function dosesOf(rows: repo.DailyRow[]): Doses {
  const byStage = Object.fromEntries(DAILY_STAGES.map((s) => [s, 0])) as Doses['byStage'];
  const byBand = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Doses['byBand'];
  const cell = new Map<string, number>();
  for (const r of rows) {
    byStage[r.stage] += r.n;
    byBand[r.ageBand] += r.n;
    cell.set(`${r.stage}/${r.ageBand}`, (cell.get(`${r.stage}/${r.ageBand}`) ?? 0) + r.n);
  }
  const byGroup = AGE_GROUPS.flatMap((group) =>
    DAILY_STAGES.map((stage) => ({ group, stage, n: BANDS_OF_GROUP[group].reduce((t, b) => t + (cell.get(`${stage}/${b}`) ?? 0), 0) })),
  );
  return { total: rows.reduce((t, r) => t + r.n, 0), byStage, byBand, byGroup };
}

/** The daily progress report: doses given on the day, and the communes that entered nothing by the deadline. */
export async function progressReport(db: Db, actor: Actor, unitId: number, date: string | undefined, lang: Lang, now: Date): Promise<ProgressReport> {
  const day = date ?? vietnamToday(now);
  const { unit, children, ids } = await unitAndChildren(db, actor, unitId, day, lang);
  const deadline = progressDeadline(day);
  const rows = await repo.dailyCounts(db, ids, day);
  const silent = await repo.silentCommunes(db, unit, day, vietnamDayStart(day), deadline, SILENT_LIST_LIMIT);
  const ofUnit = (id: number) => dosesOf(rows.filter((r) => r.unitId === id));
  const completenessOf = (id: number) => silent.byChild.find((c) => c.child === id) ?? { communes: 0, silent: 0 };
  const communes = silent.byChild.reduce((t, c) => t + c.communes, 0);
  const silentTotal = silent.byChild.reduce((t, c) => t + c.silent, 0);
  return {
    unit: toRef(unit),
    date: day,
    deadline: deadline.toISOString(),
    final: now >= deadline,
    doses: ofUnit(unit.id),
    children: children.map((c) => {
      const { communes, silent } = completenessOf(c.id);
      return { unit: toRef(c), doses: ofUnit(c.id), communes, silent };
    }),
    completeness: { communes, silent: silentTotal, list: silent.list, truncated: silentTotal > silent.list.length },
  };
}

/** Stores figures reported by hand (a later report for the same unit, date, group and stage replaces it). */
export async function saveReported(db: Db, actor: Actor, rows: ReportedRow[], lang: Lang, now: Date): Promise<number> {
  const units = new Map<number, UnitRow>();
  for (const id of new Set(rows.map((r) => r.unitId))) units.set(id, await requireUnitInScope(db, actor, id, lang));
  const today = vietnamToday(now);
  const seen = new Map<string, number>();
  const problems = rows.flatMap((r, i) => {
    const row = i + 1;
    const errors: { field: string; message: string }[] = [];
    if (r.asOf > today) errors.push({ field: `rows/${i}/asOf`, message: coverageMessage('futureAsOf', lang, { row }) });
    if (r.eligible != null && r.vaccinated > r.eligible)
      errors.push({ field: `rows/${i}/vaccinated`, message: coverageMessage('eligibleBelowVaccinated', lang, { row, vaccinated: r.vaccinated, eligible: r.eligible }) });
    if (!r.source.trim()) errors.push({ field: `rows/${i}/source`, message: coverageMessage('sourceRequired', lang, { row }) });
    const key = `${r.unitId}/${r.asOf}/${r.ageGroup}/${r.stage}`;
    const other = seen.get(key);
    if (other) errors.push({ field: `rows/${i}`, message: coverageMessage('duplicateRow', lang, { row, other }) });
    seen.set(key, row);
    return errors.length ? [{ row, errors }] : [];
  });
  if (problems.length) throw new AppError('validation', problems[0]!.errors[0]!.message, problems.flatMap((p) => p.errors), problems);
  await db.transaction(async (tx) => {
    for (const r of rows) {
      await upsertReported(tx, r, actor.id);
      await writeAudit(tx, {
        userId: actor.id,
        unitId: r.unitId,
        action: 'import',
        entity: 'reported_coverage',
        entityId: `${r.unitId}/${r.asOf}/${r.ageGroup}/${r.stage}`,
        before: null,
        after: r,
      });
    }
  });
  return rows.length;
}

/** Register coverage beside the latest figures each unit reported by the date; disagreements first. */
export async function reconciliation(db: Db, actor: Actor, unitId: number, date: string | undefined, lang: Lang, now: Date): Promise<Reconciliation> {
  const day = date ?? vietnamToday(now);
  const { unit, children, ids } = await unitAndChildren(db, actor, unitId, day, lang);
  const reported = await latestReported(db, ids, day);
  const counts = await repo.coverageCounts(db, ids, day);
  const eligible = await repo.eligibleCounts(db, ids, yearOf(day));
  const byId = new Map([unit, ...children].map((u) => [u.id, u]));
  const rows = reported.map((r) => {
    const pop = { register: eligible.get(r.unitId)![r.ageGroup], reported: r.eligible };
    const vac = { register: counts.get(r.unitId)![r.ageGroup][r.stage], reported: r.vaccinated };
    const e = { ...pop, difference: difference(pop) };
    const v = { ...vac, difference: difference(vac) };
    return {
      unit: toRef(byId.get(r.unitId)!),
      ageGroup: r.ageGroup,
      stage: r.stage,
      asOf: r.asOf,
      source: r.source,
      eligible: e,
      vaccinated: v,
      agrees: !v.difference && !e.difference,
    };
  });
  rows.sort(
    (a, b) =>
      Number(a.agrees) - Number(b.agrees) ||
      Math.abs(b.vaccinated.difference ?? 0) - Math.abs(a.vaccinated.difference ?? 0) ||
      a.unit.code.localeCompare(b.unit.code),
  );
  const reportedUnits = new Set(reported.map((r) => r.unitId));
  return { unit: toRef(unit), date: day, rows, unreported: [unit, ...children].filter((u) => !reportedUnits.has(u.id)).map(toRef) };
}
