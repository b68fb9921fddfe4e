import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { Role } from '../auth/schema.ts';

export interface UserListRow {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  disabled: boolean;
  email: string | null;
  createdAt: Date;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitFullName: string;
  unitLevel: number;
  unitPath: string;
}

const select = `select a.id, a.username, a.full_name as "fullName", a.role, a.disabled, a.email, a.created_at as "createdAt",
    o.id as "unitId", o.code as "unitCode", o.name as "unitName", o.full_name as "unitFullName", o.level as "unitLevel", o.path as "unitPath"
  from app_user a join org_unit o on o.id = a.unit_id`;

export async function listUsers(db: Queryable, scopePath: string): Promise<UserListRow[]> {
  return db.query<UserListRow>({
    text: `${select} where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) order by o.level, o.code, a.username limit 1000`,
    values: [scopePath],
  });
}

export async function findUserRow(db: Queryable, id: number, forUpdate = false): Promise<UserListRow | undefined> {
  const rows = await db.query<UserListRow>({ text: `${select} where a.id = $1 ${forUpdate ? 'for update of a' : ''}`, values: [id] });
  return rows[0];
}

export async function updateUser(
  db: Queryable,
  id: number,
  c: { fullName: string; role: Role; disabled: boolean; email: string | null; passwordHash: string | null },
): Promise<void> {
  await db.execute(sql`
    update app_user set full_name = ${c.fullName}, role = ${c.role}, disabled = ${c.disabled}, email = ${c.email},
      password_hash = coalesce(${c.passwordHash}, password_hash)
    where id = ${id}`);
  // a disabled user or a new password ends the open sessions
  if (c.disabled || c.passwordHash) await db.execute(sql`delete from user_session where user_id = ${id}`);
}
