import { chunksOf } from '../../../domain/collections.ts';
import type { Level, LevelInputs, LevelReasons, MeasureTable, RuleSetDefinition } from '../../../domain/epidemic-level.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { UnitRef } from '../../http/common-schema.ts';
import type { Decision, RuleSetRef } from './schema.ts';

export interface RuleSetRow extends RuleSetRef {
  definition: RuleSetDefinition;
  measures: MeasureTable;
  validFrom: string;
}

const ruleSetColumns = `r.id, r.code, r.name, r.source, r.unit_id as "provinceId", r.definition, r.measures,
  to_char(r.valid_from, 'YYYY-MM-DD') as "validFrom"`;

/** Rule sets valid on a day (the national ones and provinces' adjusted ones), the latest start first. */
export async function ruleSetsValidOn(db: Queryable, day: string): Promise<RuleSetRow[]> {
  return db.query<RuleSetRow>({
    text: `select ${ruleSetColumns} from level_rule_set r
      where r.valid_from <= $1::date and (r.valid_to is null or r.valid_to > $1::date)
      order by r.valid_from desc, r.id desc`,
    values: [day],
  });
}

export async function ruleSetsByIds(db: Queryable, ids: number[]): Promise<Map<number, RuleSetRow>> {
  const rows = await db.query<RuleSetRow>({ text: `select ${ruleSetColumns} from level_rule_set r where r.id = any($1::int[])`, values: [ids] });
  return new Map(rows.map((r) => [r.id, r]));
}

export interface AssessmentRow {
  unitId: number;
  ruleSetId: number;
  level: Level;
  inputs: LevelInputs;
  reasons: LevelReasons;
}

/** Replaces the week's rows of these units, a few thousand rows per statement. */
export async function upsertAssessments(tx: Queryable, week: string, rows: AssessmentRow[], at: Date, chunk = 2000): Promise<void> {
  for (const some of chunksOf(rows, chunk)) {
    const part = some.map((r) => ({ unit_id: r.unitId, rule_set_id: r.ruleSetId, level: r.level, inputs: r.inputs, reasons: r.reasons }));
    await tx.execute(sql`
      insert into level_assessment (week, unit_id, rule_set_id, level, inputs, reasons, assessed_at)
      select ${week}::date, x.unit_id, x.rule_set_id, x.level, x.inputs, x.reasons, ${at}
      from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as x(unit_id int, rule_set_id int, level smallint, inputs jsonb, reasons jsonb)
      on conflict (week, unit_id) do update set rule_set_id = excluded.rule_set_id, level = excluded.level,
        inputs = excluded.inputs, reasons = excluded.reasons, assessed_at = excluded.assessed_at`);
  }
}

export async function hasAssessment(db: Queryable, unitId: number, week: string): Promise<boolean> {
  const rows = await db.query(sql`select 1 from level_assessment where unit_id = ${unitId} and week = ${week}::date`);
  return rows.length > 0;
}

/** The latest assessed week of a unit not after `notAfter`. */
export async function latestAssessedWeek(db: Queryable, unitId: number, notAfter: string): Promise<string | undefined> {
  const [row] = await db.query<{ week: string }>(sql`
    select to_char(max(week), 'YYYY-MM-DD') as week from level_assessment where unit_id = ${unitId} and week <= ${notAfter}::date`);
  return row?.week ?? undefined;
}

export interface StoredAssessment extends AssessmentRow {
  week: string;
  assessedAt: Date;
}

/** The assessments of these units for these weeks. */
export async function assessmentsOf(db: Queryable, unitIds: number[], weeks: string[]): Promise<StoredAssessment[]> {
  return db.query<StoredAssessment>(sql`
    select to_char(week, 'YYYY-MM-DD') as week, unit_id as "unitId", rule_set_id as "ruleSetId", level, inputs, reasons,
      assessed_at as "assessedAt"
    from level_assessment where unit_id = any(${unitIds}::int[]) and week = any(${weeks}::date[])`);
}

/** The unit's latest `limit` assessments up to a week, newest first. */
export async function assessmentHistory(db: Queryable, unitId: number, notAfter: string, limit: number): Promise<StoredAssessment[]> {
  return db.query<StoredAssessment>(sql`
    select to_char(week, 'YYYY-MM-DD') as week, unit_id as "unitId", rule_set_id as "ruleSetId", level, inputs, reasons,
      assessed_at as "assessedAt"
    from level_assessment where unit_id = ${unitId} and week <= ${notAfter}::date order by week desc limit ${limit}`);
}

export interface DecisionRow extends Decision {
  unitPath: string;
  decidedByPath: string;
  clientId: string | null;
}

