/**
 * Dose import from CSV or Excel: every row checked (fields, person, product, lot, unit and the
 * schedule, against the register and the file's earlier rows), every bad row reported and
 * nothing applied, or everything applied in one transaction with set-wise writes. A row whose
 * person already has a dose of that product on that day is skipped, so a retried file creates
 * nothing.
 */
import { groupBy } from '../../../domain/collections.ts';
import { createHash } from 'node:crypto';
import { ageBandAt } from '../../../domain/age-groups.ts';
import { vietnamToday } from '../../../domain/dates.ts';
import { normalizeUnitCode } from '../../../domain/exchange.ts';
import { findHeader, readRow, type Column } from '../../../domain/register-import.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import { stageReachedBy, stateOf, type VaccinationState } from '../../../domain/vaccination-state.ts';
import { checkDose, type EarlierDose } from '../../../domain/vaccine-schedule.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { FieldError } from '../../http/common-schema.ts';
import { AppError, type RowErrors } from '../../http/errors.ts';
import { msg, type Lang } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { findUnitsByCodes, type UnitRow } from '../orgunits/repository.ts';
import { MAX_ROWS, readTable } from '../register-exchange/service.ts';
import { vmsg } from './messages.ts';
import { addDaily, addRollups, issueError, UNKNOWN_BIRTH_YEAR, type DailyDelta, type RollupDelta } from './register.ts';
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
/** The columns that say who a row is about. */
const PERSON_COLUMNS = DOSE_COLUMNS.slice(0, 3);

/** A person found for a row, with where their vaccination was counted (null before a first dose). */
interface PersonHit {
  id: number; nationalId: string | null; searchName: string; birthDate: string | null; unitId: number; path: string;
  counted: Counted | null;
}
interface Counted { firstDoseOn: string | null; primaryDoneOn: string | null; boosterOn: string | null; unitId: number | null; birthYear: number | null }
interface DoseRowIn {
  row: number;
  errors: FieldError[];
  personId?: number;
  product?: repo.ProductRow;
  lotCode: string | null;
  expiry: string | null;
  lotId?: number | null;
  givenOn: string;
  unit?: UnitRow;
  doseNumber?: number;
  kind?: EarlierDose['kind'];
  skip?: boolean;
}
type ExistingDose = EarlierDose & { personId: number };

const s = (v: unknown) => (typeof v === 'string' && v ? v : null);

async function findPeople(db: Queryable, ids: string[], names: { name: string; birth: string }[]): Promise<PersonHit[]> {
  const rows = await db.query<Omit<PersonHit, 'counted'> & { cFirst: string | null; cPrimary: string | null; cBooster: string | null; cUnit: number | null; cYear: number | null; counted: boolean }>({
    text: `select p.id, p.national_id as "nationalId", p.search_name as "searchName", p.birth_date as "birthDate", p.unit_id as "unitId", o.path,
             s.person_id is not null as counted, s.first_dose_on as "cFirst", s.primary_done_on as "cPrimary", s.booster_on as "cBooster",
             s.counted_unit_id as "cUnit", s.counted_birth_year as "cYear"
           from person p join org_unit o on o.id = p.unit_id left join vaccination_state s on s.person_id = p.id
           where p.merged_into is null and (p.national_id = any($1::text[])
             or (p.search_name, p.birth_date) in (select * from unnest($2::text[], $3::date[])))`,
    values: [ids, names.map((n) => n.name), names.map((n) => n.birth)],
  });
  return rows.map(({ cFirst, cPrimary, cBooster, cUnit, cYear, counted, ...h }) => ({
    ...h, counted: counted ? { firstDoseOn: cFirst, primaryDoneOn: cPrimary, boosterOn: cBooster, unitId: cUnit, birthYear: cYear } : null,
  }));
}

const EXISTING_DOSE_COLUMNS = `d.person_id as "personId", d.dose_number as "doseNumber", d.kind, d.given_on as "givenOn", vp.code as "productCode", vp.primary_doses as "primaryDoses"`;

/**
 * The doses already given to the people of these national IDs: read by national ID, so that
 * it runs beside the person lookup on a second connection rather than after it.
 */
