/**
 * Dose import from CSV or Excel: every row checked (fields, person, product, lot, unit and the
 * schedule, against the register and the file's earlier rows), every bad row reported and
 * nothing applied, or everything applied in one transaction with set-wise writes, chunk by
 * chunk so that the client can follow. A row whose person already has a dose of that product on
 * that day is skipped, so a retried file creates nothing.
 *
 * The register is read once for the whole file: each person with their state and last dose
 * (what the next dose's checks need); all the doses only of the few people with a row dated on
 * or before their last dose (a retried file, or doses sent out of order).
 */
import { createHash } from 'node:crypto';
import { groupBy } from '../../../domain/collections.ts';
import { vietnamToday } from '../../../domain/dates.ts';
import { normalizeUnitCode } from '../../../domain/exchange.ts';
import { findHeader, readRow, type Column, type Fields } from '../../../domain/register-import.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import { historyOf, stageReachedBy, withDose, type DoseHistory } from '../../../domain/vaccination-state.ts';
import { checkDose, type EarlierDose } from '../../../domain/vaccine-schedule.ts';
import type { Db, Queryable } from '../../db/client.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError, type RowErrors } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnitsByCodes, type UnitRow } from '../orgunits/repository.ts';
import { MAX_ROWS, readTable } from '../register-exchange/service.ts';
import { applyImport, type DoseToWrite, type PersonPlan } from './import-apply.ts';
import * as irepo from './import-repository.ts';
import { vmsg } from './messages.ts';
import { issueError } from './register.ts';
import * as repo from './repository.ts';

export const DOSE_COLUMNS: Column[] = [
  { key: 'national_id', vi: 'Số CCCD/CMND', en: 'National ID', type: 'text' },
  { key: 'full_name', vi: 'Họ và tên', en: 'Full name', type: 'text' },
  { key: 'birth_date', vi: 'Ngày sinh', en: 'Birth date', type: 'date' },
  { key: 'product', vi: 'Mã vắc xin', en: 'Vaccine code', type: 'text', required: true },
  { key: 'lot', vi: 'Số lô', en: 'Lot', type: 'text' },
  { key: 'expiry_date', vi: 'Hạn dùng', en: 'Expiry date', type: 'date' },
  { key: 'given_on', vi: 'Ngày tiêm', en: 'Dose date', type: 'date', required: true },
  { key: 'unit_code', vi: 'Mã đơn vị tiêm', en: 'Unit code', type: 'text', required: true },
];
/** The columns that say who a row is about, read first (the register is searched meanwhile), and the others. */
const PERSON_COLUMNS = DOSE_COLUMNS.slice(0, 3);
const DOSE_FIELDS = DOSE_COLUMNS.slice(3);

/** Rows written per statement: progress moves by that much, and no statement carries the whole file. */
const CHUNK_ROWS = 5_000;

/** Where an import is: the rows being checked (done is 0 until they all are), then the writing (doses, then people's states). */
export interface ImportProgress { phase: 'check' | 'write'; done: number; total: number }

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  /** rows per written chunk (tests make it small) */
  chunkRows?: number;
}

interface DoseRowIn {
  row: number;
  errors: FieldError[];
  nationalId: string | null;
  searchName: string | null;
  birthDate: string | null;
  personId?: number;
  product?: repo.ProductRow;
  lotCode: string | null;
  expiry: string | null;
  /** a lot the register does not know yet: inserted before the doses */
  newLot?: boolean;
  givenOn: string;
  unit?: UnitRow;
  doseNumber?: number;
  kind?: EarlierDose['kind'];
  /** the stage the dose makes its person reach (vaccination_daily) */
  stage?: string;
  skip?: boolean;
}

const s = (v: Fields[string] | undefined) => (typeof v === 'string' && v ? v : null);
const settled = <T>(p: Promise<T>) => {
  p.catch(() => undefined); // awaited later; a failure meanwhile is not unhandled
  return p;
};
/** PGlite answers without a turn of the event loop: let progress out (and other requests in). */
const breathe = () => new Promise((resolve) => setImmediate(resolve));

