import type { Db } from '../db/client.ts';
import type { Config } from '../env.ts';

/** What every route plugin receives. */
export interface AppDeps {
  db: Db;
  config: Config;
  loginRateLimit: number;
  /** The clock, so that deadlines can be tested. */
  now: () => Date;
  /** how often an open event stream checks that its session still holds (tests shorten it) */
  liveSessionCheckMs: number;
}
