import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { Values } from '../../http/common-schema.ts';
import type { ReportStatus } from './schema.ts';

export interface ReportRow {
  id: number;
  formId: number;
  unitId: number;
  period: string;
  status: ReportStatus;
  vals: Values;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  onTime: boolean | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
}

const columns = `r.id, r.form_id as "formId", r.unit_id as "unitId", to_char(r.period, 'YYYY-MM-DD') as period, r.status,
  r.vals, r.first_submitted_at as "firstSubmittedAt", r.submitted_at as "submittedAt", r.on_time as "onTime",
  r.reviewed_at as "reviewedAt", r.review_comment as "reviewComment"`;

/** Submitted and approved reports count in the totals; drafts and returned ones do not. */
export const COUNTED: ReportStatus[] = ['submitted', 'approved'];

export async function findReport(
  db: Queryable,
  key: { formId: number; unitId: number; period: string },
  forUpdate = false,
): Promise<ReportRow | undefined> {
  const rows = await db.query<ReportRow>({
    text: `select ${columns} from report r where form_id = $1 and unit_id = $2 and period = $3 ${forUpdate ? 'for update' : ''}`,
    values: [key.formId, key.unitId, key.period],
  });
  return rows[0];
}

export async function findReportById(db: Queryable, id: number, forUpdate = false): Promise<ReportRow | undefined> {
  const rows = await db.query<ReportRow>({
    text: `select ${columns} from report r where id = $1 ${forUpdate ? 'for update' : ''}`,
    values: [id],
  });
  return rows[0];
}

export async function upsertReport(
  db: Queryable,
  r: Omit<ReportRow, 'id' | 'reviewedAt' | 'reviewComment'> & { userId: number },
): Promise<ReportRow> {
  const rows = await db.query<ReportRow>({
    text: `insert into report as r (form_id, unit_id, period, status, vals, first_submitted_at, submitted_at, submitted_by, on_time, updated_at)
      values ($1, $2, $3::date, $4, $5::jsonb, $6, $7, $8, $9, now())
      on conflict (form_id, unit_id, period) do update set
        status = excluded.status, vals = excluded.vals, first_submitted_at = excluded.first_submitted_at,
        submitted_at = excluded.submitted_at, submitted_by = coalesce(excluded.submitted_by, r.submitted_by),
        on_time = excluded.on_time, reviewed_at = null, reviewed_by = null, review_comment = null, updated_at = now()
      returning ${columns}`,
    values: [r.formId, r.unitId, r.period, r.status, JSON.stringify(r.vals), r.firstSubmittedAt, r.submittedAt,
      r.submittedAt ? r.userId : null, r.onTime],
  });
  return rows[0]!;
}

export async function setReview(
  db: Queryable,
  id: number,
  r: { status: ReportStatus; userId: number; comment: string | null },
): Promise<void> {
  await db.execute(sql`
    update report set status = ${r.status}, reviewed_at = now(), reviewed_by = ${r.userId},
      review_comment = ${r.comment}, updated_at = now()
    where id = ${id}`);
}

/**
 * The totals of `codes` over the unit's counted reports before `period` (for rules on
 * cumulative figures). Codes are checked identifiers (a table constraint).
 */
export async function cumulativeBefore(
  db: Queryable,
  key: { formId: number; unitId: number; period: string },
  codes: string[],
): Promise<Values> {
  if (!codes.length) return {};
  const sums = codes.map((c) => `'${c}', coalesce(sum((vals ->> '${c}')::bigint), 0)`).join(', ');
  const rows = await db.query<{ totals: Values }>({
    text: `select jsonb_build_object(${sums}) as totals from report
      where form_id = $1 and unit_id = $2 and period < $3::date and status = any($4)`,
    values: [key.formId, key.unitId, key.period, COUNTED],
  });
  return rows[0]?.totals ?? {};
}

/** The unit's counted values over the `days` days before `period`, oldest first. */
export async function recentValues(
  db: Queryable,
  key: { formId: number; unitId: number; period: string },
  days: number,
): Promise<Values[]> {
  const rows = await db.query<{ vals: Values }>(sql`
    select vals from report
    where form_id = ${key.formId} and unit_id = ${key.unitId} and status = any(${COUNTED})
      and period < ${key.period}::date and period >= ${key.period}::date - ${days}::int
    order by period`);
  return rows.map((r) => r.vals);
}

export interface QueueRow extends ReportRow {
  unitCode: string;
  unitName: string;
  unitFullName: string;
  unitLevel: number;
}

export async function reviewQueue(
  db: Queryable,
  q: { formId: number; scopePath: string; excludeUnitId: number; period: string | null },
): Promise<QueueRow[]> {
  return db.query<QueueRow>({
    text: `select ${columns}, u.code as "unitCode", u.name as "unitName", u.full_name as "unitFullName", u.level as "unitLevel"
      from report r join org_unit u on u.id = r.unit_id
      where r.form_id = $1 and r.status = 'submitted' and u.path ~>=~ $2 and u.path ~<~ subtree_end($2) and u.id <> $3
        and ($4::date is null or r.period = $4::date)
      order by r.period desc, u.code limit 500`,
    values: [q.formId, q.scopePath, q.excludeUnitId, q.period],
  });
}
