/**
 * The reminder job: in-app notifications for tasks entering their last 24 hours and for tasks
 * past their deadline (also to the unit that assigned them), then emails for every
 * notification not yet mailed (the new-task ones the tasks module writes included).
 */
import { DUE_SOON_MS } from '../../../domain/task-deadline.ts';
import type { Db } from '../../db/client.ts';
import type { Job } from '../../jobs/scheduler.ts';
import * as repo from './repository.ts';
import { reminderEmail } from './texts.ts';

const MAIL_BATCH = 2000;

/** Notifies the units of tasks due soon or overdue at `now`; returns the tasks notified. */
export async function notifyDeadlines(db: Db, now: Date): Promise<number[]> {
  return db.transaction(async (tx) => {
    const dueSoon = await repo.insertDueSoon(tx, now, new Date(now.getTime() + DUE_SOON_MS));
    const overdue = await repo.insertOverdue(tx, now);
    const tasks = [...new Set([...dueSoon, ...overdue])];
    // open task boards and bells reload
    await repo.publishTasks(tx, tasks);
    return tasks;
  });
}

/**
 * Queues the emails of the notifications not mailed yet, a batch per transaction; returns the
 * number queued. With the app's public address, each email links to its task.
 */
export async function queueReminderEmails(db: Db, now: Date, publicUrl?: string): Promise<number> {
  let queued = 0;
  let after = 0;
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const batch = await repo.claimUnmailed(tx, now, after, MAIL_BATCH);
      const emails = batch.rows.map((r) => ({ notificationId: r.notificationId, unitId: r.unitId, to: r.email, ...reminderEmail(r, publicUrl) }));
      queued += await repo.queueEmails(tx, emails, now);
      after = batch.last;
      return batch.claimed;
    });
    if (claimed < MAIL_BATCH) return queued;
  }
}

export const reminderJob: Job = {
  name: 'task-reminders',
  everySeconds: 60,
  async run({ db, config, now }) {
    await notifyDeadlines(db, now);
    await queueReminderEmails(db, now, config.publicUrl);
  },
};
