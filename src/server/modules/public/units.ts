import type { UnitRef } from '../../http/common-schema.ts';
import type { Actor } from '../auth/policy.ts';
import type { UnitRow } from '../orgunits/repository.ts';
import type { PublicUnit } from './schema.ts';

export const toPublicUnit = (u: UnitRef): PublicUnit => ({ id: u.id, code: u.code, name: u.name, longName: u.fullName, level: u.level });

/**
 * A read-only national viewer for the other modules' read functions that take an actor (the
 * dashboard checks the unit is in the actor's scope). The public may read the aggregated
 * figures of every unit, so the scope is the nation; the role is a viewer's, and id 0 is no
 * user, so nothing can be written or attributed with it.
 */
export function publicReader(nation: UnitRow): Actor {
  return {
    id: 0,
    username: 'public',
    fullName: 'public',
    role: 'viewer',
    unit: { id: nation.id, code: nation.code, name: nation.name, fullName: nation.fullName, level: nation.level },
    unitPath: nation.path,
    csrfToken: '',
  };
}