export async function importDoses(db: Db, actor: Actor, dryRun: boolean, body: unknown, lang: Lang, now: Date, opts: ImportOptions = {}) {
  const onProgress = opts.onProgress ?? (() => undefined);
  const table = await readTable(body, lang);
  const header = findHeader(table, DOSE_COLUMNS);
  if (!header) throw new AppError('bad_request', msg('importInvalid', lang));
  const data = table.slice(header.index + 1);
  if (!data.length || data.length > MAX_ROWS) throw new AppError('bad_request', msg('importInvalid', lang));
  const today = vietnamToday(now);
  onProgress({ phase: 'check', done: 0, total: data.length });
  await breathe();

  // who each row is about first: the register is searched while the rest of every row is read
  const whoRead = data.map((r) => readRow(r.cells, header.keys, PERSON_COLUMNS, lang));
  const who = whoRead.map((w) => personOf(w.fields));
  const products = await repo.listProducts(db);
  const found = settled(irepo.findPeople(db, [...new Set(who.map((w) => w.nationalId).filter((x): x is string => !!x))],
    [...new Map(who.filter((w) => !w.nationalId && w.searchName && w.birthDate).map((w) => [`${w.searchName}|${w.birthDate}`, { name: w.searchName!, birth: w.birthDate! }])).values()],
    new Map(products.map((p) => [p.id, p.code]))));
  const reference = settled(Promise.all([repo.listLots(db), repo.listIntervals(db)]));
  await breathe(); // let the statements go out before the CPU-bound reading
  const parsed = data.map((r, i) => {
    const rest = readRow(r.cells, header.keys, DOSE_FIELDS, lang);
    const errors = whoRead[i]!.errors.length ? [...whoRead[i]!.errors, ...rest.errors] : rest.errors;
    return { row: r.row, who: who[i]!, fields: rest.fields, unitCode: normalizeUnitCode(s(rest.fields.unit_code), 3), errors };
  });
  const units = await findUnitsByCodes(db, [...new Set(parsed.map((p) => p.unitCode).filter((c): c is string => !!c))], today);
  const byCode = new Map(products.map((p) => [p.code, p]));
  const rows = parsed.map((p) => readDoseRow(p, byCode, units, actor, lang));
  const [lots, intervals] = await reference;
  checkLots(lots, rows, lang);
  const people = (await found).filter((h) => inScope(actor, { path: h.path }));
  matchPeople(rows, people, lang);
  const plans = await checkSchedules(db, rows, new Map(people.map((h) => [h.id, h])), intervals, lang, today);
  onProgress({ phase: 'check', done: rows.length, total: rows.length });

  const bad: RowErrors[] = rows.filter((r) => r.errors.length).map((r) => ({ row: r.row, errors: r.errors }));
  if (bad.length) throw new AppError('validation', vmsg('importRow', lang), undefined, bad);
  const todo = rows.filter((r) => !r.skip);
  const reply = { dryRun, rows: rows.length, created: todo.length, skipped: rows.length - todo.length };
  if (dryRun || !todo.length) return reply;
  const written = todo.map((r): DoseToWrite => ({
    personId: r.personId!, productId: r.product!.id, lotCode: r.lotCode, expiry: r.expiry, newLot: !!r.newLot, givenOn: r.givenOn,
    unitId: r.unit!.id, doseNumber: r.doseNumber!, kind: r.kind!, stage: r.stage!,
  }));
  await applyImport(db, written, plans, {
    actor, now, source: createHash('sha256').update(body as Buffer).digest('hex').slice(0, 32), chunkRows: opts.chunkRows ?? CHUNK_ROWS,
    onWritten: async (done, total) => {
      onProgress({ phase: 'write', done, total });
      await breathe();
    },
  }).catch((err: unknown) => {
    // a dose recorded for one of the file's people since they were read took the dose number
    if ((err as { code?: string }).code === '23505') throw new AppError('conflict', vmsg('registerChanged', lang));
    throw err;
  });
  return reply;
}

function personOf(fields: Fields) {
  const name = s(fields.full_name);
  return { nationalId: s(fields.national_id), searchName: name ? foldVietnamese(name) : null, birthDate: s(fields.birth_date) };
}

/** A row's own fields: who, the product, the unit (in the actor's scope). */
function readDoseRow(
  p: { row: number; who: ReturnType<typeof personOf>; fields: Fields; unitCode: string | null; errors: FieldError[] }, products: Map<string, repo.ProductRow>,
  units: Map<string, UnitRow>, actor: Actor, lang: Lang,
): DoseRowIn {
  const r: DoseRowIn = {
    row: p.row, errors: p.errors, nationalId: p.who.nationalId, searchName: p.who.searchName, birthDate: p.who.birthDate,
    lotCode: s(p.fields.lot), expiry: s(p.fields.expiry_date), givenOn: s(p.fields.given_on) ?? '',
  };
  const code = s(p.fields.product)?.toUpperCase();
  if (code) {
    r.product = products.get(code);
    if (!r.product) r.errors.push({ field: 'product', message: vmsg('unknownProduct', lang) });
  }
  const { unitCode } = p;
  if (unitCode) {
    const unit = units.get(unitCode);
    if (!unit || !inScope(actor, unit)) r.errors.push({ field: 'unit_code', message: vmsg('unitNotFound', lang, { code: unitCode }) });
    else r.unit = unit;
  }
  return r;
}

