import type { Role } from '../server/modules/auth/schema.ts';

/** Every role, most powerful first (the order of the role select). */
export const ROLES = ['admin', 'officer', 'clerk', 'viewer'] as const satisfies readonly Role[];

export const ROLE_COLORS: Record<Role, string> = { admin: 'red', officer: 'blue', clerk: 'green', viewer: 'default' };

/** The server's minimum password length (users/schema.ts MIN_PASSWORD). */
export const MIN_PASSWORD = 10;
