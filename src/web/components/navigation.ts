import type { Role } from '../../server/modules/auth/schema.ts';

export interface NavItem {
  path: string;
  labelKey: 'nav.dashboard' | 'nav.report' | 'nav.approvals' | 'nav.import' | 'nav.population' | 'nav.users' | 'nav.audit'
    | 'people.nav.people' | 'people.nav.duplicates' | 'people.nav.import'
    | 'cases.nav.cases' | 'cases.nav.tests' | 'cases.nav.screening' | 'cases.nav.clusters' | 'cases.nav.rules'
    | 'quarantine.nav.followup' | 'quarantine.nav.quarantines' | 'quarantine.nav.facilities' | 'quarantine.nav.policies'
    | 'contacts.nav.contacts' | 'contacts.nav.caseLineList';
  roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/report', labelKey: 'nav.report', roles: ['admin', 'officer', 'clerk'] },
  { path: '/approvals', labelKey: 'nav.approvals', roles: ['admin', 'officer'] },
  { path: '/import', labelKey: 'nav.import', roles: ['admin', 'officer', 'clerk'] },
  { path: '/people', labelKey: 'people.nav.people', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/people-duplicates', labelKey: 'people.nav.duplicates', roles: ['admin', 'officer', 'clerk'] },
  { path: '/register-import', labelKey: 'people.nav.import', roles: ['admin', 'officer', 'clerk'] },
  { path: '/cases', labelKey: 'cases.nav.cases', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/tests', labelKey: 'cases.nav.tests', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/screening', labelKey: 'cases.nav.screening', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/clusters', labelKey: 'cases.nav.clusters', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/case-rules', labelKey: 'cases.nav.rules', roles: ['admin', 'officer'] },
  { path: '/contacts', labelKey: 'contacts.nav.contacts', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/cases/line-list', labelKey: 'contacts.nav.caseLineList', roles: ['admin', 'officer', 'clerk'] },
  { path: '/followup', labelKey: 'quarantine.nav.followup', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/quarantines', labelKey: 'quarantine.nav.quarantines', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/facilities', labelKey: 'quarantine.nav.facilities', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/quarantine-policies', labelKey: 'quarantine.nav.policies', roles: ['admin', 'officer'] },
  { path: '/population', labelKey: 'nav.population', roles: ['admin'] },
  { path: '/audit', labelKey: 'nav.audit', roles: ['admin', 'officer'] },
  { path: '/users', labelKey: 'nav.users', roles: ['admin'] },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((i) => i.roles.includes(role));
}