const dosesByNationalId = (db: Queryable, ids: string[]) => db.query<ExistingDose>({
  text: `select ${EXISTING_DOSE_COLUMNS} from person p join vaccine_dose d on d.person_id = p.id join vaccine_product vp on vp.id = d.product_id
         where p.national_id = any($1::text[]) and p.merged_into is null`,
  values: [ids],
});
const dosesOfPeople = (db: Queryable, people: number[]) => db.query<ExistingDose>({
  text: `select ${EXISTING_DOSE_COLUMNS} from vaccine_dose d join vaccine_product vp on vp.id = d.product_id where d.person_id = any($1::bigint[])`,
  values: [people],
});

export async function importDoses(db: Db, actor: Actor, dryRun: boolean, body: unknown, lang: Lang, now: Date) {
  const table = await readTable(body, lang);
  const header = findHeader(table, DOSE_COLUMNS);
  if (!header) throw new AppError('bad_request', msg('importInvalid', lang));
  const data = table.slice(header.index + 1);
  if (!data.length || data.length > MAX_ROWS) throw new AppError('bad_request', msg('importInvalid', lang));
  const today = vietnamToday(now);

  // who each row is about first: the register is searched while the rest of every row is read
  const who = data.map((r) => readRow(r.cells, header.keys, PERSON_COLUMNS, lang).fields);
  const ids = [...new Set(who.map((w) => s(w.national_id)).filter((x): x is string => !!x))];
  const names = who.filter((w) => !s(w.national_id) && s(w.full_name) && s(w.birth_date))
    .map((w) => ({ name: foldVietnamese(s(w.full_name)!), birth: s(w.birth_date)! }));
  // independent reads side by side (on PostgreSQL each takes a pool connection)
  const lookups = Promise.all([findPeople(db, ids, names), dosesByNationalId(db, ids), repo.listProducts(db), repo.listLots(db), repo.listIntervals(db)]);
  lookups.catch(() => undefined); // awaited below; a failure meanwhile is not unhandled
  await new Promise((resolve) => setImmediate(resolve)); // let the statements go out before the CPU-bound reading
  const parsed = data.map((r) => ({ row: r.row, ...readRow(r.cells, header.keys, DOSE_COLUMNS, lang) }));
  const unitCodes = [...new Set(parsed.map((p) => normalizeUnitCode(s(p.fields.unit_code), 3)).filter((c): c is string => !!c))];
  const [[found, byIdDoses, productList, lotList, intervals], units] = await Promise.all([lookups, findUnitsByCodes(db, unitCodes, today)]);
  const hits = found.filter((h) => inScope(actor, { path: h.path }));
  // one pass over the people found, not one per row
  const byNationalId = groupBy(hits.filter((h) => h.nationalId), (h) => h.nationalId!);
  const byNameBirth = groupBy(hits, (h) => `${h.searchName}|${h.birthDate}`);
  const products = new Map(productList.map((p) => [p.code, p]));

  const rows: DoseRowIn[] = [];
  for (const p of parsed) {
    const r: DoseRowIn = { row: p.row, errors: [...p.errors], lotCode: s(p.fields.lot), expiry: s(p.fields.expiry_date), givenOn: s(p.fields.given_on) ?? '' };
    rows.push(r);
    const nid = s(p.fields.national_id);
    const matches = (nid
      ? byNationalId.get(nid)
      : byNameBirth.get(`${foldVietnamese(s(p.fields.full_name) ?? '')}|${s(p.fields.birth_date)}`)) ?? [];
    if (matches.length === 1) r.personId = Number(matches[0]!.id);
    else r.errors.push({ field: nid ? 'national_id' : 'full_name', message: vmsg(matches.length ? 'personAmbiguous' : 'personNotFound', lang) });
    const code = s(p.fields.product)?.toUpperCase();
    if (code) {
      r.product = products.get(code);
      if (!r.product) r.errors.push({ field: 'product', message: vmsg('unknownProduct', lang) });
    }
    const unitCode = normalizeUnitCode(s(p.fields.unit_code), 3);
    if (unitCode) {
      const unit = units.get(unitCode);
      if (!unit || !inScope(actor, unit)) r.errors.push({ field: 'unit_code', message: vmsg('unitNotFound', lang, { code: unitCode }) });
      else r.unit = unit;
    }
  }
  checkLots(lotList, rows, lang);
  // people found by name and birth date: their doses were not read by national ID
  const idSet = new Set(ids);
  const byName = hits.filter((h) => !h.nationalId || !idSet.has(h.nationalId)).map((h) => Number(h.id));
  const existing = byName.length ? [...byIdDoses, ...(await dosesOfPeople(db, byName))] : byIdDoses;
  const plan = checkSchedules(existing, intervals, rows, lang, today, new Map(hits.map((h) => [Number(h.id), { birthDate: h.birthDate, unitId: h.unitId, counted: h.counted }])));

  const bad: RowErrors[] = rows.filter((r) => r.errors.length).map((r) => ({ row: r.row, errors: r.errors }));
  if (bad.length) throw new AppError('validation', vmsg('importRow', lang), undefined, bad);
  const todo = rows.filter((r) => !r.skip);
  const reply = { dryRun, rows: rows.length, created: todo.length, skipped: rows.length - todo.length };
  if (dryRun || !todo.length) return { ...reply, created: dryRun ? todo.length : 0 };
  const source = createHash('sha256').update(body as Buffer).digest('hex').slice(0, 32);
  await db.transaction((tx) => applyDoses(tx, actor, todo, plan, source, now));
  return reply;
}

