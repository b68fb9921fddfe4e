import type { Role } from '../../server/modules/auth/schema.ts';

export interface NavItem {
  path: string;
  labelKey: 'nav.dashboard' | 'nav.report' | 'nav.approvals' | 'nav.import' | 'nav.population' | 'nav.users' | 'nav.audit'
    | 'people.nav.people' | 'people.nav.duplicates' | 'people.nav.import'
    | 'cases.nav.cases' | 'cases.nav.tests' | 'cases.nav.screening' | 'cases.nav.clusters' | 'cases.nav.rules'
    | 'quarantine.nav.followup' | 'quarantine.nav.quarantines' | 'quarantine.nav.facilities' | 'quarantine.nav.policies'
    | 'contacts.nav.contacts' | 'contacts.nav.caseLineList'
    | 'stock.nav.stock' | 'stock.nav.transfers'
    | 'campaigns.nav.campaigns'
    | 'vaccines.nav.doses' | 'vaccines.nav.products'
    | 'coverage.nav.coverage' | 'coverage.nav.progress' | 'coverage.nav.reconciliation'
    | 'conferences.nav.conferences' | 'notices.nav.notices' | 'tasks.nav.tasks' | 'tasks.nav.overdue' | 'duty.nav.duty'
    | 'levels.nav.levels' | 'levelRules.nav.ruleSets' | 'levelRules.nav.boundaries';
  roles: readonly Role[];
  /** the menu section it sits in; none for the dashboard at the top */
  group?: NavGroup;
}

export const NAV_GROUPS = ['command', 'reports', 'registers', 'quarantine', 'vaccination', 'admin'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', roles: ['admin', 'officer', 'clerk', 'viewer'] },
  { path: '/conferences', labelKey: 'conferences.nav.conferences', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'command' },
  { path: '/notices', labelKey: 'notices.nav.notices', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'command' },
  { path: '/tasks', labelKey: 'tasks.nav.tasks', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'command' },
  { path: '/tasks/overdue', labelKey: 'tasks.nav.overdue', roles: ['admin', 'officer', 'viewer'], group: 'command' },
  { path: '/duty', labelKey: 'duty.nav.duty', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'command' },
  { path: '/levels', labelKey: 'levels.nav.levels', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'command' },
  { path: '/report', labelKey: 'nav.report', roles: ['admin', 'officer', 'clerk'], group: 'reports' },
  { path: '/approvals', labelKey: 'nav.approvals', roles: ['admin', 'officer'], group: 'reports' },
  { path: '/import', labelKey: 'nav.import', roles: ['admin', 'officer', 'clerk'], group: 'reports' },
  { path: '/people', labelKey: 'people.nav.people', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'registers' },
  { path: '/cases', labelKey: 'cases.nav.cases', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'registers' },
  { path: '/cases/line-list', labelKey: 'contacts.nav.caseLineList', roles: ['admin', 'officer', 'clerk'], group: 'registers' },
  { path: '/tests', labelKey: 'cases.nav.tests', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'registers' },
  { path: '/contacts', labelKey: 'contacts.nav.contacts', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'registers' },
  { path: '/clusters', labelKey: 'cases.nav.clusters', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'registers' },
  { path: '/screening', labelKey: 'cases.nav.screening', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'registers' },
  { path: '/people-duplicates', labelKey: 'people.nav.duplicates', roles: ['admin', 'officer', 'clerk'], group: 'registers' },
  { path: '/register-import', labelKey: 'people.nav.import', roles: ['admin', 'officer', 'clerk'], group: 'registers' },
  { path: '/followup', labelKey: 'quarantine.nav.followup', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'quarantine' },
  { path: '/quarantines', labelKey: 'quarantine.nav.quarantines', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'quarantine' },
  { path: '/facilities', labelKey: 'quarantine.nav.facilities', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'quarantine' },
  { path: '/doses', labelKey: 'vaccines.nav.doses', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'vaccination' },
  { path: '/coverage', labelKey: 'coverage.nav.coverage', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'vaccination' },
  { path: '/vaccination-progress', labelKey: 'coverage.nav.progress', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'vaccination' },
  { path: '/coverage-reconciliation', labelKey: 'coverage.nav.reconciliation', roles: ['admin', 'officer', 'viewer'], group: 'vaccination' },
  { path: '/campaigns', labelKey: 'campaigns.nav.campaigns', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'vaccination' },
  { path: '/stock', labelKey: 'stock.nav.stock', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'vaccination' },
  { path: '/transfers', labelKey: 'stock.nav.transfers', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'vaccination' },
  { path: '/case-rules', labelKey: 'cases.nav.rules', roles: ['admin', 'officer'], group: 'admin' },
  { path: '/quarantine-policies', labelKey: 'quarantine.nav.policies', roles: ['admin', 'officer'], group: 'admin' },
  { path: '/vaccine-products', labelKey: 'vaccines.nav.products', roles: ['admin', 'officer', 'clerk', 'viewer'], group: 'admin' },
  { path: '/level-rules', labelKey: 'levelRules.nav.ruleSets', roles: ['admin', 'officer', 'viewer'], group: 'admin' },
  { path: '/boundaries', labelKey: 'levelRules.nav.boundaries', roles: ['admin'], group: 'admin' },
  { path: '/population', labelKey: 'nav.population', roles: ['admin'], group: 'admin' },
  { path: '/audit', labelKey: 'nav.audit', roles: ['admin', 'officer'], group: 'admin' },
  { path: '/users', labelKey: 'nav.users', roles: ['admin'], group: 'admin' },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((i) => i.roles.includes(role));
}

/** The item a path belongs to: the longest matching prefix (/cases/line-list is not /cases). */
export function navItemOf(items: readonly NavItem[], pathname: string): NavItem | undefined {
  return items
    .filter((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
