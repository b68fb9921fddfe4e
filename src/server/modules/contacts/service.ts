import { vietnamDayStart, vietnamToday, addDays } from '../../../domain/dates.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { personBriefs, requirePersonInScope } from '../people/scope.ts';
import { startQuarantine } from '../quarantine/service.ts';
import { degreesOf } from './degree.ts';
import { contactMsg, type ContactMessage } from './messages.ts';
import * as repo from './repository.ts';
import { requireUnitInScope } from '../orgunits/scope.ts';
import { checkPersonChoice, resolvePerson, RowCollector } from './rows.ts';
import type { BatchBody, Contact, ContactBody, ListQuery, PersonContacts } from './schema.ts';

const invalid = (field: string, key: ContactMessage, lang: Lang) => {
  const message = contactMsg(key, lang);
  return new AppError('validation', message, [{ field, message }]);
};

/** Contacts as replies carry them: both people as (masked) briefs, the exposed person's degree now. */
export async function presentContacts(db: Queryable, actor: Actor, rows: repo.ContactRow[], known?: Map<number, number | null>): Promise<Contact[]> {
  const people = rows.flatMap((r) => [r.sourcePersonId, r.personId]);
  const [briefs, degrees] = await Promise.all([
    personBriefs(db, actor, people),
    known ?? degreesOf(db, [...new Set(rows.map((r) => r.personId))]),
  ]);
  return rows.map((r) => ({
    id: r.id,
    source: briefs.get(r.sourcePersonId)!,
    person: briefs.get(r.personId)!,
    unitId: r.unitId,
    exposureType: r.exposureType,
    exposureDate: r.exposureDate,
    place: r.place,
    transportId: r.transportId,
    listedAt: r.listedAt.toISOString(),
    reachedAt: r.reachedAt?.toISOString() ?? null,
    degree: degrees.get(r.personId) ?? null,
  }));
}

export interface AddedContact {
  id: number;
  personId: number;
  unitId: number;
  created: boolean;
}

/**
 * Lists a contact: both people in the user's scope, the row in the contact's residence unit.
 * The same pair (or the same client id) again returns the contact already listed.
 */
export async function addContact(tx: Queryable, actor: Actor, input: ContactBody, lang: Lang, now: Date): Promise<AddedContact> {
  const source = await requirePersonInScope(tx, actor, input.sourcePersonId, lang);
  const person = await requirePersonInScope(tx, actor, input.personId, lang);
  if (source.id === person.id) throw invalid('personId', 'sameAsSource', lang);
  if (input.exposureDate > vietnamToday(now)) throw invalid('exposureDate', 'futureDate', lang);
  const clientId = input.clientId ?? null;
  const existing = await repo.findExisting(tx, clientId, source.id, person.id);
  if (existing) return { id: existing.id, personId: existing.personId, unitId: existing.unitId, created: false };
  const row: repo.NewContactRow = {
    clientId,
    sourcePersonId: source.id,
    personId: person.id,
    unitId: person.unitId,
    exposureType: input.exposureType,
    exposureDate: input.exposureDate,
    place: input.place ?? null,
    transportId: null,
    listedAt: now,
    createdBy: actor.id,
  };
  const id = await repo.insertContact(tx, row);
  if (id === undefined) {
    // a concurrent request listed the pair first: theirs stands
    const other = (await repo.findExisting(tx, clientId, source.id, person.id))!;
    return { id: other.id, personId: other.personId, unitId: other.unitId, created: false };
  }
  await writeAudit(tx, { userId: actor.id, unitId: row.unitId, action: 'create', entity: 'contact', entityId: String(id), before: null, after: row });
  return { id, personId: person.id, unitId: person.unitId, created: true };
}

export async function createContact(db: Db, actor: Actor, input: ContactBody, lang: Lang, now: Date) {
  const added = await db.transaction((tx) => addContact(tx, actor, input, lang, now));
  const row = (await repo.findContact(db, added.id))!;
  return { contact: (await presentContacts(db, actor, [row]))[0]!, created: added.created };
}

/**
 * Many contacts of one source at once (the line listing): every row is checked, and either
 * all are listed (with their quarantines) or none, with each bad row's errors.
 */
