import type { Role } from '../../server/modules/auth/schema.ts';

export interface NavItem {
  path: string;
  labelKey: 'nav.dashboard' | 'nav.report' | 'nav.approvals' | 'nav.import' | 'nav.population' | 'nav.users' | 'nav.audit';
  roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/report', labelKey: 'nav.report', roles: ['admin', 'officer', 'clerk'] },
  { path: '/approvals', labelKey: 'nav.approvals', roles: ['admin', 'officer'] },
  { path: '/import', labelKey: 'nav.import', roles: ['admin', 'officer', 'clerk'] },
  { path: '/population', labelKey: 'nav.population', roles: ['admin'] },
  { path: '/audit', labelKey: 'nav.audit', roles: ['admin', 'officer'] },
  { path: '/users', labelKey: 'nav.users', roles: ['admin'] },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((i) => i.roles.includes(role));
}
