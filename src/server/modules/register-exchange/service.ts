/**
 * Register import: read the whole file, check every row (fields, unit, who the person is,
 * natural keys), report all bad rows and apply nothing, or apply everything in one
 * transaction with bulk inserts. A retried file finds its rows already there and skips them.
 */
import { groupBy } from '../../../domain/collections.ts';
import { createHash } from 'node:crypto';
import { vietnamToday } from '../../../domain/dates.ts';
import { normalizeUnitCode, type Cell } from '../../../domain/exchange.ts';
import { similarNames } from '../../../domain/person-match.ts';
import { COLUMNS, findHeader, importText, parseCsv, personKey, readRow, type Fields, type ImportKind } from '../../../domain/register-import.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import type { Issue, Lang } from '../../../domain/validation.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError, type RowErrors } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { readFirstSheet } from '../exchange/xlsx.ts';
import { findUnitByCode, type UnitRow } from '../orgunits/repository.ts';
import type { PersonFields } from '../people/repository.ts';
import { findPersonKey } from '../people/scope.ts';
import { checkPerson } from '../people/validate.ts';
import { exchangeMsg } from './messages.ts';
import * as repo from './repository.ts';
import type { ImportReply } from './schema.ts';

export const MAX_ROWS = 100_000;

export interface Row {
  row: number;
  fields: Fields;
  errors: Issue[];
  person: PersonFields;
  key: string;
  unit?: UnitRow;
  personId?: number;
  /** index into the new people when the person is created by this file */
  newIndex?: number;
  sourceId?: number;
  skip?: boolean;
}

const personField: Record<string, string> = { nationalId: 'national_id', fullName: 'full_name', birthDate: 'birth_date', phone: 'phone' };
const str = (v: string | boolean | null | undefined) => (typeof v === 'string' ? v : null);

/** The first sheet of an .xlsx (a zip: "PK"), else UTF-8 CSV. */
export async function readTable(body: unknown, lang: Lang): Promise<{ row: number; cells: Cell[] }[]> {
  if (!Buffer.isBuffer(body) || !body.length) throw new AppError('bad_request', exchangeMsg('badFile', lang));
  if (body[0] === 0x50 && body[1] === 0x4b) {
    const rows = await readFirstSheet(body);
    if (!rows) throw new AppError('bad_request', exchangeMsg('badFile', lang));
    return rows;
  }
  const text = body.toString('utf8');
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw new AppError('bad_request', exchangeMsg('badFile', lang));
  return parseCsv(text);
}

/** Parse and check each row on its own (fields, person fields, dates not in the future). */
function checkRows(table: { row: number; cells: Cell[] }[], kind: ImportKind, lang: Lang, now: Date): Row[] {
  const columns = COLUMNS[kind];
  const header = findHeader(table, columns);
  if (!header) throw new AppError('bad_request', `${exchangeMsg('badFile', lang)}: ${importText(lang).noHeader}`);
  const data = table.slice(header.index + 1);
  if (!data.length) throw new AppError('bad_request', exchangeMsg('empty', lang));
  if (data.length > MAX_ROWS) throw new AppError('bad_request', exchangeMsg('tooMany', lang, { n: MAX_ROWS }));
  const today = vietnamToday(now);
  const nowIso = now.toISOString();
  return data.map((r) => {
    const { fields, errors } = readRow(r.cells, header.keys, columns, lang);
    const checked = checkPerson({
      nationalId: str(fields.national_id), fullName: str(fields.full_name) ?? '', birthDate: str(fields.birth_date),
      sex: str(fields.sex) as PersonFields['sex'], phone: str(fields.phone), unitId: 0, address: str(fields.address), workplace: str(fields.workplace),
    }, lang, today);
    for (const i of checked.issues) if (!errors.some((x) => x.field === personField[i.field])) errors.push({ field: personField[i.field] ?? i.field, message: i.message });
    const p = checked.fields;
    if (!p.nationalId && !p.birthDate) errors.push({ field: 'national_id', message: exchangeMsg('identify', lang) });
    for (const c of columns) {
      const v = fields[c.key];
      if (typeof v !== 'string') continue;
      if ((c.type === 'datetime' && v > nowIso) || (c.type === 'date' && c.key !== 'birth_date' && v > today)) {
        errors.push({ field: c.key, message: `${lang === 'vi' ? c.vi : c.en}: ${exchangeMsg('futureDate', lang)}` });
      }
    }
    return { row: r.row, fields, errors, person: p, key: personKey(p) };
  });
}