export async function addContactsBatch(db: Db, actor: Actor, body: BatchBody, lang: Lang, now: Date) {
  return db.transaction(async (tx) => {
    const source = await requirePersonInScope(tx, actor, body.sourcePersonId, lang);
    const rows = new RowCollector(tx);
    const added: { row: number; contact: AddedContact }[] = [];
    const seen = new Map<number, number>();
    for (const [i, r] of body.rows.entries()) {
      const rowNo = i + 1;
      const choice = checkPersonChoice(r, lang);
      if (choice.length) {
        rows.add(rowNo, choice);
        continue;
      }
      const contact = await rows.run(rowNo, 'personId', async () => {
        const person = await resolvePerson(tx, actor, r, lang, now);
        if (seen.has(person.id)) throw invalid('personId', 'duplicateRow', lang);
        seen.set(person.id, rowNo);
        return addContact(tx, actor, { ...r, sourcePersonId: source.id, personId: person.id }, lang, now);
      });
      if (contact) added.push({ row: rowNo, contact });
    }
    rows.throwIfAny(lang);

    // the degree follows from the graph with these contacts in it
    const degrees = await degreesOf(tx, added.map((a) => a.contact.personId));
    const quarantines = new Map<number, number>();
    for (const { row, contact } of added) {
      const q = body.rows[row - 1]!.quarantine;
      if (!q) continue;
      const degree = degrees.get(contact.personId) ?? null;
      if (degree === 0) continue; // already a case: isolated as a case, not quarantined
      if (degree === null) {
        rows.add(row, [{ field: 'quarantine', message: contactMsg('noDegree', lang) }]);
        continue;
      }
      const r = body.rows[row - 1]!;
      const started = await rows.run(row, 'quarantine', () =>
        startQuarantine(tx, actor, {
          personId: contact.personId,
          unitId: contact.unitId,
          contactId: contact.id,
          exposureDate: r.exposureDate,
          degree,
          fullyVaccinated: q.fullyVaccinated,
          ...(q.place ? { place: q.place } : {}),
          facilityId: q.facilityId ?? null,
          // quarantine counts from the last exposure unless the row says otherwise
          startDate: q.startDate ?? r.exposureDate,
        }, lang),
        'quarantine',
      );
      if (started) quarantines.set(row, started.id);
    }
    rows.throwIfAny(lang);
    return {
      contacts: added.map(({ row, contact }) => ({ row, contactId: contact.id, personId: contact.personId, quarantineId: quarantines.get(row) ?? null })),
    };
  });
}

/** The team reached the person (phone or visit). */
export async function markReached(db: Db, actor: Actor, id: number, reachedAt: string, lang: Lang, now: Date): Promise<Contact> {
  await db.transaction(async (tx) => {
    const c = await repo.findContact(tx, id, true);
    if (!c || !inScope(actor, { path: c.unitPath })) throw new AppError('not_found', msg('notFound', lang));
    const at = new Date(reachedAt);
    // a phone's clock may run a little fast
    if (at.getTime() > now.getTime() + 5 * 60_000) throw invalid('reachedAt', 'futureTime', lang);
    await repo.setReached(tx, id, at);
    await writeAudit(tx, {
      userId: actor.id,
      unitId: c.unitId,
      action: 'update',
      entity: 'contact',
      entityId: String(id),
      before: { reachedAt: c.reachedAt },
      after: { reachedAt: at },
    });
  });
  return (await presentContacts(db, actor, [(await repo.findContact(db, id))!]))[0]!;
}

/** At most this many contacts are read for one list or export. */
export const LIST_CAP = 20_000;

/** Contacts registered in a unit's subtree, with their current degree, newest first. */
export async function listContacts(db: Db, actor: Actor, q: ListQuery, lang: Lang, all = false) {
  const unit = await requireUnitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  const filter: repo.ListFilter = {
    from: q.from ? vietnamDayStart(q.from) : null,
    to: q.to ? vietnamDayStart(addDays(q.to, 1)) : null,
    reached: q.reached ?? null,
  };
  let rows = await repo.contactsInSubtree(db, unit.path, filter, LIST_CAP + 1);
  const truncated = rows.length > LIST_CAP;
  rows = rows.slice(0, LIST_CAP);
  let degrees: Map<number, number | null> | undefined;
  if (q.degree !== undefined) {
    degrees = await degreesOf(db, [...new Set(rows.map((r) => r.personId))]);
    rows = rows.filter((r) => degrees!.get(r.personId) === q.degree);
  }
  const offset = all ? 0 : (q.offset ?? 0);
  const page = all ? rows : rows.slice(offset, offset + (q.limit ?? 200));
  return { unit, total: rows.length, truncated, items: await presentContacts(db, actor, page, degrees) };
}

/** A person's contacts: sources above, the people they exposed below (and theirs with depth 2). */
export async function personContacts(db: Db, actor: Actor, personId: number, depth: number, lang: Lang): Promise<PersonContacts> {
  const key = await requirePersonInScope(db, actor, personId, lang);
  const [up, down1] = await Promise.all([repo.contactsTo(db, [key.id]), repo.contactsFrom(db, [key.id])]);
  const down2 = depth >= 2 ? (await repo.contactsFrom(db, [...new Set(down1.map((c) => c.personId))])).filter((c) => c.personId !== key.id) : [];
  const people = [key.id, ...up.map((c) => c.personId), ...down1.map((c) => c.personId), ...down2.map((c) => c.personId)];
  const degrees = await degreesOf(db, [...new Set(people)]);
  const [all, self] = await Promise.all([presentContacts(db, actor, [...up, ...down1, ...down2], degrees), personBriefs(db, actor, [key.id])]);
  const d1 = all.slice(up.length, up.length + down1.length);
  const d2 = all.slice(up.length + down1.length);
  return {
    personId: key.id,
    person: self.get(key.id)!,
    degree: degrees.get(key.id) ?? null,
    up: all.slice(0, up.length),
    down: [...d1.map((c) => ({ ...c, level: 1 })), ...d2.map((c) => ({ ...c, level: 2 }))],
  };
}
