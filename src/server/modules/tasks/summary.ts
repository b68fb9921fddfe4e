/** Open, due-soon, overdue and done-late tasks under a unit, per child unit: the overdue roll-up. */
import { vietnamToday } from '../../../domain/dates.ts';
import type { Queryable } from '../../db/client.ts';
import type { UnitRef } from '../../http/common-schema.ts';
import { childUnits, toRef } from '../orgunits/repository.ts';
import { countsUnder, overdueUnder, type TaskRow } from './repository.ts';

export interface TaskCounts {
  open: number;
  dueSoon: number;
  overdue: number;
  doneLate: number;
}

export interface TaskSummary extends TaskCounts {
  /** each child unit of `unit`, counting the tasks of its whole subtree */
  byChild: ({ unit: UnitRef } & TaskCounts)[];
  /** oldest deadline first, at most `limit` */
  overdueTasks: { id: number; title: string; unit: UnitRef; deadline: string }[];
}

const zero = (): TaskCounts => ({ open: 0, dueSoon: 0, overdue: 0, doneLate: 0 });

function add(to: TaskCounts, c: TaskCounts): void {
  to.open += c.open;
  to.dueSoon += c.dueSoon;
  to.overdue += c.overdue;
  to.doneLate += c.doneLate;
}

/** Counts over the unit's subtree (the responsible unit in it) and per child unit, children of the day listed even with none. */
export async function taskCounts(db: Queryable, unit: { id: number; path: string }, now: Date): Promise<TaskCounts & { byChild: TaskSummary['byChild'] }> {
  const [rows, children] = await Promise.all([countsUnder(db, unit.path, now), childUnits(db, unit.id, vietnamToday(now))]);
  const total = zero();
  const perChild = new Map<number, TaskCounts>();
  for (const { child, ...c } of rows) {
    add(total, c);
    if (child !== null) perChild.set(child, c);
  }
  return { ...total, byChild: children.map((u) => ({ unit: toRef(u), ...(perChild.get(u.id) ?? zero()) })) };
}

export const overdueItem = (t: TaskRow) => ({ id: t.id, title: t.title, unit: t.unit, deadline: t.deadline.toISOString() });

export async function taskSummary(db: Queryable, unit: { id: number; path: string }, now: Date, limit = 50): Promise<TaskSummary> {
  const [counts, overdue] = await Promise.all([taskCounts(db, unit, now), overdueUnder(db, unit.path, now, limit)]);
  return { ...counts, overdueTasks: overdue.map(overdueItem) };
}
