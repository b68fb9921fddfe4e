/** Coverage figures reported by hand by local governments (reconciliation with the register). */
import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { AgeGroup, Stage } from '../../../domain/age-groups.ts';
import type { ReportedRow } from './schema.ts';

export async function upsertReported(tx: Queryable, row: ReportedRow, userId: number): Promise<void> {
  await tx.execute(sql`
    insert into reported_coverage (unit_id, as_of, age_group, stage, eligible, vaccinated, source, created_by)
    values (${row.unitId}, ${row.asOf}, ${row.ageGroup}, ${row.stage}, ${row.eligible ?? null}, ${row.vaccinated}, ${row.source.trim()}, ${userId})
    on conflict (unit_id, as_of, age_group, stage) do update
      set eligible = excluded.eligible, vaccinated = excluded.vaccinated, source = excluded.source,
          created_by = excluded.created_by, created_at = now()`);
}

export interface ReportedFigure {
  unitId: number;
  asOf: string;
  ageGroup: AgeGroup;
  stage: Stage;
  eligible: number | null;
  vaccinated: number;
  source: string;
}

/** Each unit's latest reported figure by `date`, per age group and stage. */
export async function latestReported(db: Queryable, unitIds: number[], date: string): Promise<ReportedFigure[]> {
  if (!unitIds.length) return [];
  return db.query<ReportedFigure>(sql`
    select distinct on (unit_id, age_group, stage)
      unit_id as "unitId", to_char(as_of, 'YYYY-MM-DD') as "asOf", age_group as "ageGroup", stage, eligible, vaccinated, source
    from reported_coverage
    where unit_id = any(${unitIds}) and as_of <= ${date}::date
    order by unit_id, age_group, stage, as_of desc`);
}
