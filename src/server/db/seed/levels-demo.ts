/**
 * Demo epidemic levels: the nation assessed for the last 8 whole weeks before "now" (oldest
 * first, so each week has the one before it to compare with), and one level set by decision
 * of Quảng Ninh's command centre for the demo commune Hồng Gai.
 */
import { addDays, lastWholeWeek, vietnamToday } from '../../../domain/dates.ts';
import type { Actor } from '../../modules/auth/policy.ts';
import { assessWeek } from '../../modules/levels/assess.ts';
import { createDecision } from '../../modules/levels/decisions.ts';
import { assessmentsOf, nationId } from '../../modules/levels/repository.ts';
import type { Db } from '../client.ts';
import { sql } from '../sql.ts';

export const DEMO_LEVEL_WEEKS = 8;

export async function seedDemoLevels(db: Db, actors: { nation: Actor; province: Actor }, now: Date): Promise<{ weeks: number; units: number; ms: number }> {
  const started = Date.now();
  const nation = (await nationId(db))!;
  const last = lastWholeWeek(vietnamToday(now));
  let units = 0;
  for (let k = DEMO_LEVEL_WEEKS - 1; k >= 0; k--) {
    units = (await assessWeek(db, { week: addDays(last, -7 * k), rootUnitId: nation, now, actorId: actors.nation.id })).units;
  }
  const [commune] = await db.query<{ id: number }>(sql`select id from org_unit where code = '06691' and valid_to is null`);
  if (commune) {
    const [computed] = await assessmentsOf(db, [commune.id], [last]);
    const level = computed ? (computed.level === 1 ? 2 : computed.level - 1) : 2;
    await db.transaction((tx) => createDecision(tx, actors.province, commune.id, {
      weekFrom: last,
      weekTo: addDays(last, 7),
      level,
      decisionNo: '1520/QĐ-UBND',
      decisionDate: addDays(last, 7),
      reason: 'Các ổ dịch trên địa bàn phường đã được khoanh vùng, truy vết và kiểm soát; áp dụng cấp độ theo đề nghị của Ban Chỉ đạo thành phố Hạ Long.',
    }, now, 'vi'));
  }
  return { weeks: DEMO_LEVEL_WEEKS, units, ms: Date.now() - started };
}
