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

export interface ReportKey {
  unitId: number;
  period: string;
}
export const keyOf = (k: ReportKey) => `${k.unitId}/${k.period}`;

/**
 * For each (unit, period): the totals of `codes` over the unit's counted reports before the
 * period (for rules on cumulative figures). Codes are checked identifiers (a table constraint).
 */
export async function cumulativeBefore(db: Queryable, formId: number, keys: ReportKey[], codes: string[]): Promise<Map<string, Values>> {
  if (!codes.length || !keys.length) return new Map();
  const sums = codes.map((c) => `'${c}', coalesce(sum((r.vals ->> '${c}')::bigint), 0)`).join(', ');
  const rows = await db.query<ReportKey & { totals: Values }>({
    text: `select q.unit_id as "unitId", to_char(q.period, 'YYYY-MM-DD') as period, jsonb_build_object(${sums}) as totals
      from unnest($2::int[], $3::date[]) as q(unit_id, period)
      left join report r on r.form_id = $1 and r.unit_id = q.unit_id and r.period < q.period and r.status = any($4)
      group by q.unit_id, q.period`,
    values: [formId, keys.map((k) => k.unitId), keys.map((k) => k.period), COUNTED],
  });
  return new Map(rows.map((r) => [keyOf(r), r.totals]));
}

/** For each (unit, period): the unit's counted values over the `days` days before, oldest first. */
export async function recentValues(db: Queryable, formId: number, keys: ReportKey[], days: number): Promise<Map<string, Values[]>> {
  const rows = await db.query<ReportKey & { vals: Values }>(sql`
    select q.unit_id as "unitId", to_char(q.period, 'YYYY-MM-DD') as period, r.vals
    from unnest(${keys.map((k) => k.unitId)}::int[], ${keys.map((k) => k.period)}::date[]) as q(unit_id, period)
    join report r on r.form_id = ${formId} and r.unit_id = q.unit_id and r.status = any(${COUNTED})
      and r.period < q.period and r.period >= q.period - ${days}::int
    order by q.unit_id, q.period, r.period`);
  const out = new Map<string, Values[]>();
  for (const r of rows) {
    const list = out.get(keyOf(r)) ?? [];
    list.push(r.vals);
    out.set(keyOf(r), list);
  }
  return out;
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
