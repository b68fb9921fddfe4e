/** The tasks an issued notice of conclusions gives each responsible unit (and a correction carries over). */
import type { Queryable } from '../../db/client.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { taskChanged } from './events.ts';
import * as repo from './repository.ts';

export interface IssuedNoticeTasks {
  noticeId: number;
  issuingUnitId: number;
  supersedesId: number | null;
  tasks: { noticeTaskId: number; seq: number; text: string; deadline: Date; reportExpected: string; unitIds: number[] }[];
}

const key = (seq: number, unitId: number) => `${seq}:${unitId}`;

/**
 * Called by the notices service inside the issuing transaction. One task per (notice task, unit),
 * from_unit = issuing unit. For a correction (supersedesId set), the superseded notice's tasks
 * matched by (seq, unit) are carried over (notice_task_id, title, deadline, report_expected
 * updated; status, reports and sub-tasks kept); unmatched old tasks are cancelled with their
 * sub-tasks; new ones created. Audits, publishes task events, and notifies each new task's unit.
 */
export async function createNoticeTasks(tx: Queryable, actor: Actor, n: IssuedNoticeTasks, now: Date): Promise<void> {
  const old = new Map<string, repo.SupersededTask>();
  if (n.supersedesId !== null) for (const t of await repo.noticeTopTasks(tx, n.supersedesId)) old.set(key(t.seq, t.unitId), t);
  // issuing twice must not give a unit the same task twice
  const existing = new Set((await repo.noticeTopTasks(tx, n.noticeId)).map((t) => key(t.seq, t.unitId)));

  const fresh: repo.NewTaskRow[] = [];
  const carried: number[] = [];
  for (const nt of n.tasks) {
    for (const unitId of new Set(nt.unitIds)) {
      const k = key(nt.seq, unitId);
      if (existing.has(k)) continue;
      const change = { noticeTaskId: nt.noticeTaskId, title: nt.text, deadline: nt.deadline, reportExpected: nt.reportExpected };
      const before = old.get(k);
      old.delete(k);
      if (before) {
        await repo.carryOver(tx, before.id, change);
        await writeAudit(tx, {
          userId: actor.id, unitId, action: 'update', entity: 'task', entityId: String(before.id),
          before: { noticeId: n.supersedesId, seq: before.seq }, after: { noticeId: n.noticeId, ...change },
        });
        carried.push(before.id);
      } else {
        fresh.push({ ...change, clientId: null, parentId: null, unitId, fromUnitId: n.issuingUnitId, createdBy: actor.id });
      }
    }
  }

  const created = new Set(await repo.insertTasks(tx, fresh));
  const cancelled = await repo.cancelTasks(tx, [...old.values()].map((t) => t.id));
  for (const c of cancelled) {
    await writeAudit(tx, {
      userId: actor.id, unitId: c.unitId, action: 'update', entity: 'task', entityId: String(c.id),
      before: null, after: { status: 'cancelled', supersededBy: n.noticeId },
    });
    await taskChanged(tx, c);
  }
  const tasks = await repo.findTasks(tx, [...created, ...carried]);
  for (const t of tasks) {
    if (created.has(t.id)) {
      await writeAudit(tx, {
        userId: actor.id, unitId: t.unit.id, action: 'create', entity: 'task', entityId: String(t.id), before: null,
        after: { noticeTaskId: t.noticeTaskId, unitId: t.unit.id, fromUnitId: t.fromUnit.id, title: t.title, deadline: t.deadline, reportExpected: t.reportExpected },
      });
    }
    await taskChanged(tx, t);
  }
  await repo.insertNotifications(tx, 'task_new', tasks.filter((t) => created.has(t.id)).map((t) => ({ unitId: t.unit.id, taskId: t.id })), now);
}
