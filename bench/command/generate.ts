/**
 * The command part's data: 100,000 tasks down the chain (the nation's tasks for provinces, the
 * provinces' for districts, the districts' split for communes), a third of them open with
 * deadlines over the last 60 days and the next 14, so that many are overdue, due soon or done late.
 */
import type { Db } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';

export interface TasksGenerated {
  tasks: number;
  open: number;
  overdue: number;
  seconds: number;
}

/** Tasks per unit at each level: provinces, districts; communes take the rest of `total`. */
const PER_PROVINCE = 20;
const PER_DISTRICT = 30;

export async function generateTasks(db: Db, createdBy: number, total: number, now: Date): Promise<TasksGenerated> {
  const t0 = performance.now();
  await db.query(sql`select setseed(0.2021)`);
  const insert = (level: number, perUnit: number, limit: number | null) =>
    db.execute(sql`
      insert into task (unit_id, from_unit_id, title, deadline, status, acknowledged_at, completed_at, created_by, created_at)
      select unit_id, parent_id, 'Nhiệm vụ ' || n, deadline,
        case when done then 'done' when r < 0.4 then 'assigned' when r < 0.7 then 'acknowledged' else 'in_progress' end,
        case when done or r >= 0.4 then deadline - interval '5 days' end,
        case when done then deadline - interval '2 days' + (random() * interval '3 days') end,
        ${createdBy}, deadline - interval '7 days'
      from (
        select a.*, random() < case when a.deadline < ${now}::timestamptz then 0.7 else 0.2 end as done
        from (
          select o.id as unit_id, o.parent_id, g as n, random() as r,
            ${now}::timestamptz - interval '60 days' + random() * interval '74 days' as deadline
          from org_unit o cross join generate_series(1, ${perUnit}::int) g
          where o.level = ${level} and o.valid_to is null
          order by o.id, g
          limit ${limit}
        ) a
      ) x`);
  let n = await insert(1, PER_PROVINCE, null);
  n += await insert(2, PER_DISTRICT, null);
  const [{ communes }] = (await db.query<{ communes: number }>(sql`select count(*)::int as communes from org_unit where level = 3 and valid_to is null`)) as [{ communes: number }];
  const rest = Math.max(0, total - n);
  n += await insert(3, Math.ceil(rest / Math.max(1, communes)), rest);
  const [c] = await db.query<{ open: number; overdue: number }>(sql`
    select count(*) filter (where status not in ('done', 'cancelled'))::int as open,
      count(*) filter (where status not in ('done', 'cancelled') and deadline < ${now})::int as overdue
    from task`);
  return { tasks: n, open: c!.open, overdue: c!.overdue, seconds: (performance.now() - t0) / 1000 };
}
