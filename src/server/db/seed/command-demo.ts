/**
 * Demo command data written through the app's own services: the leaders' duty rosters and
 * hotlines of the demo users' command centres (last week to next week).
 */
import { addDays } from '../../../domain/dates.ts';
import type { Actor } from '../../modules/auth/policy.ts';
import { createHotline, createShift } from '../../modules/duty/service.ts';
import type { Db, Queryable } from '../client.ts';
import { sql } from '../sql.ts';

/** Demo numbers (0900 000 xxx), not anyone's real line; 19009095 is the Ministry of Health's public hotline. */
const CENTRES = [
  { code: 'VN', leaders: [['Nguyễn Văn An', 'Phó Trưởng Ban Chỉ đạo quốc gia'], ['Trần Thị Bình', 'Thứ trưởng Bộ Y tế']],
    hotlines: [['Đường dây nóng Bộ Y tế', '19009095'], ['Thường trực Ban Chỉ đạo quốc gia', '0900000101']] },
  { code: '22', leaders: [['Lê Văn Cường', 'Phó Chủ tịch UBND tỉnh'], ['Phạm Thị Dung', 'Giám đốc Sở Y tế']],
    hotlines: [['Đường dây nóng Sở Y tế Quảng Ninh', '0900000221'], ['Trung tâm chỉ huy tỉnh', '0900000222']] },
  { code: '193', leaders: [['Hoàng Văn Giang', 'Chủ tịch UBND thành phố'], ['Vũ Thị Hà', 'Giám đốc Trung tâm Y tế']],
    hotlines: [['Trung tâm chỉ huy thành phố Hạ Long', '0900001931']] },
  { code: '06691', leaders: [['Đỗ Văn Khánh', 'Chủ tịch UBND phường'], ['Ngô Thị Lan', 'Trạm trưởng Trạm Y tế']],
    hotlines: [['Trạm Y tế phường Hồng Gai', '0900066911']] },
] as const;

async function unitOf(db: Queryable, code: string): Promise<number> {
  const [u] = await db.query<{ id: number }>(sql`select id from org_unit where code = ${code} and valid_to is null order by level limit 1`);
  if (!u) throw new Error(`no unit ${code}`);
  return u.id;
}

/** Day shifts 07:30–17:30 and night shifts 17:30–07:30, the two leaders taking turns. */
export async function seedDemoDuty(db: Db, actor: Actor, today: string): Promise<{ shifts: number }> {
  let shifts = 0;
  await db.transaction(async (tx) => {
    for (const [ci, c] of CENTRES.entries()) {
      const unitId = await unitOf(tx, c.code);
      for (const [i, [label, phone]] of c.hotlines.entries()) await createHotline(tx, actor, { unitId, label, phone, sortOrder: i }, 'vi');
      for (let d = -7; d <= 7; d++) {
        const day = addDays(today, d);
        for (const [k, [start, end]] of [[`${day}T07:30:00+07:00`, `${day}T17:30:00+07:00`], [`${day}T17:30:00+07:00`, `${addDays(day, 1)}T07:30:00+07:00`]].entries()) {
          const leader = (d + 7 + k) % 2;
          const [leaderName, leaderTitle] = c.leaders[leader]!;
          const phone = `0900${String((ci + 1) * 10 + leader).padStart(6, '0')}`;
          await createShift(tx, actor, { unitId, startsAt: new Date(start!).toISOString(), endsAt: new Date(end!).toISOString(), leaderName, leaderTitle, phone }, 'vi');
          shifts++;
        }
      }
    }
  });
  return { shifts };
}
