import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { Values } from '../../http/common-schema.ts';
import type { ReportForExport } from '../../../domain/exchange.ts';
import { COUNTED } from '../reports/repository.ts';
import type { ReportStatus } from '../reports/schema.ts';

/** The reports of these units on one day (any status), to prefill a template. */
export async function reportsOn(
  db: Queryable,
  q: { formId: number; unitIds: number[]; period: string },
): Promise<Map<number, { status: ReportStatus; vals: Values }>> {
  if (!q.unitIds.length) return new Map();
  const rows = await db.query<{ unitId: number; status: ReportStatus; vals: Values }>(sql`
    select unit_id as "unitId", status, vals from report
    where form_id = ${q.formId} and period = ${q.period}::date and unit_id = any(${q.unitIds}::int[])`);
  return new Map(rows.map((r) => [r.unitId, { status: r.status, vals: r.vals }]));
}

/** Counted reports of the units under `path` between two dates, for a DHIS2 export. */
export async function countedReports(
  db: Queryable,
  q: { formId: number; path: string; start: string; end: string },
): Promise<ReportForExport[]> {
  const rows = await db.query<Omit<ReportForExport, 'lastUpdated'> & { lastUpdated: Date }>(sql`
    select u.code as "unitCode", to_char(r.period, 'YYYY-MM-DD') as period, r.vals,
      a.username as "storedBy", r.updated_at as "lastUpdated"
    from report r
    join org_unit u on u.id = r.unit_id
    left join app_user a on a.id = r.submitted_by
    where r.form_id = ${q.formId} and u.path ~>=~ ${q.path} and u.path ~<~ subtree_end(${q.path})
      and r.period between ${q.start}::date and ${q.end}::date and r.status = any(${COUNTED})
    order by r.period, u.code`);
  return rows.map((r) => ({ ...r, lastUpdated: new Date(r.lastUpdated).toISOString() }));
}
