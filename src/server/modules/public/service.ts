/**
 * The public portal's figures: aggregated figures of units only, read through the same
 * functions as the command centre's screens, small counts suppressed. No access check: every
 * unit is public; replies are cached by the routes.
 */
import { AGE_GROUPS, STAGES } from '../../../domain/age-groups.ts';
import { share } from '../../../domain/coverage.ts';
import { mondayOf, vietnamToday } from '../../../domain/dates.ts';
import { appliesAt, count, derived, isSmall, smallCountLabel, type SmallCountRule } from '../../../domain/small-counts.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import * as coverageRepo from '../coverage/repository.ts';
import { requireForm } from '../forms/service.ts';
import { childUnits, findUnit, type UnitRow } from '../orgunits/repository.ts';
import { defaultWeek, levelOverview } from '../levels/overview.ts';
import type { LevelCell } from '../levels/schema.ts';
import { bulletin, dashboard } from '../rollups/service.ts';
import { publicCell } from './level-cells.ts';
import { publicMessage } from './messages.ts';
import * as repo from './repository.ts';
import type {
  BoundaryCollection,
  CoverageShare,
  PublicCoverage,
  PublicCoverageFigure,
  PublicLevels,
  PublicOverview,
  Suppression,
  UnitLevel,
} from './schema.ts';
import { publicReader, toPublicUnit } from './units.ts';

export const SITUATION_FORM = 'BCTH-NGAY';
const TREND_DAYS = 60;

export interface PublicContext {
  db: Db;
  rule: SmallCountRule;
  lang: Lang;
  now: Date;
}

const notFound = (c: PublicContext) => new AppError('not_found', msg('notFound', c.lang));
const round = (x: number | null, digits = 2) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

async function nation(c: PublicContext): Promise<UnitRow> {
  const id = await repo.nationUnitId(c.db);
  const unit = id === undefined ? undefined : await findUnit(c.db, id);
  if (!unit) throw notFound(c);
  return unit;
}

export async function requireUnit(c: PublicContext, unitId: number | undefined): Promise<UnitRow> {
  if (unitId === undefined) return nation(c);
  const unit = await findUnit(c.db, unitId);
  if (!unit) throw notFound(c);
  return unit;
}

export function suppression(rule: SmallCountRule, level: number): Suppression {
  return { below: rule.below, fromLevel: rule.fromLevel, applies: appliesAt(rule, level), label: smallCountLabel(rule) };
}

/** The week asked for (a Monday), else the unit's latest assessed week up to the last whole week. */
export async function weekOf(c: PublicContext, unitId: number, asked: string | undefined): Promise<string> {
  if (asked === undefined) return defaultWeek(c.db, unitId, vietnamToday(c.now));
  if (mondayOf(asked) !== asked) {
    const message = publicMessage('notMonday', c.lang, { value: asked });
    throw new AppError('validation', message, [{ field: 'week', message }]);
  }
  return asked;
}

function coverageShare(rule: SmallCountRule, level: number, vaccinated: number, eligible: number | null): CoverageShare {
  const s = share(vaccinated, eligible);
  return { vaccinated: count(rule, level, vaccinated), eligible, percent: s === null ? null : derived(rule, level, vaccinated, round(s * 100)) };
}

async function unitLevel(c: PublicContext, unit: UnitRow): Promise<UnitLevel | null> {
  const ov = await levelOverview(c.db, unit.id, await weekOf(c, unit.id, undefined), { lang: c.lang });
  if (!ov.own) return null;
  const { cell, ruleSet, measures } = ov.own;
  if (cell.level === null || cell.computed === null) return null;
  const shown = publicCell(cell, c.rule);
  return {
    week: ov.week,
    weekEnd: ov.weekEnd,
    level: cell.level,
    computed: cell.computed,
    previous: cell.previous,
    decision: cell.decision
      ? { decisionNo: cell.decision.decisionNo, decisionDate: cell.decision.decisionDate, decidedBy: toPublicUnit(cell.decision.decidedBy) }
      : null,
    ruleSet: { code: ruleSet.code, name: ruleSet.name, source: ruleSet.source },
    caseRate: shown.caseRate,
    fullCoverage: shown.fullCoverage,
    measures,
  };
}