function checkLots(lotList: repo.LotRow[], rows: DoseRowIn[], lang: Lang) {
  const lots = new Map(lotList.map((l) => [`${l.productId}|${l.lotCode}`, l]));
  for (const r of rows) {
    if (!r.product || !r.lotCode) continue;
    const lot = lots.get(`${r.product.id}|${r.lotCode}`);
    const expiry = lot?.expiryDate ?? r.expiry;
    if (!expiry) r.errors.push({ field: 'expiry_date', message: vmsg('lotRequired', lang) });
    else if (lot && r.expiry && r.expiry !== lot.expiryDate) r.errors.push({ field: 'expiry_date', message: vmsg('lotExpiryMismatch', lang, { lot: lot.lotCode, expiry: lot.expiryDate }) });
    else if (r.givenOn && expiry < r.givenOn) r.errors.push({ field: 'lot', message: vmsg('lotExpired', lang, { expiry }) });
    r.lotId = lot?.id ?? null;
  }
}

/**
 * What applying changes per person: the state before and after, all their doses (the new ones
 * included), and where they were counted in coverage_rollup (taken back when applying).
 */
interface PersonPlan { before: VaccinationState | null; after: VaccinationState; doses: EarlierDose[]; birthDate: string | null; unitId: number; counted: Counted | null }

function checkSchedules(
  existing: ExistingDose[], intervals: repo.IntervalRow[], rows: DoseRowIn[], lang: Lang, today: string,
  info: Map<number, { birthDate: string | null; unitId: number; counted: Counted | null }>,
): Map<number, PersonPlan> {
  const people = [...new Set(rows.filter((r) => r.personId).map((r) => r.personId!))];
  const plan = new Map<number, PersonPlan>();
  const existingOf = groupBy(existing, (d) => Number(d.personId));
  for (const doses of existingOf.values()) doses.sort((a, b) => a.doseNumber - b.doseNumber);
  const rowsOf = groupBy(rows.filter((r) => r.personId && r.product && r.givenOn), (r) => r.personId!);
  for (const personId of people) {
    const earlier: EarlierDose[] = [...(existingOf.get(personId) ?? [])];
    const before = earlier.length ? stateOf(earlier) : null;
    const mine = (rowsOf.get(personId) ?? []).sort((a, b) => a.givenOn.localeCompare(b.givenOn));
    for (const r of mine) {
      if (earlier.some((d) => d.productCode === r.product!.code && d.givenOn === r.givenOn)) {
        r.skip = true;
        continue;
      }
      const check = checkDose({ product: r.product!, intervals, earlier, birthDate: info.get(personId)!.birthDate, givenOn: r.givenOn, today });
      r.errors.push(...check.errors.map((i) => issueError(i, lang)).map((e) => ({ ...e, field: e.field === 'givenOn' ? 'given_on' : 'product' })));
      r.doseNumber = check.doseNumber;
      r.kind = check.kind;
      earlier.push({ doseNumber: check.doseNumber, kind: check.kind, givenOn: r.givenOn, productCode: r.product!.code, primaryDoses: r.product!.primaryDoses });
    }
    plan.set(personId, { before, after: stateOf(earlier), doses: earlier, ...info.get(personId)! });
  }
  return plan;
}

