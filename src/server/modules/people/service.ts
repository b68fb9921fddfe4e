import { vietnamToday } from '../../../domain/dates.ts';
import { similarNames } from '../../../domain/person-match.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import type { Table } from '../../http/table-export.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnit, type UnitRow } from '../orgunits/repository.ts';
import { assertNoDuplicate, findCandidates } from './duplicates.ts';
import { linkedItems } from './linked.ts';
import { peopleMsg } from './messages.ts';
import * as repo from './repository.ts';
import type { Candidate, DuplicatePair, ListQuery, NewPerson, Person, PersonChange, PersonRecord } from './schema.ts';
import { checkPerson, type PersonInput } from './validate.ts';
import { findPersonKey, requirePersonInScope } from './scope.ts';

const invalid = (issues: { field: string; message: string }[], lang: Lang) =>
  new AppError('validation', `${msg('badInput', lang)}: ${issues.map((i) => i.message).join('; ')}`, issues);

/** The unit in the user's scope, else 404 naming the field. */
async function unitInScope(db: Queryable, actor: Actor, id: number, lang: Lang): Promise<UnitRow> {
  const unit = await findUnit(db, id);
  if (!unit || !inScope(actor, unit)) {
    throw new AppError('not_found', peopleMsg('unitId', lang), [{ field: 'unitId', message: peopleMsg('unitId', lang) }]);
  }
  return unit;
}

/**
 * Registers a person (inside the caller's transaction): a retried `clientId` returns the
 * first row; the residence must be in scope; a duplicate is a DuplicateError (409) unless
 * every name candidate is in `notDuplicateOf` (those pairs are then marked distinct). The
 * same national ID is always a 409.
 */
export async function createPerson(tx: Queryable, actor: Actor, input: NewPerson, lang: Lang, now: Date): Promise<{ id: number }> {
  if (input.clientId) {
    const id = await repo.personIdByClientId(tx, input.clientId);
    if (id) return { id };
  }
  const { fields, issues } = checkPerson(input, lang, vietnamToday(now));
  if (issues.length) throw invalid(issues, lang);
  await unitInScope(tx, actor, fields.unitId, lang);
  const ruledOut = input.notDuplicateOf ?? [];
  await assertNoDuplicate(tx, actor, await findCandidates(tx, fields), ruledOut, lang);
  const id = await repo
    .insertPerson(tx, { ...fields, clientId: input.clientId ?? null, searchName: foldVietnamese(fields.fullName), createdBy: actor.id })
    .catch((err: unknown) => {
      // the same national ID (or client id) written by a concurrent request since the check
      if ((err as { code?: string }).code === '23505') throw new AppError('conflict', peopleMsg('idTaken', lang), [{ field: 'nationalId', message: peopleMsg('idTaken', lang) }]);
      throw err;
    });
  const known = [...(await repo.findPersonRows(tx, ruledOut)).keys()];
  await repo.markDistinct(tx, id, known, actor.id);
  await writeAudit(tx, {
    userId: actor.id,
    unitId: fields.unitId,
    action: 'create',
    entity: 'person',
    entityId: String(id),
    before: null,
    after: { ...fields, notDuplicateOf: known },
  });
  return { id };
}

export async function addPerson(db: Db, actor: Actor, input: NewPerson, lang: Lang, now: Date): Promise<Person> {
  return db.transaction(async (tx) => {
    const { id } = await createPerson(tx, actor, input, lang, now);
    return repo.presentPerson((await repo.findPersonRow(tx, id))!);
  });
}

/** The candidates a create would report, without writing (for the entry form). */
export async function checkCandidates(db: Queryable, actor: Actor, input: PersonInput & { personId?: number | undefined }, lang: Lang, now: Date): Promise<Candidate[]> {
  const { fields, issues } = checkPerson(input, lang, vietnamToday(now));
  if (issues.length) throw invalid(issues, lang);
  await unitInScope(db, actor, fields.unitId, lang);
  const self = input.personId ? (await requirePersonInScope(db, actor, input.personId, lang)).id : undefined;
  const found = await findCandidates(db, fields, self);
  const people = await repo.personSummaries(db, actor, found.map((c) => c.id));
  return found.map((c) => ({ reason: c.reason, person: people.get(c.id)! }));
}

/** The record with what hangs off it; every view is in the audit log. */
export async function viewPerson(db: Db, actor: Actor, id: number, lang: Lang): Promise<PersonRecord> {
  const key = await requirePersonInScope(db, actor, id, lang);
  const row = (await repo.findPersonRow(db, key.id))!;
  const linked = await linkedItems(db, actor, key.id);
  await writeAudit(db, { userId: actor.id, unitId: key.unitId, action: 'view', entity: 'person', entityId: String(key.id), before: null, after: null });
  return { person: repo.presentPerson(row), mergedFrom: key.id === id ? null : id, linked };
}