/** Headline figures, bulletin, trend, level and coverage of a unit (the nation when unitId is left out). */
export async function overview(c: PublicContext, unitId: number | undefined, date: string | undefined): Promise<PublicOverview> {
  const unit = await requireUnit(c, unitId);
  const form = await requireForm(c.db, SITUATION_FORM, c.lang);
  const d = await dashboard(c.db, publicReader(await nation(c)), { form, unitId: unit.id, date }, c.lang, c.now);
  const n = (x: number | undefined) => count(c.rule, unit.level, x ?? 0);
  const { last24h, cumulative } = d.headline;
  const day = d.date;
  const year = Number(day.slice(0, 4));
  const [groups, eligible, level] = await Promise.all([
    coverageRepo.coverageCounts(c.db, [unit.id], day),
    coverageRepo.eligibleCounts(c.db, [unit.id], year),
    unitLevel(c, unit),
  ]);
  const g = groups.get(unit.id)!;
  const e = eligible.get(unit.id)!;
  // the bulletin names child units with their new cases: a small count is left out of the list
  const childLevel = unit.level + 1;
  const listed = { ...d, children: d.children.filter((ch) => !isSmall(c.rule, childLevel, ch.figures.casesLast24h)) };
  return {
    unit: toPublicUnit(d.unit),
    parents: d.ancestors.map(toPublicUnit),
    children: d.children.map((ch) => toPublicUnit(ch.unit)),
    date: day,
    start: d.start,
    headline: {
      last24h: { community: n(last24h.f0_community), quarantined: n(last24h.f0_quarantined), total: n(d.headline.casesLast24h) },
      last7Days: n(d.headline.casesWeek),
      previous7Days: n(d.headline.casesPrevWeek),
      cumulative: {
        cases: n((cumulative.f0_community ?? 0) + (cumulative.f0_quarantined ?? 0)),
        deaths: n(cumulative.deaths),
        recovered: n(cumulative.recovered),
      },
      inHospital: n(last24h.hospital_current),
      daysSinceLastCase: d.headline.daysSinceLastCase,
    },
    bulletin: unit.level <= 1 ? bulletin(form, listed, c.lang) : null,
    trend: d.trend.slice(-TREND_DAYS).map((t) => ({
      date: t.date,
      community: n(t.values.f0_community),
      quarantined: n(t.values.f0_quarantined),
      deaths: n(t.values.deaths),
    })),
    level,
    coverage: {
      adultDose1: coverageShare(c.rule, unit.level, g['18+'].dose1, e['18+']),
      populationFull: coverageShare(c.rule, unit.level, g.all.primary, e.all),
      booster: coverageShare(c.rule, unit.level, g.all.booster, e.all),
    },
    suppression: suppression(c.rule, unit.level),
    generatedAt: c.now.toISOString(),
  };
}

/** The children's levels in effect for a week, with the week-on-week comparison. */
export async function levels(c: PublicContext, unitId: number, askedWeek: string | undefined): Promise<PublicLevels> {
  const unit = await requireUnit(c, unitId);
  const ov = await levelOverview(c.db, unit.id, await weekOf(c, unit.id, askedWeek), { lang: c.lang });
  const withBoundary = await repo.boundaryCount(c.db, ov.children.map((ch) => ch.unit.id));
  const cell = (x: LevelCell) => publicCell(x, c.rule);
  return {
    unit: toPublicUnit(unit),
    week: ov.week,
    weekEnd: ov.weekEnd,
    own: ov.own && ov.own.cell.level !== null ? cell(ov.own.cell) : null,
    itemLevel: unit.level + 1,
    counts: ov.counts,
    children: ov.children.map(cell),
    movedUp: ov.movedUp.map(cell),
    movedDown: ov.movedDown.map(cell),
    quiet: ov.quiet.map(toPublicUnit),
    map: ov.children.length > 0 && withBoundary === ov.children.length ? 'geojson' : 'tiles',
    suppression: suppression(c.rule, unit.level + 1),
    generatedAt: c.now.toISOString(),
  };
}

/** The children's boundaries as GeoJSON; 404 when none is loaded. */
export async function boundaries(c: PublicContext, unitId: number): Promise<BoundaryCollection> {
  const unit = await requireUnit(c, unitId);
  const children = await childUnits(c.db, unit.id, vietnamToday(c.now));
  const rows = await repo.boundariesOf(c.db, children.map((ch) => ch.id));
  if (!rows.length) throw new AppError('not_found', publicMessage('noBoundaries', c.lang));
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({ type: 'Feature', properties: { code: r.code, name: r.name, unitId: r.unitId }, geometry: r.geometry })),
  };
}

export interface CoverageRows {
  unit: UnitRow;
  children: UnitRow[];
  date: string;
  figures: (u: UnitRow) => PublicCoverageFigure[];
}

/** Register coverage by age group and stage of the unit and its children, as of today. */
export async function coverageRows(c: PublicContext, unitId: number | undefined): Promise<CoverageRows> {
  const unit = await requireUnit(c, unitId);
  const date = vietnamToday(c.now);
  const children = unit.level < 3 ? await childUnits(c.db, unit.id, date) : [];
  const ids = [unit.id, ...children.map((ch) => ch.id)];
  const [counts, eligible] = await Promise.all([
    coverageRepo.coverageCounts(c.db, ids, date),
    coverageRepo.eligibleCounts(c.db, ids, Number(date.slice(0, 4))),
  ]);
  const figures = (u: UnitRow) =>
    AGE_GROUPS.flatMap((group) =>
      STAGES.map((stage) => ({ group, stage, ...coverageShare(c.rule, u.level, counts.get(u.id)![group][stage], eligible.get(u.id)![group]) })),
    );
  return { unit, children, date, figures };
}

export async function coverage(c: PublicContext, unitId: number): Promise<PublicCoverage> {
  const r = await coverageRows(c, unitId);
  return {
    unit: toPublicUnit(r.unit),
    date: r.date,
    figures: r.figures(r.unit),
    children: r.children.map((ch) => ({ unit: toPublicUnit(ch), figures: r.figures(ch) })),
    suppression: suppression(c.rule, r.children.length ? r.unit.level + 1 : r.unit.level),
    generatedAt: c.now.toISOString(),
  };
}
