/** A person's vaccination state, derived from their doses (what coverage counts). */
import type { Stage } from './age-groups.ts';

export type DoseKind = 'primary' | 'additional' | 'booster';

export interface StateDose {
  doseNumber: number;
  kind: DoseKind;
  givenOn: string;
  /** primary_doses of the dose's product */
  primaryDoses: number;
}

export interface VaccinationState {
  doses: number;
  firstDoseOn: string | null;
  primaryDoneOn: string | null;
  boosterOn: string | null;
}

/**
 * The primary series is complete with the first primary dose whose number reaches its
 * product's primary_doses (so a mixed series finishes on the product of its last dose); a
 * booster counts only after that.
 */
export function stateOf(doses: StateDose[]): VaccinationState {
  const sorted = [...doses].sort((a, b) => a.doseNumber - b.doseNumber);
  const primary = sorted.find((d) => d.kind === 'primary' && d.doseNumber >= d.primaryDoses);
  const primaryDoneOn = primary?.givenOn ?? null;
  const booster = primaryDoneOn ? sorted.find((d) => d.kind === 'booster' && d.doseNumber > primary!.doseNumber) : undefined;
  return {
    doses: sorted.length,
    firstDoseOn: sorted[0]?.givenOn ?? null,
    primaryDoneOn,
    boosterOn: booster?.givenOn ?? null,
  };
}

export function stagesOf(s: Pick<VaccinationState, 'firstDoseOn' | 'primaryDoneOn' | 'boosterOn'> | null | undefined): Stage[] {
  if (!s) return [];
  const out: Stage[] = [];
  if (s.firstDoseOn) out.push('dose1');
  if (s.primaryDoneOn) out.push('primary');
  if (s.boosterOn) out.push('booster');
  return out;
}

/** The highest stage a dose made the person reach ('other' when it reached none). */
export function stageReachedBy(before: VaccinationState | null, after: VaccinationState): Stage | 'other' {
  const had = new Set(stagesOf(before));
  const reached = stagesOf(after).filter((s) => !had.has(s));
  return reached[reached.length - 1] ?? 'other';
}
