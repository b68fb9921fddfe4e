import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { RuleVersion } from '../../../domain/case-rule.ts';

export interface RuleVersionRow extends RuleVersion {
  note: string | null;
  createdAt: Date;
}

export async function ruleVersions(db: Queryable): Promise<RuleVersionRow[]> {
  return db.query<RuleVersionRow>(sql`
    select version, to_char(valid_from, 'YYYY-MM-DD') as "validFrom", rule, note, created_at as "createdAt"
    from case_rule order by valid_from`);
}

/** The version in force on `date` (the latest valid from that day or before). */
export async function ruleOn(db: Queryable, date: string): Promise<RuleVersion | undefined> {
  const rows = await db.query<RuleVersion>(sql`
    select version, to_char(valid_from, 'YYYY-MM-DD') as "validFrom", rule
    from case_rule where valid_from <= ${date}::date order by valid_from desc limit 1`);
  return rows[0];
}
