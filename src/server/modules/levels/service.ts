import { mondayOf, vietnamToday } from '../../../domain/dates.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Lang } from '../../http/lang.ts';
import type { Actor } from '../auth/policy.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { assessWeek } from './assess.ts';
import { isMonday } from './decisions.ts';
import { lmsg } from './messages.ts';
import { levelHistory, levelOverview } from './overview.ts';
import type { HistoryRow, LevelOverview } from './schema.ts';

export function checkWeek(week: string, lang: Lang, field = 'week'): void {
  if (!isMonday(week)) {
    const message = lmsg('notMonday', lang);
    throw new AppError('validation', message, [{ field, message }]);
  }
}

export async function overviewFor(db: Queryable, actor: Actor, unitId: number, week: string | undefined, now: Date, lang: Lang): Promise<LevelOverview> {
  if (week !== undefined) checkWeek(week, lang);
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  return levelOverview(db, unit.id, week, { today: vietnamToday(now), lang });
}

export async function historyFor(db: Queryable, actor: Actor, unitId: number, weeks: number, now: Date, lang: Lang): Promise<HistoryRow[]> {
  const unit = await requireUnitInScope(db, actor, unitId, lang);
  return levelHistory(db, unit.id, weeks, vietnamToday(now));
}

/** On demand: any week up to the current one (a week under way is assessed on its days so far). */
export async function assessOnDemand(
  db: Db, actor: Actor, q: { week: string; unitId?: number | undefined }, now: Date, lang: Lang,
): Promise<{ week: string; units: number; ms: number }> {
  checkWeek(q.week, lang);
  const unit = await requireUnitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  if (q.week > mondayOf(vietnamToday(now))) {
    const message = lmsg('futureWeek', lang);
    throw new AppError('validation', message, [{ field: 'week', message }]);
  }
  const r = await assessWeek(db, { week: q.week, rootUnitId: unit.id, now, actorId: actor.id, lang });
  return { week: q.week, units: r.units, ms: r.ms };
}
