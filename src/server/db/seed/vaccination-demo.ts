/**
 * Demo vaccination for the demo registers' people in Hạ Long, written through the same
 * services as the app: vaccine lots received by the communes, doses over the past months
 * (schedules checked as in real use), and a national campaign with the seed's dated targets.
 */
import { addDays } from '../../../domain/dates.ts';
import type { Actor } from '../../modules/auth/policy.ts';
import { createCampaign } from '../../modules/campaigns/service.ts';
import { recordMovement } from '../../modules/stock/service.ts';
import { recordDoseTx } from '../../modules/vaccines/register.ts';
import type { Db } from '../client.ts';
import { sql } from '../sql.ts';

export async function seedDemoVaccination(db: Db, actor: Actor, today: string): Promise<{ doses: number }> {
  const products = new Map(
    (await db.query<{ id: number; code: string }>(sql`select id, code from vaccine_product`)).map((p) => [p.code, p.id]),
  );
  const people = await db.query<{ id: number; unitId: number; birthDate: string | null }>(sql`
    select p.id, p.unit_id as "unitId", p.birth_date as "birthDate" from person p
    join register_unit r on r.unit_id = p.unit_id where p.merged_into is null order by p.id`);
  const nation = (await db.query<{ id: number }>(sql`select id from org_unit where level = 0`))[0]!;
  const year = Number(today.slice(0, 4));

  await db.transaction(async (tx) => {
    await createCampaign(tx, actor, {
      unitId: nation.id,
      name: 'Chiến dịch tiêm chủng cuối năm (theo Thông báo kết luận)',
      targets: [
        { ageGroup: '15-17', stage: 'dose1', targetShare: 1, dueDate: `${year}-12-10` },
        { ageGroup: '18+', stage: 'dose1', targetShare: 1, dueDate: `${year}-12-15` },
        { ageGroup: '18+', stage: 'primary', targetShare: 0.75, dueDate: `${year}-12-15` },
        { ageGroup: '18+', stage: 'primary', targetShare: 1, dueDate: `${year}-12-31` },
      ],
    }, 'vi');
    for (const unitId of new Set(people.map((p) => p.unitId))) {
      for (const [code, lotCode, quantity, expiryDate] of [['PFIZER', 'FK5127', 600, addDays(today, 20)], ['ASTRAZENECA', 'A1022', 400, addDays(today, 90)]] as const) {
        await recordMovement(tx, actor, {
          unitId, kind: 'received', quantity, lot: { productId: products.get(code)!, lotCode, expiryDate }, at: `${addDays(today, -60)}T08:00:00+07:00`,
        }, 'vi', new Date(`${addDays(today, -60)}T08:00:00+07:00`));
      }
    }
  });

  // two thirds of the adults: Pfizer 60 and 30 days ago (some only the first dose)
  let doses = 0;
  for (const [i, p] of people.entries()) {
    const age = p.birthDate ? year - Number(p.birthDate.slice(0, 4)) : null;
    if (age === null || age < 18 || i % 3 === 0) continue;
    const lot = { lotCode: 'FK5127', expiryDate: addDays(today, 20) };
    for (const back of i % 5 === 0 ? [60] : [60, 30]) {
      const givenOn = addDays(today, -back);
      await db.transaction((tx) =>
        recordDoseTx(tx, actor, { personId: p.id, productId: products.get('PFIZER')!, ...lot, givenOn, unitId: p.unitId, site: 'Trạm y tế' }, 'vi', new Date(`${givenOn}T15:00:00+07:00`)),
      );
      doses++;
    }
  }
  return { doses };
}
