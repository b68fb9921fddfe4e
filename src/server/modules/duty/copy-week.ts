import { addDays, vietnamDayStart } from '../../../domain/dates.ts';
import { planWeekCopy, weekStart } from '../../../domain/duty-roster.ts';
import type { Queryable } from '../../db/client.ts';
import type { Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { requireDutyWritable } from './access.ts';
import * as repo from './repository.ts';
import type { CopyWeek, CopyWeekReply } from './schema.ts';

/**
 * Fills the week starting `weekStart` (next week unless given) with the week before it,
 * each shift seven days on. Copies that would overlap a shift already there are skipped, so
 * running it again adds nothing and hand-made changes to the target week are kept.
 */
export async function copyWeek(tx: Queryable, actor: Actor, input: CopyWeek, lang: Lang, now: Date): Promise<CopyWeekReply> {
  const unit = await requireDutyWritable(tx, actor, input.unitId, lang);
  const target = input.weekStart ?? addDays(weekStart(now), 7);
  const start = vietnamDayStart(target);
  await repo.lockRoster(tx, unit.id);
  const source = await repo.shiftsStarting(tx, unit.id, vietnamDayStart(addDays(target, -7)), start);
  // a copy starts within the target week and lasts at most a week
  const existing = await repo.shiftsBetween(tx, unit.id, start, vietnamDayStart(addDays(target, 14)));
  const asInterval = (s: repo.ShiftRow) => ({ ...s, start: s.startsAt, end: s.endsAt });
  const { copies, skipped } = planWeekCopy(source.map(asInterval), existing.map(asInterval));
  const ids = await repo.insertShifts(
    tx,
    unit.id,
    copies.map((c) => ({ startsAt: c.start, endsAt: c.end, leaderName: c.leaderName, leaderTitle: c.leaderTitle, phone: c.phone })),
    actor.id,
  );
  if (ids.length) {
    await writeAudit(tx, {
      userId: actor.id, unitId: unit.id, action: 'copy_week', entity: 'duty_roster', entityId: String(unit.id),
      before: null, after: { weekStart: target, shiftIds: ids, fromShiftIds: copies.map((c) => c.id) },
    });
  }
  return { weekStart: target, created: ids.length, skipped };
}
