/** Every scheduled job the server runs (src/server/jobs/scheduler.ts). */
import type { Job } from './scheduler.ts';

export const JOBS: Job[] = [];
