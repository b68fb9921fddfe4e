/**
 * Person-level merge: two records of one person become one. Everything linked to the merged
 * record moves to the survivor, the survivor's empty fields are filled from the other, and
 * the merged row stays (merged_into) for the audit trail and for old links.
 */
import { vietnamToday } from '../../../domain/dates.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import type { Actor } from '../auth/policy.ts';
import { peopleMsg } from './messages.ts';
import * as repo from './repository.ts';
import type { Person } from './schema.ts';
import { requirePair } from './service.ts';
import { forgetVaccination, recomputeVaccination } from '../vaccines/register.ts';

/**
 * Tables whose rows belong to a person by one column, moved as they are. `unique`: the other
 * columns of a unique key with that column; the merged record's row that would collide with
 * the survivor's is dropped (an empty list: one row per person). (contact has two
 * person columns and quarantine one active row per person: handled below.)
 */
export const PERSON_LINKS: { table: string; column: string; unique?: string[] }[] = [
  { table: 'lab_test', column: 'person_id' },
  { table: 'covid_case', column: 'person_id' },
  { table: 'quarantine', column: 'person_id' },
  { table: 'transport_passenger', column: 'person_id', unique: ['transport_id'] },
  { table: 'vaccine_dose', column: 'person_id', unique: ['dose_number'] },
  { table: 'not_vaccinated', column: 'person_id', unique: [] },
  { table: 'vaccination_state', column: 'person_id', unique: [] },
];

/** Fields the survivor takes from the merged record when its own are empty. */
const FILLED = ['nationalId', 'birthDate', 'sex', 'phone', 'address', 'workplace'] as const;

async function moveLink(tx: Queryable, link: (typeof PERSON_LINKS)[number], from: number, to: number): Promise<number> {
  const { table, column, unique } = link;
  if (unique) {
    const same = unique.map((c) => `k.${c} = t.${c}`).join(' and ') || 'true';
    await tx.execute({ text: `delete from ${table} t where t.${column} = $1 and exists (select 1 from ${table} k where k.${column} = $2 and ${same})`, values: [from, to] });
  }
  return tx.execute({ text: `update ${table} set ${column} = $2 where ${column} = $1`, values: [from, to] });
}

/**
 * Contacts on both sides: a contact between the two records would become a self-contact and
 * goes; a contact both records had with the same person is kept once (the survivor's), and a
 * quarantine that pointed at the dropped one points at the kept one.
 */
async function moveContacts(tx: Queryable, from: number, to: number): Promise<number> {
  const between = `(source_person_id = $1 and person_id = $2) or (source_person_id = $2 and person_id = $1)`;
  await tx.execute({ text: `update quarantine set contact_id = null where contact_id in (select id from contact where ${between})`, values: [from, to] });
  await tx.execute({ text: `delete from contact where ${between}`, values: [from, to] });
  let moved = 0;
  for (const [col, partner] of [['source_person_id', 'person_id'], ['person_id', 'source_person_id']] as const) {
    const twin = `from contact c join contact k on k.${col} = $2 and k.${partner} = c.${partner} where c.${col} = $1`;
    await tx.execute({ text: `update quarantine q set contact_id = p.keep from (select c.id as drop, k.id as keep ${twin}) p where q.contact_id = p.drop`, values: [from, to] });
    await tx.execute({ text: `delete from contact where id in (select c.id ${twin})`, values: [from, to] });
    moved += await tx.execute({ text: `update contact set ${col} = $2 where ${col} = $1`, values: [from, to] });
  }
  return moved;
}

/** Keeps the survivor's pairs; the merged record's "not the same as X" becomes the survivor's. */
async function moveDistinct(tx: Queryable, from: number, to: number, by: number): Promise<number> {
  const rows = await tx.query<{ other: number }>({
    text: `select case when person_a = $1 then person_b else person_a end as other from person_distinct where person_a = $1 or person_b = $1`,
    values: [from],
  });
  await tx.execute({ text: `delete from person_distinct where person_a = $1 or person_b = $1`, values: [from] });
  await repo.markDistinct(tx, to, rows.map((r) => Number(r.other)), by);
  return rows.length;
}

export async function mergePeople(db: Db, actor: Actor, id: number, otherId: number, lang: Lang, now: Date): Promise<{ person: Person; moved: Record<string, number> }> {
  return db.transaction(async (tx) => {
    const [to, from] = await requirePair(tx, actor, id, otherId, lang);
    const survivor = (await repo.findPersonRow(tx, to, true))!;
    const other = (await repo.findPersonRow(tx, from, true))!;
    if (survivor.nationalId && other.nationalId && survivor.nationalId !== other.nationalId) {
      throw new AppError('conflict', peopleMsg('twoIds', lang), [{ field: 'otherId', message: peopleMsg('twoIds', lang) }]);
    }
    const before = { survivor: repo.fieldsOf(survivor), merged: repo.fieldsOf(other) };
    const filled = { ...before.survivor };
    for (const f of FILLED) if (filled[f] === null) (filled as Record<string, unknown>)[f] = other[f];

    // the merged row lets go of its national ID (unique among unmerged rows) before the survivor takes it
    await tx.execute({ text: `update person set merged_into = $2, updated_at = now() where id = $1 or merged_into = $1`, values: [from, to] });
    await repo.updatePerson(tx, to, { ...filled, searchName: foldVietnamese(filled.fullName) });

    // two active quarantines cannot both stay active on one person: the merged record's is transferred
    await tx.execute({
      text: `update quarantine set status = 'transferred', released_on = $3::date
             where person_id = $1 and status = 'active' and exists (select 1 from quarantine where person_id = $2 and status = 'active')`,
      values: [from, to, vietnamToday(now)],
    });
    const moved: Record<string, number> = {};
    // the merged record's coverage counts are taken back before its doses move (recounted below)
    await forgetVaccination(tx, from);
    for (const link of PERSON_LINKS) moved[link.table] = await moveLink(tx, link, from, to);
    moved.contact = await moveContacts(tx, from, to);
    moved.person_distinct = await moveDistinct(tx, from, to, actor.id);
    // the survivor's vaccination state and coverage counts follow from the doses it now holds
    await recomputeVaccination(tx, to);

    await writeAudit(tx, {
      userId: actor.id,
      unitId: survivor.unitId,
      action: 'merge',
      entity: 'person',
      entityId: String(to),
      before,
      after: { survivor: filled, mergedId: from, moved },
    });
    return { person: repo.presentPerson((await repo.findPersonRow(tx, to))!), moved };
  });
}
