import type { MeasureTable, RuleSetDefinition } from '../../../domain/epidemic-level.ts';
import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { UnitRef } from '../../http/common-schema.ts';

/** What a write stores. */
export interface RuleSetFields {
  code: string;
  name: string;
  source: string;
  validFrom: string;
  validTo: string | null;
  definition: RuleSetDefinition;
  measures: MeasureTable;
  toConfirm: string[];
  note: string | null;
}

export interface RuleSetRow extends RuleSetFields {
  id: number;
  /** the province of an adjusted copy; null for a national set */
  unitId: number | null;
  province: UnitRef | null;
  /** the province's path, for scope checks */
  provincePath: string | null;
  basedOnId: number | null;
  basedOnCode: string | null;
  createdAt: Date;
  updatedAt: Date | null;
}

const columns = `s.id, s.code, s.name, s.source, s.unit_id as "unitId",
  case when o.id is null then null
    else json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'fullName', o.full_name, 'level', o.level) end as province,
  o.path as "provincePath", s.based_on_id as "basedOnId", b.code as "basedOnCode",
  s.valid_from as "validFrom", s.valid_to as "validTo", s.definition, s.measures, s.to_confirm as "toConfirm", s.note,
  s.created_at as "createdAt", s.updated_at as "updatedAt"`;
const from = `level_rule_set s left join org_unit o on o.id = s.unit_id left join level_rule_set b on b.id = s.based_on_id`;

/** The national sets, and the adjusted sets of one province (`provinceId`) or of all (`allProvinces`). */
export async function listRuleSets(db: Queryable, q: { provinceId: number | null; allProvinces: boolean }): Promise<RuleSetRow[]> {
  return db.query<RuleSetRow>({
    text: `select ${columns} from ${from}
      where s.unit_id is null or $2 or s.unit_id = $1
      order by s.unit_id nulls first, o.code, s.valid_from desc, s.id`,
    values: [q.provinceId, q.allProvinces],
  });
}

export async function findRuleSet(db: Queryable, id: number): Promise<RuleSetRow | undefined> {
  const rows = await db.query<RuleSetRow>({ text: `select ${columns} from ${from} where s.id = $1`, values: [id] });
  return rows[0];
}

/** The adjusted copies made from a set. */
export async function copiesOf(db: Queryable, id: number): Promise<RuleSetRow[]> {
  return db.query<RuleSetRow>({ text: `select ${columns} from ${from} where s.based_on_id = $1 and s.unit_id is not null order by s.id`, values: [id] });
}

/** The validity of the sets of one owner (a province, or the Ministry for null). */
export async function validitiesOf(db: Queryable, unitId: number | null): Promise<{ id: number; code: string; validFrom: string; validTo: string | null }[]> {
  return db.query(sql`
    select id, code, valid_from as "validFrom", valid_to as "validTo" from level_rule_set
    where unit_id is not distinct from ${unitId}::int order by valid_from`);
}

/** Serialises rule-set writes, so that two overlapping validities cannot both pass the check. */
export async function lockRuleSets(db: Queryable): Promise<void> {
  await db.exec('lock table level_rule_set in share row exclusive mode');
}

export async function ruleSetIdByClientId(db: Queryable, clientId: string): Promise<number | undefined> {
  return (await db.query<{ id: number }>(sql`select id from level_rule_set where client_id = ${clientId}::uuid`))[0]?.id;
}

export async function insertRuleSet(
  db: Queryable,
  s: RuleSetFields & { unitId: number | null; basedOnId: number | null; clientId: string | null },
  userId: number,
  at: Date,
): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into level_rule_set (code, name, source, unit_id, based_on_id, valid_from, valid_to, definition, measures, to_confirm, note,
      client_id, created_by, created_at)
    values (${s.code}, ${s.name}, ${s.source}, ${s.unitId}, ${s.basedOnId}, ${s.validFrom}::date, ${s.validTo}::date,
      ${JSON.stringify(s.definition)}::jsonb, ${JSON.stringify(s.measures)}::jsonb, ${JSON.stringify(s.toConfirm)}::jsonb, ${s.note},
      ${s.clientId}::uuid, ${userId}, ${at})
    returning id`);
  return rows[0]!.id;
}

export async function updateRuleSet(db: Queryable, id: number, s: RuleSetFields, userId: number, at: Date): Promise<void> {
  await db.execute(sql`
    update level_rule_set set code = ${s.code}, name = ${s.name}, source = ${s.source}, valid_from = ${s.validFrom}::date,
      valid_to = ${s.validTo}::date, definition = ${JSON.stringify(s.definition)}::jsonb, measures = ${JSON.stringify(s.measures)}::jsonb,
      to_confirm = ${JSON.stringify(s.toConfirm)}::jsonb, note = ${s.note}, updated_by = ${userId}, updated_at = ${at}
    where id = ${id}`);
}

export async function updateMarks(db: Queryable, id: number, toConfirm: string[], userId: number, at: Date): Promise<void> {
  await db.execute(sql`
    update level_rule_set set to_confirm = ${JSON.stringify(toConfirm)}::jsonb, updated_by = ${userId}, updated_at = ${at} where id = ${id}`);
}

/** Unit-weeks assessed under a set. */
export async function assessmentCount(db: Queryable, id: number): Promise<number> {
  const rows = await db.query<{ n: number }>(sql`select count(*)::int as n from level_assessment where rule_set_id = ${id}`);
  return rows[0]?.n ?? 0;
}

/**
 * The set in force on `date` for the units of a province: the province's adjusted set when one
 * is valid then, else the national one (`provinceId` null: the national one).
 */
export async function ruleSetInForce(db: Queryable, provinceId: number | null, date: string): Promise<RuleSetRow | undefined> {
  const rows = await db.query<RuleSetRow>({
    text: `select ${columns} from ${from}
      where (s.unit_id is null or s.unit_id = $1) and s.valid_from <= $2::date and (s.valid_to is null or s.valid_to > $2::date)
      order by s.unit_id nulls last, s.valid_from desc limit 1`,
    values: [provinceId, date],
  });
  return rows[0];
}