async function resolveUnits(db: Queryable, actor: Actor, rows: Row[], lang: Lang, today: string): Promise<void> {
  const units = new Map<string, UnitRow | undefined>();
  for (const r of rows) {
    const code = normalizeUnitCode(str(r.fields.unit_code), 3);
    if (!code) continue;
    if (!units.has(code)) units.set(code, await findUnitByCode(db, code, today));
    const unit = units.get(code);
    if (!unit) r.errors.push({ field: 'unit_code', message: exchangeMsg('unitUnknown', lang) });
    else if (!inScope(actor, unit)) r.errors.push({ field: 'unit_code', message: exchangeMsg('unitOutOfScope', lang) });
    else {
      r.unit = unit;
      r.person.unitId = unit.id;
    }
  }
}

/** Each row's person: in the register (national ID anywhere; name + birth date in scope), or new from the file. */
async function resolvePeople(db: Queryable, actor: Actor, kind: ImportKind, rows: Row[], lang: Lang): Promise<PersonFields[]> {
  const ids = [...new Set(rows.map((r) => r.person.nationalId).filter((x): x is string => !!x))];
  const byId = new Map((await repo.peopleByNationalId(db, ids)).map((p) => [p.nationalId!, p]));
  const named = rows.filter((r) => !r.person.nationalId && r.person.birthDate);
  const nameKeys = [...new Map(named.map((r) => [r.key, { name: foldVietnamese(r.person.fullName), birth: r.person.birthDate! }])).values()];
  const byName = new Map<string, number>();
  for (const p of await repo.peopleByNameBirth(db, actor.unitPath, nameKeys)) {
    byName.set(personKey({ nationalId: null, fullName: p.searchName, birthDate: p.birthDate, phone: p.phone }), Number(p.id));
  }
  const fresh: PersonFields[] = [];
  const firstRow = new Map<string, Row>();
  for (const r of rows) {
    if (r.errors.length) continue;
    const first = firstRow.get(r.key);
    if (first && kind === 'people') {
      r.errors.push({ field: 'full_name', message: exchangeMsg('sameInFile', lang, { n: first.row }) });
      continue;
    }
    if (first) {
      r.personId = first.personId;
      r.newIndex = first.newIndex;
      continue;
    }
    firstRow.set(r.key, r);
    const known = r.person.nationalId ? byId.get(r.person.nationalId) : undefined;
    if (known && !inScope(actor, { path: known.path })) r.errors.push({ field: 'national_id', message: exchangeMsg('idElsewhere', lang) });
    else if (known) r.personId = Number(known.id);
    else if (byName.has(r.key)) r.personId = byName.get(r.key)!;
    else r.newIndex = fresh.push(r.person) - 1;
    if (kind === 'people' && r.personId) r.skip = true;
  }
  return fresh;
}

/** The source of each contact row: by EpiCenter ID, national ID, or name + birth date, in scope. */
async function resolveSources(db: Queryable, actor: Actor, rows: Row[], lang: Lang): Promise<void> {
  const ids = [...new Set(rows.map((r) => str(r.fields.source_national_id)?.replace(/\s/g, '')).filter((x): x is string => !!x))];
  const byId = new Map((await repo.peopleByNationalId(db, ids)).map((p) => [p.nationalId!, p]));
  const named = rows.filter((r) => str(r.fields.source_full_name) && str(r.fields.source_birth_date));
  const found = await repo.peopleByNameBirth(db, actor.unitPath, named.map((r) => ({ name: foldVietnamese(str(r.fields.source_full_name)!), birth: str(r.fields.source_birth_date)! })));
  const byName = new Map(found.map((p) => [`${p.searchName}|${p.birthDate}`, Number(p.id)]));
  for (const r of rows) {
    const epi = str(r.fields.source_person_id);
    const nid = str(r.fields.source_national_id)?.replace(/\s/g, '');
    const name = str(r.fields.source_full_name);
    const birth = str(r.fields.source_birth_date);
    if (!epi && !nid && !(name && birth)) {
      r.errors.push({ field: 'source_person_id', message: exchangeMsg('sourceMissing', lang) });
      continue;
    }
    let source: number | undefined;
    if (epi && /^\d{1,15}$/.test(epi)) {
      const key = await findPersonKey(db, Number(epi));
      if (key && inScope(actor, { path: key.unitPath })) source = key.id;
    } else if (nid) {
      const p = byId.get(nid);
      if (p && inScope(actor, { path: p.path })) source = Number(p.id);
    } else source = byName.get(`${foldVietnamese(name!)}|${birth}`);
    if (!source) r.errors.push({ field: epi ? 'source_person_id' : nid ? 'source_national_id' : 'source_full_name', message: exchangeMsg('sourceUnknown', lang) });
    else r.sourceId = source;
  }
}

