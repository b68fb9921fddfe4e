/** The weekly assessment: once the last whole week is over, the nation is assessed for it once. */
import { lastWholeWeek, vietnamToday } from '../../../domain/dates.ts';
import type { Job } from '../../jobs/scheduler.ts';
import { assessWeek } from './assess.ts';
import { hasAssessment, nationId } from './repository.ts';

export const levelsWeeklyJob: Job = {
  name: 'levels-weekly',
  everySeconds: 3600,
  async run({ db, now }) {
    const week = lastWholeWeek(vietnamToday(now));
    const nation = await nationId(db);
    if (nation === undefined || (await hasAssessment(db, nation, week))) return;
    await assessWeek(db, { week, rootUnitId: nation, now, actorId: null });
  },
};