const decisionColumns = `d.id, d.unit_id as "unitId", to_char(d.week_from, 'YYYY-MM-DD') as "weekFrom",
  to_char(d.week_to, 'YYYY-MM-DD') as "weekTo", d.level, d.decision_no as "decisionNo",
  to_char(d.decision_date, 'YYYY-MM-DD') as "decisionDate", d.reason,
  json_build_object('id', b.id, 'code', b.code, 'name', b.name, 'fullName', b.full_name, 'level', b.level) as "decidedBy",
  d.created_at as "createdAt", o.path as "unitPath", b.path as "decidedByPath", d.client_id as "clientId"`;
const decisionFrom = `from level_decision d join org_unit b on b.id = d.decided_by_unit_id join org_unit o on o.id = d.unit_id`;
/** The latest decision wins: the later decision date, then the later entry. */
const latestFirst = 'd.decision_date desc, d.id desc';

export async function findDecision(db: Queryable, id: number): Promise<DecisionRow | undefined> {
  return (await db.query<DecisionRow>({ text: `select ${decisionColumns} ${decisionFrom} where d.id = $1`, values: [id] }))[0];
}

export async function decisionByClientId(db: Queryable, clientId: string): Promise<DecisionRow | undefined> {
  return (await db.query<DecisionRow>({ text: `select ${decisionColumns} ${decisionFrom} where d.client_id = $1::uuid`, values: [clientId] }))[0];
}

export async function decisionsOfUnit(db: Queryable, unitId: number): Promise<DecisionRow[]> {
  return db.query<DecisionRow>({
    text: `select ${decisionColumns} ${decisionFrom} where d.unit_id = $1 order by d.week_from desc, ${latestFirst}`,
    values: [unitId],
  });
}

/** For each unit, the decision in effect in the week (the latest covering it). */
export async function decisionsInEffect(db: Queryable, unitIds: number[], week: string): Promise<Map<number, DecisionRow>> {
  const rows = await db.query<DecisionRow>({
    text: `select distinct on (d.unit_id) ${decisionColumns} ${decisionFrom}
      where d.unit_id = any($1::int[]) and d.week_from <= $2::date and d.week_to >= $2::date
      order by d.unit_id, ${latestFirst}`,
    values: [unitIds, week],
  });
  return new Map(rows.map((r) => [r.unitId, r]));
}

/** The unit's decisions overlapping weeks [from, to], for history. */
export async function decisionsBetween(db: Queryable, unitId: number, from: string, to: string): Promise<DecisionRow[]> {
  return db.query<DecisionRow>({
    text: `select ${decisionColumns} ${decisionFrom}
      where d.unit_id = $1 and d.week_from <= $3::date and d.week_to >= $2::date order by ${latestFirst}`,
    values: [unitId, from, to],
  });
}

export interface NewDecisionRow {
  clientId: string | null;
  unitId: number;
  weekFrom: string;
  weekTo: string;
  level: number;
  decisionNo: string;
  decisionDate: string;
  reason: string;
  decidedByUnitId: number;
  createdBy: number;
  createdAt: Date;
}

/** The new decision's id; undefined when a decision with the same client id exists. */
export async function insertDecision(tx: Queryable, d: NewDecisionRow): Promise<number | undefined> {
  const [row] = await tx.query<{ id: number }>(sql`
    insert into level_decision (client_id, unit_id, week_from, week_to, level, decision_no, decision_date, reason,
      decided_by_unit_id, created_by, created_at)
    values (${d.clientId}::uuid, ${d.unitId}, ${d.weekFrom}::date, ${d.weekTo}::date, ${d.level}, ${d.decisionNo},
      ${d.decisionDate}::date, ${d.reason}, ${d.decidedByUnitId}, ${d.createdBy}, ${d.createdAt})
    on conflict (client_id) do nothing returning id`);
  return row?.id;
}

export async function deleteDecision(tx: Queryable, id: number): Promise<void> {
  await tx.execute(sql`delete from level_decision where id = ${id}`);
}

export async function nationId(db: Queryable): Promise<number | undefined> {
  return (await db.query<{ id: number }>(sql`select id from org_unit where level = 0 order by valid_to desc nulls first, id limit 1`))[0]?.id;
}

export interface ChildUnit extends UnitRef {
  path: string;
}

export async function childrenOn(db: Queryable, parentId: number, day: string): Promise<ChildUnit[]> {
  return db.query<ChildUnit>(sql`
    select id, code, name, full_name as "fullName", level, path from org_unit u
    where parent_id = ${parentId} and u.valid_from <= ${day}::date and (u.valid_to is null or u.valid_to > ${day}::date)
    order by code`);
}