/** Rows already in the register (a retried file) are skipped; a second row with the same key is an error. */
async function markKnownRows(db: Queryable, kind: ImportKind, rows: Row[], lang: Lang): Promise<void> {
  const keyOf = (r: Row): string | null => {
    const who = r.personId ?? `n${r.newIndex}`;
    if (kind === 'tests') return `${who}|${r.fields.test_kind}|${str(r.fields.sampled_at)!.slice(0, 19)}`;
    if (kind === 'cases') return `${who}|${vietnamToday(new Date(str(r.fields.confirmed_at)!))}`;
    if (kind === 'contacts') return `${r.sourceId}|${who}`;
    return null;
  };
  const ok = rows.filter((r) => !r.errors.length);
  const old = ok.filter((r) => r.personId);
  const existing =
    kind === 'tests' ? await repo.existingTests(db, old.map((r) => ({ personId: r.personId!, kind: str(r.fields.test_kind)!, sampledAt: str(r.fields.sampled_at)! })))
    : kind === 'cases' ? await repo.existingCases(db, old.map((r) => ({ personId: r.personId!, day: vietnamToday(new Date(str(r.fields.confirmed_at)!)) })))
    : kind === 'contacts' ? await repo.existingContacts(db, old.map((r) => ({ source: r.sourceId!, personId: r.personId! })))
    : new Set<string>();
  const seen = new Map<string, number>();
  for (const r of ok) {
    if (kind === 'contacts' && r.personId === r.sourceId) {
      r.errors.push({ field: 'full_name', message: exchangeMsg('selfContact', lang) });
      continue;
    }
    const key = keyOf(r);
    if (!key) continue;
    const first = seen.get(key);
    if (first !== undefined) r.errors.push({ field: 'full_name', message: exchangeMsg('sameInFile', lang, { n: first }) });
    else seen.set(key, r.row);
    if (r.personId && existing.has(key)) r.skip = true;
  }
}

type Near = Awaited<ReturnType<typeof repo.nearPeople>>;

/** Registered people who look like the file's people (same folded name and birth date, or same phone): one lookup for every row. */
function lookupNear(db: Queryable, rows: Row[]): Promise<Near> {
  const pairs = rows.filter((r) => r.person.birthDate).map((r) => ({ name: foldVietnamese(r.person.fullName), birth: r.person.birthDate! }));
  const phones = [...new Set(rows.map((r) => r.person.phone).filter((p): p is string => !!p))];
  return repo.nearPeople(db, pairs, phones);
}

/** New people that look like someone already registered: warnings, for the Duplicates page. */
function duplicateWarnings(rows: Row[], near: Near, lang: Lang): { row: number; field: string; message: string }[] {
  const fresh = rows.filter((r) => r.newIndex !== undefined && r.personId === undefined);
  const key = (name: string, birth: string | null) => `${name}|${birth}`;
  const byName = groupBy(near, (p) => key(p.searchName, p.birthDate));
  const byPhone = groupBy(near.filter((p) => p.phone), (p) => p.phone!);
  const out: { row: number; field: string; message: string }[] = [];
  for (const r of fresh) {
    const sameName = r.person.birthDate ? (byName.get(key(foldVietnamese(r.person.fullName), r.person.birthDate)) ?? []) : [];
    const samePhone = (r.person.phone ? byPhone.get(r.person.phone) ?? [] : []).filter((p) => similarNames(p.fullName, r.person.fullName));
    const hit = sameName[0] ?? samePhone[0];
    if (hit) out.push({ row: r.row, field: 'full_name', message: exchangeMsg('possibleDuplicate', lang, { id: hit.id }) });
    if (out.length >= 500) break;
  }
  return out;
}

