/**
 * Scheduled jobs shared by every server process on one database: a process claims a due job
 * in job_schedule (one UPDATE, so two processes cannot both claim it), runs it and sets the
 * next run. A job that crashes its process is claimable again when its lease runs out.
 */
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import type { Config } from '../env.ts';

export interface JobContext {
  db: Db;
  config: Config;
  now: Date;
}

export interface Job {
  name: string;
  everySeconds: number;
  run(ctx: JobContext): Promise<void>;
}

const LEASE_SECONDS = 300;

/** Runs every job that is due at `now` and not running elsewhere; returns the names run. */
export async function runDueJobs(ctx: JobContext, jobs: readonly Job[], onError: (job: Job, err: unknown) => void = () => undefined): Promise<string[]> {
  const { db, now } = ctx;
  const ran: string[] = [];
  for (const job of jobs) {
    await db.execute(sql`insert into job_schedule (name, next_run_at) values (${job.name}, ${now}) on conflict (name) do nothing`);
    const claimed = await db.query(sql`
      update job_schedule set locked_until = ${new Date(now.getTime() + LEASE_SECONDS * 1000)}
      where name = ${job.name} and next_run_at <= ${now} and (locked_until is null or locked_until < ${now})
      returning name`);
    if (!claimed.length) continue;
    let error: string | null = null;
    try {
      await job.run(ctx);
      ran.push(job.name);
    } catch (err) {
      error = (err as Error).message ?? String(err);
      onError(job, err);
    }
    await db.execute(sql`
      update job_schedule set locked_until = null, last_run_at = ${now}, last_error = ${error},
        next_run_at = ${new Date(now.getTime() + job.everySeconds * 1000)}
      where name = ${job.name}`);
  }
  return ran;
}

/** Checks for due jobs every `tickMs` until stopped. */
export function startScheduler(
  db: Db, config: Config, jobs: readonly Job[], onError: (job: string, err: unknown) => void, tickMs = 15_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => runDueJobs({ db, config, now: new Date() }, jobs, (job, err) => onError(job.name, err)))
      .catch((err) => onError('scheduler', err));
  }, tickMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
