/**
 * The dose import's SQL: who the file's rows are about (with their vaccination state and last
 * dose), the doses of the few people whose full history is needed, and the set-wise writes of a
 * chunk of rows.
 */
import type { DoseHistory } from '../../../domain/vaccination-state.ts';
import type { EarlierDose } from '../../../domain/vaccine-schedule.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

/** A person's state as the register keeps it, and where it was counted in coverage_rollup. */
export interface KeptState {
  history: DoseHistory;
  /** false for a state kept before the last dose was (migration 017): their doses must be read */
  hasLast: boolean;
  countedUnitId: number | null;
  countedBirthYear: number | null;
}

/** A person found for a row. */
export interface PersonHit {
  id: number; nationalId: string | null; searchName: string; birthDate: string | null; unitId: number; path: string;
  state: KeptState | null;
}

export type ExistingDose = EarlierDose & { personId: number };

interface HitRow {
  id: number; nationalId: string | null; searchName: string; birthDate: string | null; unitId: number; path: string;
  doses: number | null; firstDoseOn: string | null; primaryDoneOn: string | null; boosterOn: string | null;
  countedUnitId: number | null; countedBirthYear: number | null; lastNumber: number | null; lastProductId: number | null; lastOn: string | null;
}

const PERSON_COLUMNS = `p.id, p.national_id as "nationalId", p.search_name as "searchName", p.birth_date as "birthDate", p.unit_id as "unitId", o.path,
  s.doses, s.first_dose_on as "firstDoseOn", s.primary_done_on as "primaryDoneOn", s.booster_on as "boosterOn",
  s.counted_unit_id as "countedUnitId", s.counted_birth_year as "countedBirthYear",
  s.last_dose_number as "lastNumber", s.last_product_id as "lastProductId", s.last_dose_on as "lastOn"`;
const PERSON_JOINS = `join org_unit o on o.id = p.unit_id left join vaccination_state s on s.person_id = p.id`;

/**
 * People (not merged away) with one of these national IDs, or one of these folded names with
 * its birth date; a person found both ways comes twice. For a large file the planner scans the
 * register rather than probe it key by key.
 */
export async function findPeople(db: Queryable, ids: string[], names: { name: string; birth: string }[], productCodes: Map<number, string>): Promise<PersonHit[]> {
  const branches: string[] = [];
  const values: unknown[] = [];
  if (ids.length) {
    values.push(ids);
    branches.push(`select ${PERSON_COLUMNS} from person p ${PERSON_JOINS} where p.national_id = any($${values.length}::text[]) and p.merged_into is null`);
  }
  if (names.length) {
    values.push(names.map((n) => n.name), names.map((n) => n.birth));
    branches.push(`select ${PERSON_COLUMNS} from person p ${PERSON_JOINS}
      where (p.search_name, p.birth_date) in (select * from unnest($${values.length - 1}::text[], $${values.length}::date[])) and p.merged_into is null`);
  }
  if (!branches.length) return [];
  const rows = await db.query<HitRow>({ text: branches.join(' union all '), values });
  return rows.map((r) => ({
    id: Number(r.id), nationalId: r.nationalId, searchName: r.searchName, birthDate: r.birthDate, unitId: r.unitId, path: r.path,
    state: r.doses === null ? null : {
      history: {
        doses: r.doses, firstDoseOn: r.firstDoseOn, primaryDoneOn: r.primaryDoneOn, boosterOn: r.boosterOn,
        last: r.lastNumber === null ? null : { doseNumber: r.lastNumber, productCode: productCodes.get(r.lastProductId!) ?? '', givenOn: r.lastOn! },
      },
      hasLast: r.lastNumber !== null,
      countedUnitId: r.countedUnitId,
      countedBirthYear: r.countedBirthYear,
    },
  }));
}

export const dosesOfPeople = (db: Queryable, people: number[]) => people.length
  ? db.query<ExistingDose>({
    text: `select d.person_id as "personId", d.dose_number as "doseNumber", d.kind, d.given_on as "givenOn", vp.code as "productCode", vp.primary_doses as "primaryDoses"
           from vaccine_dose d join vaccine_product vp on vp.id = d.product_id where d.person_id = any($1::bigint[])`,
    values: [people],
  })
  : Promise.resolve([]);

export interface DoseInsert {
  personId: number; productId: number; lotCode: string | null; doseNumber: number; kind: string; givenOn: string; unitId: number;
}

/** Lots named in the file and not yet known (the checks refuse two expiry dates for one). */
export const insertLots = (tx: Queryable, lots: { productId: number; lotCode: string; expiry: string }[]) => tx.execute(sql`
  insert into vaccine_lot (product_id, lot_code, expiry_date)
  select * from unnest(${lots.map((l) => l.productId)}::int[], ${lots.map((l) => l.lotCode)}::text[], ${lots.map((l) => l.expiry)}::date[])
  on conflict (product_id, lot_code) do nothing`);

/** The doses, their lots found by code (inserted by insertLots before, in the same transaction). */
export const insertDoses = (tx: Queryable, doses: DoseInsert[], enteredAt: Date, enteredBy: number) => tx.execute(sql`
  insert into vaccine_dose (person_id, product_id, lot_id, dose_number, kind, given_on, unit_id, entered_at, entered_by)
  select x.p, x.pr, l.id, x.n, x.k, x.g, x.u, ${enteredAt}, ${enteredBy}
  from unnest(${doses.map((d) => d.personId)}::bigint[], ${doses.map((d) => d.productId)}::int[], ${doses.map((d) => d.lotCode)}::text[],
    ${doses.map((d) => d.doseNumber)}::smallint[], ${doses.map((d) => d.kind)}::text[], ${doses.map((d) => d.givenOn)}::date[],
    ${doses.map((d) => d.unitId)}::int[]) as x(p, pr, lc, n, k, g, u)
  left join vaccine_lot l on l.product_id = x.pr and l.lot_code = x.lc`);

export interface StateWrite { personId: number; history: DoseHistory; lastProductId: number; unitId: number; birthYear: number }

/** Each person's state and last dose after the import, and where the state is now counted. */
export const upsertStates = (tx: Queryable, rows: StateWrite[]) => tx.execute(sql`
  insert into vaccination_state (person_id, doses, first_dose_on, primary_done_on, booster_on, counted_unit_id, counted_birth_year,
    last_dose_number, last_product_id, last_dose_on)
  select * from unnest(${rows.map((r) => r.personId)}::bigint[], ${rows.map((r) => r.history.doses)}::smallint[], ${rows.map((r) => r.history.firstDoseOn)}::date[],
    ${rows.map((r) => r.history.primaryDoneOn)}::date[], ${rows.map((r) => r.history.boosterOn)}::date[], ${rows.map((r) => r.unitId)}::int[],
    ${rows.map((r) => r.birthYear)}::smallint[], ${rows.map((r) => r.history.last!.doseNumber)}::smallint[], ${rows.map((r) => r.lastProductId)}::int[],
    ${rows.map((r) => r.history.last!.givenOn)}::date[])
  on conflict (person_id) do update set doses = excluded.doses, first_dose_on = excluded.first_dose_on, primary_done_on = excluded.primary_done_on,
    booster_on = excluded.booster_on, counted_unit_id = excluded.counted_unit_id, counted_birth_year = excluded.counted_birth_year,
    last_dose_number = excluded.last_dose_number, last_product_id = excluded.last_product_id, last_dose_on = excluded.last_dose_on`);