async function applyDoses(tx: Queryable, actor: Actor, rows: DoseRowIn[], plan: Map<number, PersonPlan>, source: string, now: Date) {
  const newLots = rows.filter((r) => r.lotCode && !r.lotId);
  if (newLots.length) {
    await tx.execute(sql`insert into vaccine_lot (product_id, lot_code, expiry_date)
      select * from unnest(${newLots.map((r) => r.product!.id)}::int[], ${newLots.map((r) => r.lotCode)}::text[], ${newLots.map((r) => r.expiry)}::date[])
      on conflict (product_id, lot_code) do nothing`);
    const lots = new Map((await repo.listLots(tx)).map((l) => [`${l.productId}|${l.lotCode}`, l.id]));
    for (const r of newLots) r.lotId = lots.get(`${r.product!.id}|${r.lotCode}`) ?? null;
  }
  // sent without waiting: the counts below are worked out while the database inserts
  const inserted = tx.execute(sql`
    insert into vaccine_dose (person_id, product_id, lot_id, dose_number, kind, given_on, unit_id, entered_at, entered_by)
    select p, pr, l, n, k, g, u, ${now}, ${actor.id}
    from unnest(${rows.map((r) => r.personId)}::bigint[], ${rows.map((r) => r.product!.id)}::int[], ${rows.map((r) => r.lotId ?? null)}::int[],
      ${rows.map((r) => r.doseNumber)}::smallint[], ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.givenOn)}::date[],
      ${rows.map((r) => r.unit!.id)}::int[]) as x(p, pr, l, n, k, g, u)`);

  // each dose's stage, replaying the person's new doses in order
  const daily: DailyDelta[] = [];
  const rowsOf = groupBy(rows, (r) => r.personId!);
  for (const [personId, p] of plan) {
    let state = p.before;
    const mine = (rowsOf.get(personId) ?? []).sort((a, b) => a.doseNumber! - b.doseNumber!);
    for (const r of mine) {
      const next = stateOf(p.doses.filter((d) => d.doseNumber <= r.doseNumber!));
      daily.push({ unitId: r.unit!.id, day: r.givenOn, stage: stageReachedBy(state, next), band: ageBandAt(p.birthDate, r.givenOn), n: 1 });
      state = next;
    }
  }
  // state and roll-ups for every person touched: take back what was counted, count the new state
  const ids = [...plan.keys()];
  const deltas: RollupDelta[] = [];
  for (const { counted: c } of plan.values()) if (c?.unitId != null) deltas.push(...rollupDeltas(c, c.unitId, c.birthYear ?? UNKNOWN_BIRTH_YEAR, -1));
  const fresh = ids.map((id) => ({ id, p: plan.get(id)!, by: plan.get(id)!.birthDate ? Number(plan.get(id)!.birthDate!.slice(0, 4)) : UNKNOWN_BIRTH_YEAR }));
  for (const f of fresh) deltas.push(...rollupDeltas(f.p.after, f.p.unitId, f.by, 1));
  const state = tx.execute(sql`
    insert into vaccination_state (person_id, doses, first_dose_on, primary_done_on, booster_on, counted_unit_id, counted_birth_year)
    select * from unnest(${ids}::bigint[], ${fresh.map((f) => f.p.after.doses)}::smallint[], ${fresh.map((f) => f.p.after.firstDoseOn)}::date[],
      ${fresh.map((f) => f.p.after.primaryDoneOn)}::date[], ${fresh.map((f) => f.p.after.boosterOn)}::date[], ${fresh.map((f) => f.p.unitId)}::int[],
      ${fresh.map((f) => f.by)}::smallint[])
    on conflict (person_id) do update set doses = excluded.doses, first_dose_on = excluded.first_dose_on, primary_done_on = excluded.primary_done_on,
      booster_on = excluded.booster_on, counted_unit_id = excluded.counted_unit_id, counted_birth_year = excluded.counted_birth_year`);
  // one connection runs them in order; a failure in any rolls the whole import back
  await Promise.all([inserted, state, addRollups(tx, deltas), addDaily(tx, daily)]);
  await writeAudit(tx, {
    userId: actor.id, unitId: actor.unit.id, action: 'import', entity: 'vaccine_dose', entityId: source, before: null,
    after: { rows: rows.length, people: ids.length },
  });
}

function rollupDeltas(s: Pick<VaccinationState, 'firstDoseOn' | 'primaryDoneOn' | 'boosterOn'>, unitId: number, birthYear: number, n: number): RollupDelta[] {
  const out: RollupDelta[] = [];
  if (s.firstDoseOn) out.push({ unitId, birthYear, stage: 'dose1', n });
  if (s.primaryDoneOn) out.push({ unitId, birthYear, stage: 'primary', n });
  if (s.boosterOn) out.push({ unitId, birthYear, stage: 'booster', n });
  return out;
}
