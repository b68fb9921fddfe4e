/**
 * The briefing pack: the host's situation (headline figures, children ranked, late reports,
 * tasks, vaccination behind) read from the dashboard and the task summary. Frozen into the
 * conference when it opens; before that it is computed live.
 */
import { addDays, vietnamToday } from '../../../domain/dates.ts';
import type { Db } from '../../db/client.ts';
import type { UnitRef } from '../../http/common-schema.ts';
import type { Lang } from '../../http/lang.ts';
import type { Actor } from '../auth/policy.ts';
import { unitsBehind } from '../campaigns/service.ts';
import { requireForm } from '../forms/service.ts';
import { dashboard } from '../rollups/service.ts';
import { taskSummary } from '../tasks/summary.ts';
import type { Briefing, Situation } from './schema.ts';

/** The daily situation report the dashboard shows by default (rollups/routes.ts). */
const DEFAULT_FORM = 'BCTH-NGAY';
const TREND_DAYS = 14;
const MAX_BEHIND = 20;
const MAX_OVERDUE = 50;

type Unit = UnitRef & { path: string };

/**
 * Everyone in a conference's room sees the situation of its host and of the questioned site,
 * even outside their own scope: the room, not the unit tree, grants it. The dashboard is read
 * as a viewer of that unit.
 */
const readerOf = (unit: Unit): Actor => ({
  id: 0, username: '', fullName: '', role: 'viewer', unit, unitPath: unit.path, csrfToken: '',
});

export async function buildBriefing(db: Db, unit: Unit, lang: Lang, now: Date, frozen: boolean): Promise<Briefing> {
  const reader = readerOf(unit);
  const form = await requireForm(db, DEFAULT_FORM, lang);
  const [d, tasks, behind] = await Promise.all([
    dashboard(db, reader, { form, unitId: unit.id }, lang, now),
    taskSummary(db, unit, now, MAX_OVERDUE),
    unitsBehind(db, reader, unit.id, lang, vietnamToday(now)),
  ]);
  const ranked = [...d.children].sort(
    (a, b) => b.figures.casesWeek - a.figures.casesWeek || b.figures.casesLast24h - a.figures.casesLast24h || a.unit.code.localeCompare(b.unit.code),
  );
  return {
    frozen,
    takenAt: now.toISOString(),
    date: d.date,
    form: d.form,
    indicators: form.indicators.map((i) => ({ code: i.code, nameVi: i.nameVi, nameEn: i.nameEn, kind: i.kind })),
    unit: d.unit,
    headline: d.headline,
    completeness: d.completeness,
    ranked,
    lateUnits: d.lateUnits,
    tasks,
    behind: behind.rows.slice(0, MAX_BEHIND).map((r) => ({
      unit: r.progress.unit,
      campaign: r.campaign.name,
      ageGroup: r.target.ageGroup,
      stage: r.target.stage,
      share: r.progress.share,
      targetShare: r.target.targetShare,
      dueDate: r.target.dueDate,
    })),
  };
}

/** One site's figures, last 14 days and open tasks, for the questioning panel. */
export async function siteSituation(db: Db, unit: Unit, lang: Lang, now: Date): Promise<Situation> {
  const form = await requireForm(db, DEFAULT_FORM, lang);
  const [d, tasks] = await Promise.all([
    dashboard(db, readerOf(unit), { form, unitId: unit.id }, lang, now),
    taskSummary(db, unit, now, MAX_OVERDUE),
  ]);
  const from = addDays(d.date, -(TREND_DAYS - 1));
  return {
    unit: d.unit,
    date: d.date,
    headline: d.headline,
    completeness: d.completeness,
    trend: d.trend.filter((p) => p.date >= from),
    expected: d.completeness.expected,
    tasks,
  };
}