async function apply(tx: Queryable, actor: Actor, kind: ImportKind, rows: Row[], fresh: PersonFields[], now: Date): Promise<number> {
  const newIds = await repo.insertPeople(tx, fresh.map((p) => ({ ...p, searchName: foldVietnamese(p.fullName) })), actor.id);
  const todo = rows.filter((r) => !r.skip && kind !== 'people');
  const pid = (r: Row) => r.personId ?? newIds[r.newIndex!]!;
  const f = (r: Row, k: string) => str(r.fields[k]);
  if (kind === 'tests') {
    await repo.insertTests(tx, todo.map((r) => ({
      personId: pid(r), unitId: r.unit!.id, kind: f(r, 'test_kind')!, sampledAt: f(r, 'sampled_at')!, place: f(r, 'place'), lab: f(r, 'lab'),
      result: f(r, 'result')!, resultAt: f(r, 'result_at'), symptoms: r.fields.symptoms === true,
    })), actor.id);
  } else if (kind === 'cases') {
    await repo.insertCases(tx, todo.map((r) => ({
      personId: pid(r), unitId: r.unit!.id, confirmedAt: f(r, 'confirmed_at')!, origin: f(r, 'origin')!, detection: f(r, 'detection')!,
      infectedPlace: f(r, 'infected_place'), symptomOnset: f(r, 'symptom_onset'), status: f(r, 'status')!,
      statusSince: f(r, 'status_date') ? new Date(`${f(r, 'status_date')}T00:00:00+07:00`).toISOString() : f(r, 'confirmed_at')!,
    })), actor.id);
  } else if (kind === 'contacts') {
    await repo.insertContacts(tx, todo.map((r) => ({
      source: r.sourceId!, personId: pid(r), unitId: r.unit!.id, exposureType: f(r, 'exposure_type')!, exposureDate: f(r, 'exposure_date')!, place: f(r, 'place'),
    })), now, actor.id);
  }
  return kind === 'people' ? newIds.length : todo.length;
}

/** A checked file, ready to apply: its rows (people resolved) and the new people it brings. */
export interface PreparedImport {
  kind: ImportKind;
  rows: Row[];
  fresh: PersonFields[];
  warnings: { row: number; field: string; message: string }[];
}

/** Every check, no write: 422 with every bad row, else what applyImport will write. */
export async function prepareImport(
  db: Queryable,
  actor: Actor,
  kind: ImportKind,
  table: { row: number; cells: Cell[] }[],
  lang: Lang,
  now: Date,
): Promise<PreparedImport> {
  const rows = checkRows(table, kind, lang, now);
  // the look-alike lookup does not depend on the other checks: it runs beside them
  const near = lookupNear(db, rows.filter((r) => !r.errors.length));
  near.catch(() => undefined); // awaited below; a bad file may be refused first
  await resolveUnits(db, actor, rows, lang, vietnamToday(now));
  const fresh = await resolvePeople(db, actor, kind, rows, lang);
  if (kind === 'contacts') await resolveSources(db, actor, rows.filter((r) => !r.errors.length), lang);
  await markKnownRows(db, kind, rows, lang);
  const bad: RowErrors[] = rows.filter((r) => r.errors.length).map((r) => ({ row: r.row, errors: r.errors }));
  if (bad.length) throw new AppError('validation', msg('importInvalid', lang), undefined, bad);
  return { kind, rows, fresh, warnings: duplicateWarnings(rows, await near, lang) };
}

const auditEntity: Record<ImportKind, string> = { people: 'person', tests: 'lab_test', cases: 'covid_case', contacts: 'contact' };

/** The writes of a prepared import, in one transaction with bulk inserts, and its one audit row. */
export async function applyImport(db: Db, actor: Actor, p: PreparedImport, source: string, now: Date): Promise<number> {
  const skipped = p.rows.filter((r) => r.skip).length;
  return db.transaction(async (tx) => {
    const created = await apply(tx, actor, p.kind, p.rows, p.fresh, now);
    await writeAudit(tx, {
      userId: actor.id, unitId: actor.unit.id, action: 'import', entity: auditEntity[p.kind], entityId: source, before: null,
      after: { kind: p.kind, rows: p.rows.length, peopleCreated: p.fresh.length, created, skipped },
    });
    return created;
  });
}

export async function importRegister(
  db: Db,
  actor: Actor,
  q: { kind: ImportKind; dryRun: boolean },
  body: unknown,
  lang: Lang,
  now: Date,
): Promise<ImportReply> {
  const prepared = await prepareImport(db, actor, q.kind, await readTable(body, lang), lang, now);
  const skipped = prepared.rows.filter((r) => r.skip).length;
  const wouldCreate = q.kind === 'people' ? prepared.fresh.length : prepared.rows.length - skipped;
  const reply = { kind: q.kind, dryRun: q.dryRun, rows: prepared.rows.length, peopleCreated: prepared.fresh.length, skipped, warnings: prepared.warnings };
  if (q.dryRun) return { ...reply, created: wouldCreate };
  const hash = createHash('sha256').update(body as Buffer).digest('hex').slice(0, 32);
  return { ...reply, created: await applyImport(db, actor, prepared, hash, now) };
}
