/** A case's status over time and which changes are allowed: pure, no I/O. */

export const CASE_STATUSES = ['home_care', 'centralised', 'hospital_t1', 'hospital_t2', 'hospital_t3', 'recovered', 'died'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const isClosed = (s: CaseStatus) => s === 'recovered' || s === 'died';

/** The facility a status needs: kind and, for hospital, the tier; null when none is needed. */
export function facilityNeeded(s: CaseStatus): { kind: 'quarantine' | 'treatment'; tier: number | null } | null {
  if (s === 'centralised') return { kind: 'quarantine', tier: null };
  if (s === 'hospital_t1' || s === 'hospital_t2' || s === 'hospital_t3') return { kind: 'treatment', tier: Number(s.slice(-1)) };
  return null;
}

export type TransitionProblem =
  | 'afterDied'
  | 'beforeCurrent'
  | 'sameStatus'
  | 'facilityRequired'
  | 'facilityNotAllowed'
  | 'facilityWrongKind';

export interface Transition {
  from: { status: CaseStatus; since: Date; facilityId: number | null };
  to: CaseStatus;
  at: Date;
  facility: { id: number; kind: 'quarantine' | 'treatment'; tier: number | null } | null;
}

/**
 * Why a status change is refused, or null when allowed: nothing after death; not dated
 * before the current status; a facility of the right kind and tier for centralised care and
 * hospital, none otherwise; no change to the same status in the same place.
 */
export function transitionProblem(t: Transition): { field: 'status' | 'at' | 'facilityId'; problem: TransitionProblem } | null {
  if (t.from.status === 'died') return { field: 'status', problem: 'afterDied' };
  if (t.at < t.from.since) return { field: 'at', problem: 'beforeCurrent' };
  const need = facilityNeeded(t.to);
  if (need && !t.facility) return { field: 'facilityId', problem: 'facilityRequired' };
  if (!need && t.facility) return { field: 'facilityId', problem: 'facilityNotAllowed' };
  if (need && t.facility && (t.facility.kind !== need.kind || (need.tier !== null && t.facility.tier !== need.tier))) {
    return { field: 'facilityId', problem: 'facilityWrongKind' };
  }
  if (t.to === t.from.status && (t.facility?.id ?? null) === t.from.facilityId) return { field: 'status', problem: 'sameStatus' };
  return null;
}
