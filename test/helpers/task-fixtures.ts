/** Issued notices of conclusions and their tasks, made straight in the database (the notices API is tested elsewhere). */
import type { Db } from '../../src/server/db/client.ts';
import { sql } from '../../src/server/db/sql.ts';
import type { Actor } from '../../src/server/modules/auth/policy.ts';
import { createNoticeTasks } from '../../src/server/modules/tasks/from-notice.ts';

export async function actorOf(db: Db, username: string): Promise<Actor> {
  const [r] = await db.query<Omit<Actor, 'csrfToken' | 'unit'> & { unit: Actor['unit'] }>(sql`
    select a.id, a.username, a.full_name as "fullName", a.role, o.path as "unitPath",
      json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'fullName', o.full_name, 'level', o.level) as unit
    from app_user a join org_unit o on o.id = a.unit_id where a.username = ${username}`);
  if (!r) throw new Error(`no user ${username}`);
  return { ...r, csrfToken: '' };
}

export interface NoticeTaskSpec {
  seq: number;
  text: string;
  /** e.g. '2021-12-10T17:00' in Vietnam time */
  deadline: string;
  unitIds: number[];
  reportExpected?: string;
}

export const vnTime = (local: string): Date => new Date(`${local}:00+07:00`);

let numbers = 0;

/** Inserts an issued notice with its tasks and gives the tasks out, as the notices service does on issuing. */
export async function issueNotice(
  db: Db,
  by: string,
  n: { issuingUnitId: number; tasks: NoticeTaskSpec[]; supersedesId?: number; now?: Date; title?: string },
): Promise<{ noticeId: number; noticeTaskIds: number[] }> {
  const actor = await actorOf(db, by);
  const now = n.now ?? new Date('2021-12-10T05:00:00Z');
  return db.transaction(async (tx) => {
    const [notice] = await tx.query<{ id: number }>(sql`
      insert into notice (issuing_unit_id, issuing_body, title, created_by, supersedes_id, version)
      values (${n.issuingUnitId}, 'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19', ${n.title ?? 'Kết luận giao ban'}, ${actor.id},
        ${n.supersedesId ?? null}, ${n.supersedesId ? 2 : 1})
      returning id`);
    const noticeId = notice!.id;
    const noticeTaskIds: number[] = [];
    for (const task of n.tasks) {
      const [nt] = await tx.query<{ id: number }>(sql`
        insert into notice_task (notice_id, seq, text, deadline, report_expected)
        values (${noticeId}, ${task.seq}, ${task.text}, ${vnTime(task.deadline).toISOString()}, ${task.reportExpected ?? ''}) returning id`);
      noticeTaskIds.push(nt!.id);
      for (const u of task.unitIds) await tx.execute(sql`insert into notice_task_unit (notice_task_id, unit_id) values (${nt!.id}, ${u})`);
    }
    await tx.execute(sql`
      update notice set status = 'issued', number = ${`${++numbers}/TB-BCĐ`}, issued_on = '2021-12-10', issued_at = ${now.toISOString()}, issued_by = ${actor.id}
      where id = ${noticeId}`);
    await createNoticeTasks(tx, actor, {
      noticeId,
      issuingUnitId: n.issuingUnitId,
      supersedesId: n.supersedesId ?? null,
      tasks: n.tasks.map((task, i) => ({
        noticeTaskId: noticeTaskIds[i]!, seq: task.seq, text: task.text, deadline: vnTime(task.deadline),
        reportExpected: task.reportExpected ?? '', unitIds: task.unitIds,
      })),
    }, now);
    return { noticeId, noticeTaskIds };
  });
}

export async function tasksOfNotice(db: Db, noticeId: number) {
  return db.query<{ id: number; seq: number; unitId: number; status: string; title: string; deadline: Date; noticeTaskId: number }>(sql`
    select t.id, nt.seq, t.unit_id as "unitId", t.status, t.title, t.deadline, t.notice_task_id as "noticeTaskId"
    from task t join notice_task nt on nt.id = t.notice_task_id where nt.notice_id = ${noticeId} order by nt.seq, t.unit_id`);
}
