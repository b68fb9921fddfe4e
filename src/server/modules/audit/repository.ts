import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';

export interface AuditEntry {
  userId: number | null;
  unitId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Every write goes through here, in the same transaction as the write itself. */
export async function writeAudit(db: Queryable, e: AuditEntry): Promise<void> {
  await db.execute(sql`
    insert into audit_log (user_id, unit_id, action, entity, entity_id, before, after)
    values (${e.userId}, ${e.unitId}, ${e.action}, ${e.entity}, ${e.entityId},
      ${e.before === null ? null : JSON.stringify(e.before)}::jsonb, ${e.after === null ? null : JSON.stringify(e.after)}::jsonb)`);
}

export interface AuditRow {
  id: number;
  at: Date;
  username: string | null;
  unitId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export async function listAudit(
  db: Queryable,
  scopePath: string,
  filter: { entity?: string | undefined; entityId?: string | undefined },
  limit: number,
): Promise<AuditRow[]> {
  return db.query<AuditRow>(sql`
    select a.id, a.at, u.username, a.unit_id as "unitId", a.action, a.entity, a.entity_id as "entityId", a.before, a.after
    from audit_log a
    left join app_user u on u.id = a.user_id
    join org_unit o on o.id = a.unit_id
    where o.path ~>=~ ${scopePath} and o.path ~<~ subtree_end(${scopePath})
      and (${filter.entity ?? null}::text is null or a.entity = ${filter.entity ?? null})
      and (${filter.entityId ?? null}::text is null or a.entity_id = ${filter.entityId ?? null})
    order by a.id desc limit ${limit}`);
}
