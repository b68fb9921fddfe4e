/** The 'send-email' job: sends the outbox through the SMTP adapter, keeping each failure on its row. */
import { MAX_EMAIL_ATTEMPTS } from '../../../domain/reminders.ts';
import type { Db } from '../../db/client.ts';
import { createMailer, type Mailer } from '../../email/mailer.ts';
import type { Job } from '../../jobs/scheduler.ts';
import * as repo from './repository.ts';

const BATCH = 50;
/** at most this many per run, so that the job ends well within its lease */
const PER_RUN = 500;

/** Tries each sendable email once; returns how many were sent and how many failed. */
export async function sendOutbox(db: Db, mailer: Mailer, now: Date): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  let after = 0;
  while (sent + failed < PER_RUN) {
    const batch = await repo.sendableEmails(db, now, after, MAX_EMAIL_ATTEMPTS, BATCH);
    for (const e of batch) {
      try {
        await mailer.send({ to: e.to, subject: e.subject, text: e.body });
        await repo.markEmailSent(db, e.id, now);
        sent++;
      } catch (err) {
        await repo.markEmailFailed(db, e.id, now, (err as Error).message || String(err));
        failed++;
      }
      after = e.id;
    }
    if (batch.length < BATCH) break;
  }
  return { sent, failed };
}

export const sendEmailJob: Job = {
  name: 'send-email',
  everySeconds: 30,
  async run({ db, config, now }) {
    // without SMTP the emails wait; administrators see it in the email status
    const mailer = createMailer(config);
    if (!mailer) return;
    try {
      await sendOutbox(db, mailer, now);
    } finally {
      mailer.close();
    }
  },
};
