import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { Form, Indicator, NewForm, Rule } from './schema.ts';

interface FormRow extends Omit<Form, 'indicators'> {
  rules: Rule[];
}

const formColumns = `id, code, name_vi as "nameVi", name_en as "nameEn", period_type as "periodType",
  to_char(deadline_time, 'HH24:MI') as "deadlineTime", deadline_offset_days as "deadlineOffsetDays",
  submit_level as "submitLevel", approve_level as "approveLevel", to_char(start_date, 'YYYY-MM-DD') as "startDate",
  case_indicators as "caseIndicators", rules`;

async function withIndicators(db: Queryable, forms: FormRow[]): Promise<Form[]> {
  if (!forms.length) return [];
  const inds = await db.query<Indicator & { formId: number }>(sql`
    select form_id as "formId", code, position, section_vi as "sectionVi", section_en as "sectionEn",
      name_vi as "nameVi", name_en as "nameEn", kind
    from form_indicator where form_id = any(${forms.map((f) => f.id)}) order by position`);
  return forms.map((f) => ({
    ...f,
    indicators: inds.filter((i) => i.formId === f.id).map(({ formId: _, ...i }) => i),
  }));
}

export async function listForms(db: Queryable): Promise<Form[]> {
  const forms = await db.query<FormRow>({ text: `select ${formColumns} from report_form where active order by code`, values: [] });
  return withIndicators(db, forms);
}

export async function findForm(db: Queryable, code: string): Promise<Form | undefined> {
  const forms = await db.query<FormRow>({ text: `select ${formColumns} from report_form where code = $1`, values: [code] });
  return (await withIndicators(db, forms))[0];
}

export async function findFormById(db: Queryable, id: number): Promise<Form | undefined> {
  const forms = await db.query<FormRow>({ text: `select ${formColumns} from report_form where id = $1`, values: [id] });
  return (await withIndicators(db, forms))[0];
}

export async function insertForm(db: Queryable, f: NewForm): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into report_form (code, name_vi, name_en, period_type, deadline_time, deadline_offset_days,
      submit_level, approve_level, start_date, case_indicators, rules)
    values (${f.code}, ${f.nameVi}, ${f.nameEn}, ${f.periodType}, ${f.deadlineTime}::time, ${f.deadlineOffsetDays},
      ${f.submitLevel}, ${f.approveLevel}, ${f.startDate}::date, ${f.caseIndicators}, ${JSON.stringify(f.rules)}::jsonb)
    returning id`);
  const id = rows[0]!.id;
  for (const i of f.indicators) {
    await db.execute(sql`
      insert into form_indicator (form_id, code, position, section_vi, section_en, name_vi, name_en, kind)
      values (${id}, ${i.code}, ${i.position}, ${i.sectionVi}, ${i.sectionEn}, ${i.nameVi}, ${i.nameEn}, ${i.kind})`);
  }
  return id;
}