export async function changePerson(db: Db, actor: Actor, id: number, change: PersonChange, lang: Lang, now: Date): Promise<Person> {
  return db.transaction(async (tx) => {
    const key = await requirePersonInScope(tx, actor, id, lang);
    const old = (await repo.findPersonRow(tx, key.id, true))!;
    const before = repo.fieldsOf(old);
    const { fields, issues } = checkPerson({ ...before, ...change }, lang, vietnamToday(now));
    if (issues.length) throw invalid(issues, lang);
    if (fields.unitId !== old.unitId) await unitInScope(tx, actor, fields.unitId, lang);
    if (fields.nationalId && fields.nationalId !== old.nationalId) {
      const sameId = (await findCandidates(tx, { nationalId: fields.nationalId, fullName: fields.fullName }, key.id)).filter((c) => c.reason === 'national_id');
      await assertNoDuplicate(tx, actor, sameId, [], lang);
    }
    await repo.updatePerson(tx, key.id, { ...fields, searchName: foldVietnamese(fields.fullName) });
    await writeAudit(tx, { userId: actor.id, unitId: fields.unitId, action: 'update', entity: 'person', entityId: String(key.id), before, after: { id: key.id, ...fields } });
    return repo.presentPerson((await repo.findPersonRow(tx, key.id))!);
  });
}

const DIGITS = /^[\d\s.+\-()]+$/;

export async function listPeople(db: Queryable, actor: Actor, q: ListQuery, lang: Lang): Promise<{ unit: UnitRow; total: number; items: Person[] }> {
  const unit = await unitInScope(db, actor, q.unitId ?? actor.unit.id, lang);
  const text = q.q?.trim() ?? '';
  const found = await repo.listPeople(db, {
    path: unit.path,
    folded: text ? foldVietnamese(text) : null,
    // any word of the name in a district or a commune; the start of the name above (an index range)
    anyWord: unit.level >= 2,
    digits: text && DIGITS.test(text) ? text.replace(/[\s.\-()]/g, '').replace(/^\+84/, '0') : null,
    limit: q.limit ?? 50,
    offset: q.offset ?? 0,
  });
  return { unit, total: found.total, items: found.rows.map(repo.presentPerson) };
}

export const MAX_EXPORT = 100_000;

const exportHeader = {
  vi: ['Mã', 'Số CCCD/CMND', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số điện thoại', 'Đơn vị cư trú', 'Địa chỉ', 'Nơi làm việc/học tập'],
  en: ['ID', 'National ID', 'Full name', 'Birth date', 'Sex', 'Phone', 'Residence unit', 'Address', 'Workplace/school'],
};
const sexText = { vi: { male: 'Nam', female: 'Nữ', other: 'Khác' }, en: { male: 'Male', female: 'Female', other: 'Other' } };

/** The list as a table to download; the export itself is a view of personal data, so it is audited. */
export async function exportPeople(db: Db, actor: Actor, q: ListQuery, lang: Lang, now: Date): Promise<Table> {
  const { unit, items } = await listPeople(db, actor, { ...q, limit: MAX_EXPORT, offset: 0 }, lang);
  await writeAudit(db, {
    userId: actor.id, unitId: unit.id, action: 'view', entity: 'person', entityId: `export:${unit.code}`,
    before: null, after: { q: q.q ?? null, rows: items.length, format: q.format },
  });
  const today = vietnamToday(now);
  return {
    fileName: `nguoi-${unit.code}-${today}`,
    title: `${lang === 'vi' ? 'Danh sách người' : 'People'} — ${unit.fullName} — ${today}`,
    sheetName: lang === 'vi' ? 'Người' : 'People',
    header: exportHeader[lang],
    rows: items.map((p) => [p.id, p.nationalId, p.fullName, p.birthDate, p.sex ? sexText[lang][p.sex] : null, p.phone, p.unit.fullName, p.address, p.workplace]),
  };
}

/** Likely duplicates among the people of a unit's subtree, for review. */
export async function duplicatePairs(db: Queryable, actor: Actor, unitId: number | undefined, limit: number, lang: Lang): Promise<DuplicatePair[]> {
  const unit = await unitInScope(db, actor, unitId ?? actor.unit.id, lang);
  const raw = await repo.duplicatePairCandidates(db, unit.path, limit * 5);
  const pairs = raw.filter((r) => similarNames(r.nameA, r.nameB)).slice(0, limit);
  const rows = await repo.findPersonRows(db, pairs.flatMap((p) => [p.a, p.b]));
  return pairs.map((p) => ({
    reason: p.sameBirth ? 'name_birth' : 'name_phone',
    a: repo.presentPerson(rows.get(p.a)!),
    b: repo.presentPerson(rows.get(p.b)!),
  }));
}

/** Both records in scope, unmerged and different; the surviving ids. */
export async function requirePair(db: Queryable, actor: Actor, id: number, otherId: number, lang: Lang): Promise<[number, number]> {
  const a = await requirePersonInScope(db, actor, id, lang);
  const b = await requirePersonInScope(db, actor, otherId, lang);
  if (a.id === b.id) throw new AppError('bad_request', peopleMsg('sameRecord', lang), [{ field: 'otherId', message: peopleMsg('sameRecord', lang) }]);
  return [a.id, b.id];
}

export async function markNotDuplicate(db: Db, actor: Actor, id: number, otherId: number, lang: Lang): Promise<void> {
  await db.transaction(async (tx) => {
    const [a, b] = await requirePair(tx, actor, id, otherId, lang);
    const key = (await findPersonKey(tx, a))!;
    await repo.markDistinct(tx, a, [b], actor.id);
    await writeAudit(tx, { userId: actor.id, unitId: key.unitId, action: 'mark_distinct', entity: 'person', entityId: String(a), before: null, after: { otherId: b } });
  });
}
