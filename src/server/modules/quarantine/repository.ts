import type { Queryable } from '../../db/client.ts';

/** A person in quarantine who becomes a case leaves quarantine on that day (status became_case). */
export async function endQuarantineOnCase(db: Queryable, personId: number, day: string): Promise<void> {
  await db.execute({
    text: `update quarantine set status = 'became_case', released_on = $2 where person_id = $1 and status = 'active'`,
    values: [personId, day],
  });
}
