import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';
import type { Role } from './schema.ts';

export interface UserRow {
  id: number;
  username: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  unitId: number;
  disabled: boolean;
}

export interface SessionRow {
  userId: number;
  username: string;
  fullName: string;
  role: Role;
  csrfToken: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitFullName: string;
  unitLevel: number;
  unitPath: string;
}

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
  const rows = await db.query<UserRow>(sql`
    select id, username, password_hash as "passwordHash", full_name as "fullName", role, unit_id as "unitId", disabled
    from app_user where username = ${username}`);
  return rows[0];
}

export async function insertUser(
  db: Queryable,
  u: { username: string; passwordHash: string; fullName: string; role: Role; unitId: number; isDemo: boolean; email?: string | null },
): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into app_user (username, password_hash, full_name, role, unit_id, is_demo, email)
    values (${u.username}, ${u.passwordHash}, ${u.fullName}, ${u.role}, ${u.unitId}, ${u.isDemo}, ${u.email ?? null})
    returning id`);
  return rows[0]!.id;
}

export async function insertSession(
  db: Queryable,
  s: { tokenHash: string; userId: number; csrfToken: string; expiresAt: Date },
): Promise<void> {
  // sign-ins are rare enough to sweep the expired sessions here
  await db.execute(sql`delete from user_session where expires_at < now()`);
  await db.execute(sql`
    insert into user_session (token_hash, user_id, csrf_token, expires_at)
    values (${s.tokenHash}, ${s.userId}, ${s.csrfToken}, ${s.expiresAt})`);
}

export async function findSession(db: Queryable, tokenHash: string): Promise<SessionRow | undefined> {
  const rows = await db.query<SessionRow>(sql`
    select u.id as "userId", u.username, u.full_name as "fullName", u.role, s.csrf_token as "csrfToken",
      o.id as "unitId", o.code as "unitCode", o.name as "unitName", o.full_name as "unitFullName",
      o.level as "unitLevel", o.path as "unitPath"
    from user_session s join app_user u on u.id = s.user_id join org_unit o on o.id = u.unit_id
    where s.token_hash = ${tokenHash} and s.expires_at > now() and not u.disabled`);
  return rows[0];
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.execute(sql`delete from user_session where token_hash = ${tokenHash}`);
}
