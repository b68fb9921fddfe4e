import { targetProgress } from '../../../domain/campaign-pace.ts';
import { addDays } from '../../../domain/dates.ts';
import { needsOf, type Need, type NeedTarget } from '../../../domain/vaccine-needs.ts';
import type { Queryable } from '../../db/client.ts';
import { coverageCounts, eligibleCounts } from '../coverage/repository.ts';
import { listIntervals, listProducts, type ProductRow } from '../vaccines/repository.ts';
import { unfinishedSeries } from './needs-repository.ts';
import { targetsCovering } from './repository.ts';

/**
 * Overdue targets stay active this many days after their due date: a target missed on 10/12
 * still needs its doses for a while, but old campaigns do not claim stock for ever.
 */
export const OVERDUE_DAYS = 30;

export interface UnitNeeds {
  /** per unit, what its doses are for and which products can serve each (see needsOf) */
  needs: Map<number, Need[]>;
  /** every vaccine product, by id */
  products: Map<number, ProductRow>;
}

/**
 * Doses each unit still needs to meet the active targets of the campaigns that cover it
 * (owned by the unit or a unit above), counted over its residents, by purpose.
 */
export async function unitNeeds(db: Queryable, units: { id: number; path: string }[], date: string): Promise<UnitNeeds> {
  const [productRows, targets] = await Promise.all([listProducts(db), units.length ? targetsCovering(db, units.map((u) => u.path), addDays(date, -OVERDUE_DAYS)) : []]);
  const out: UnitNeeds = { needs: new Map(units.map((u) => [u.id, []])), products: new Map(productRows.map((p) => [p.id, p])) };
  if (!targets.length) return out;
  const ids = units.map((u) => u.id);
  const [reached, eligible, intervals, unfinished] = await Promise.all([
    coverageCounts(db, ids, date),
    eligibleCounts(db, ids),
    listIntervals(db),
    targets.some((t) => t.stage === 'primary') ? unfinishedSeries(db, ids, date) : new Map<number, never>(),
  ]);
  const catalogue = { products: productRows, intervals };
  for (const u of units) {
    const mine: NeedTarget[] = targets.filter((t) => u.path.startsWith(t.unitPath)).map((t) => ({
      ageGroup: t.ageGroup,
      stage: t.stage,
      needed: targetProgress({ reached: 0, eligible: eligible.get(u.id)![t.ageGroup], targetShare: t.targetShare, dueDate: t.dueDate, lastDays: 0, today: date }).needed,
    }));
    out.needs.set(u.id, needsOf({ targets: mine, reached: reached.get(u.id)!, unfinished: unfinished.get(u.id) ?? {} }, catalogue, date));
  }
  return out;
}
