import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Queryable } from '../../db/client.ts';
import { writeAudit } from '../audit/repository.ts';
import * as repo from './repository.ts';
import type { Actor } from './policy.ts';
import type { Role } from './schema.ts';

export const hashPassword = (password: string) => hash(password); // argon2id by default
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

// Compared against when the user does not exist, so a wrong username takes as long as a wrong password.
const dummyHash = hash('not-a-real-password');

export async function signIn(
  db: Queryable,
  username: string,
  password: string,
  sessionHours: number,
): Promise<{ token: string; actor: Actor } | null> {
  const user = await repo.findUserByUsername(db, username);
  const ok = user && !user.disabled ? await verify(user.passwordHash, password) : (await verify(await dummyHash, password), false);
  if (!user || !ok) return null;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await repo.insertSession(db, {
    tokenHash: tokenHash(token),
    userId: user.id,
    csrfToken,
    expiresAt: new Date(Date.now() + sessionHours * 3_600_000),
  });
  const actor = await sessionActor(db, token);
  await writeAudit(db, {
    userId: user.id,
    unitId: user.unitId,
    action: 'login',
    entity: 'session',
    entityId: String(user.id),
    before: null,
    after: null,
  });
  return actor ? { token, actor } : null;
}

export async function sessionActor(db: Queryable, token: string): Promise<Actor | null> {
  const s = await repo.findSession(db, tokenHash(token));
  if (!s) return null;
  return {
    id: s.userId,
    username: s.username,
    fullName: s.fullName,
    role: s.role,
    csrfToken: s.csrfToken,
    unitPath: s.unitPath,
    unit: { id: s.unitId, code: s.unitCode, name: s.unitName, fullName: s.unitFullName, level: s.unitLevel },
  };
}

export async function signOut(db: Queryable, token: string): Promise<void> {
  await repo.deleteSession(db, tokenHash(token));
}

export async function createUser(
  db: Queryable,
  by: number | null,
  u: { username: string; password: string; fullName: string; role: Role; unitId: number; isDemo?: boolean; email?: string | null },
): Promise<number> {
  const id = await repo.insertUser(db, {
    username: u.username,
    passwordHash: await hashPassword(u.password),
    fullName: u.fullName,
    role: u.role,
    unitId: u.unitId,
    isDemo: u.isDemo ?? false,
    email: u.email ?? null,
  });
  await writeAudit(db, {
    userId: by,
    unitId: u.unitId,
    action: 'create',
    entity: 'user',
    entityId: String(id),
    before: null,
    after: { username: u.username, fullName: u.fullName, role: u.role, unitId: u.unitId, email: u.email ?? null },
  });
  return id;
}
