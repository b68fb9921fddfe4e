/** Where a new case was found: in the community or already in quarantine. Pure, no I/O. */

/**
 * A province's reading of "found in quarantine":
 * 'centralised' only centralised quarantine; 'any_quarantine' also home quarantine;
 * 'traced_contact' any contact listed before the confirmation.
 */
export type QuarantinedMeans = 'centralised' | 'any_quarantine' | 'traced_contact';
export const QUARANTINED_MEANS: readonly QuarantinedMeans[] = ['centralised', 'any_quarantine', 'traced_contact'];
export const DEFAULT_QUARANTINED_MEANS: QuarantinedMeans = 'any_quarantine';

export interface DetectionFacts {
  /** place of the person's active quarantine at confirmation, if any */
  quarantinePlace: 'centralised' | 'home' | null;
  /** listed as a contact before the confirmation */
  listedContact: boolean;
}

export function detectionOf(means: QuarantinedMeans, f: DetectionFacts): 'community' | 'quarantine' {
  const found =
    means === 'centralised'
      ? f.quarantinePlace === 'centralised'
      : means === 'any_quarantine'
        ? f.quarantinePlace !== null
        : f.quarantinePlace !== null || f.listedContact;
  return found ? 'quarantine' : 'community';
}
