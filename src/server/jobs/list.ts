/** Every scheduled job the server runs (src/server/jobs/scheduler.ts). */
import { levelsWeeklyJob } from '../modules/levels/job.ts';
import { sendEmailJob } from '../modules/notifications/outbox.ts';
import { reminderJob } from '../modules/notifications/reminders.ts';
import type { Job } from './scheduler.ts';

// reminders first, so that the emails they queue go out in the same round
export const JOBS: Job[] = [reminderJob, sendEmailJob, levelsWeeklyJob];
