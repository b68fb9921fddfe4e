import { normaliseEmail } from '../../../domain/reminders.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { msg } from '../../http/lang.ts';
import { writeAudit } from '../audit/repository.ts';
import { findUserByUsername } from '../auth/repository.ts';
import { inScope, type Actor } from '../auth/policy.ts';
import { createUser, hashPassword } from '../auth/service.ts';
import { findUnit } from '../orgunits/repository.ts';
import { umsg } from './messages.ts';
import * as repo from './repository.ts';
import type { NewUser, User, UserChange } from './schema.ts';

const present = (r: repo.UserListRow): User => ({
  id: r.id,
  username: r.username,
  fullName: r.fullName,
  role: r.role,
  disabled: r.disabled,
  email: r.email,
  createdAt: r.createdAt.toISOString(),
  unit: { id: r.unitId, code: r.unitCode, name: r.unitName, fullName: r.unitFullName, level: r.unitLevel },
});

/** The address typed (trimmed, lower case; empty removes it), `current` when none was sent. */
function checkedEmail(input: string | undefined, current: string | null, lang: Lang): string | null {
  if (input === undefined) return current;
  const email = normaliseEmail(input);
  if (email === undefined) throw new AppError('validation', umsg('badEmail', lang), [{ field: 'email', message: umsg('badEmail', lang) }]);
  return email;
}

export async function listUsers(db: Db, actor: Actor): Promise<User[]> {
  return (await repo.listUsers(db, actor.unitPath)).map(present);
}

/** An administrator creates accounts for its own unit and the units under it. */
export async function addUser(db: Db, actor: Actor, input: NewUser, lang: Lang): Promise<User> {
  const unit = await findUnit(db, input.unitId);
  if (!unit || !inScope(actor, unit)) throw new AppError('not_found', msg('notFound', lang));
  return db.transaction(async (tx) => {
    if (await findUserByUsername(tx, input.username)) {
      throw new AppError('conflict', msg('usernameTaken', lang), [{ field: 'username', message: msg('usernameTaken', lang) }]);
    }
    const id = await createUser(tx, actor.id, { ...input, email: checkedEmail(input.email, null, lang) });
    return present((await repo.findUserRow(tx, id))!);
  });
}

export async function changeUser(db: Db, actor: Actor, id: number, change: UserChange, lang: Lang): Promise<User> {
  return db.transaction(async (tx) => {
    const user = await repo.findUserRow(tx, id, true);
    if (!user || !inScope(actor, { path: user.unitPath })) throw new AppError('not_found', msg('notFound', lang));
    if (user.id === actor.id && (change.disabled || (change.role && change.role !== 'admin'))) {
      throw new AppError('conflict', msg('notOwnAccount', lang));
    }
    const next = {
      fullName: change.fullName ?? user.fullName,
      role: change.role ?? user.role,
      disabled: change.disabled ?? user.disabled,
      email: checkedEmail(change.email, user.email, lang),
      passwordHash: change.password ? await hashPassword(change.password) : null,
    };
    await repo.updateUser(tx, id, next);
    await writeAudit(tx, {
      userId: actor.id,
      unitId: user.unitId,
      action: 'update',
      entity: 'user',
      entityId: String(id),
      before: { fullName: user.fullName, role: user.role, disabled: user.disabled, email: user.email },
      after: { fullName: next.fullName, role: next.role, disabled: next.disabled, email: next.email, passwordChanged: Boolean(next.passwordHash) },
    });
    return present((await repo.findUserRow(tx, id))!);
  });
}
