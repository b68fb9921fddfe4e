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

/** A person's last dose: what the next one's schedule checks compare with. */
export interface LastDose {
  doseNumber: number;
  productCode: string;
  givenOn: string;
}

/**
 * A person's state with their last dose: enough to check and count the next dose without
 * reading the others (the register keeps it per person beside the state).
 */
export interface DoseHistory extends VaccinationState {
  last: LastDose | null;
}

export function historyOf(doses: (StateDose & { productCode: string })[]): DoseHistory {
  const last = doses.reduce<(typeof doses)[number] | undefined>((a, d) => (!a || d.doseNumber > a.doseNumber ? d : a), undefined);
  return { ...stateOf(doses), last: last ? { doseNumber: last.doseNumber, productCode: last.productCode, givenOn: last.givenOn } : null };
}

/** The history after one more dose, numbered after the last: the same as historyOf over all the doses. */
export function withDose(h: DoseHistory | null, d: StateDose & { productCode: string }): DoseHistory {
  const completes = d.kind === 'primary' && d.doseNumber >= d.primaryDoses;
  return {
    doses: (h?.doses ?? 0) + 1,
    firstDoseOn: h?.firstDoseOn ?? d.givenOn,
    primaryDoneOn: h?.primaryDoneOn ?? (completes ? d.givenOn : null),
    boosterOn: h?.boosterOn ?? (h?.primaryDoneOn && d.kind === 'booster' ? d.givenOn : null),
    last: { doseNumber: d.doseNumber, productCode: d.productCode, givenOn: d.givenOn },
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