/** Lots known to the register keep their expiry; a lot new to it takes the first expiry the file gives. */
function checkLots(lotList: repo.LotRow[], rows: DoseRowIn[], lang: Lang) {
  const known = new Map(lotList.map((l) => [`${l.productId}|${l.lotCode}`, l.expiryDate]));
  const fromFile = new Map<string, string>();
  for (const r of rows) {
    if (!r.product || !r.lotCode) continue;
    const key = `${r.product.id}|${r.lotCode}`;
    const expiry = known.get(key) ?? fromFile.get(key);
    r.newLot = !known.has(key);
    if (!expiry && !r.expiry) r.errors.push({ field: 'expiry_date', message: vmsg('lotRequired', lang) });
    else if (expiry && r.expiry && r.expiry !== expiry) r.errors.push({ field: 'expiry_date', message: vmsg('lotExpiryMismatch', lang, { lot: r.lotCode, expiry }) });
    else if (r.givenOn && (expiry ?? r.expiry)! < r.givenOn) r.errors.push({ field: 'lot', message: vmsg('lotExpired', lang, { expiry: (expiry ?? r.expiry)! }) });
    if (r.newLot && r.expiry && !expiry) fromFile.set(key, r.expiry);
  }
}

/** Each row's person: exactly one of the people found (in the actor's scope) by national ID, else by name and birth date. */
function matchPeople(rows: DoseRowIn[], people: irepo.PersonHit[], lang: Lang): void {
  const unique = [...new Map(people.map((h) => [h.id, h])).values()]; // found both ways: once
  const byNationalId = groupBy(unique.filter((h) => h.nationalId), (h) => h.nationalId!);
  const byNameBirth = groupBy(unique, (h) => `${h.searchName}|${h.birthDate}`);
  for (const r of rows) {
    const matches = (r.nationalId ? byNationalId.get(r.nationalId) : r.searchName && r.birthDate ? byNameBirth.get(`${r.searchName}|${r.birthDate}`) : undefined) ?? [];
    if (matches.length === 1) r.personId = matches[0]!.id;
    else r.errors.push({ field: r.nationalId ? 'national_id' : 'full_name', message: vmsg(matches.length ? 'personAmbiguous' : 'personNotFound', lang) });
  }
}

/**
 * Each person's new doses in date order against their history: the dose number, kind and stage
 * reached of each. All of a person's doses are read only when a row is dated on or before their
 * last dose and is not that dose (it may be one of theirs already, or a dose out of order).
 */
async function checkSchedules(db: Queryable, rows: DoseRowIn[], hits: Map<number, irepo.PersonHit>, intervals: repo.IntervalRow[], lang: Lang, today: string) {
  const rowsOf = groupBy(rows.filter((r) => r.personId && r.product && r.givenOn), (r) => r.personId!);
  const needAll = [...rowsOf].filter(([id, mine]) => {
    const state = hits.get(id)!.state;
    const last = state?.history.last;
    return state && (!state.hasLast || mine.some((r) => r.givenOn <= last!.givenOn && !(r.givenOn === last!.givenOn && r.product!.code === last!.productCode)));
  }).map(([id]) => id);
  const allDoses = groupBy(await irepo.dosesOfPeople(db, needAll), (d) => Number(d.personId));
  const plans = new Map<number, PersonPlan>();
  for (const [personId, mine] of rowsOf) {
    const hit = hits.get(personId)!;
    const doses = allDoses.get(personId);
    const known = doses ? new Set(doses.map((d) => `${d.productCode}|${d.givenOn}`)) : null;
    let history: DoseHistory | null = doses ? historyOf(doses) : (hit.state?.history ?? null);
    let lastProductId = 0;
    if (mine.length > 1) mine.sort((a, b) => a.givenOn.localeCompare(b.givenOn));
    for (const r of mine) {
      const product = r.product!;
      if (known?.has(`${product.code}|${r.givenOn}`) || (history?.last?.productCode === product.code && history.last.givenOn === r.givenOn)) {
        r.skip = true;
        continue;
      }
      const check = checkDose({ product, intervals, previous: history, birthDate: hit.birthDate, givenOn: r.givenOn, today });
      for (const issue of check.errors) {
        const e = issueError(issue, lang);
        r.errors.push({ field: e.field === 'givenOn' ? 'given_on' : 'product', message: e.message });
      }
      const next = withDose(history, { doseNumber: check.doseNumber, kind: check.kind, givenOn: r.givenOn, productCode: product.code, primaryDoses: product.primaryDoses });
      r.doseNumber = check.doseNumber;
      r.kind = check.kind;
      r.stage = stageReachedBy(history, next);
      history = next;
      lastProductId = product.id;
    }
    if (!lastProductId) continue; // every row already in the register
    const counted = hit.state;
    plans.set(personId, {
      history: history!, lastProductId, birthDate: hit.birthDate, unitId: hit.unitId,
      counted: counted?.history ?? null, countedUnitId: counted?.countedUnitId ?? null, countedBirthYear: counted?.countedBirthYear ?? null,
    });
  }
  return plans;
}
