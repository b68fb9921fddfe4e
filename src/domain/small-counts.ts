/**
 * Small-count suppression for published figures: a count of people from 1 to below `below`
 * at a unit of level `fromLevel` or lower (communes by default) could point at a person, so it
 * is published as "<5". Zero stays zero (nobody to identify). Pure.
 */
export interface SmallCountRule {
  /** 0 = off */
  below: number;
  /** 3 = communes only, 2 = districts and communes, 1 = provinces too */
  fromLevel: number;
}

export interface Count {
  value: number | null;
  suppressed: boolean;
}

export const appliesAt = (rule: SmallCountRule, unitLevel: number): boolean => rule.below > 0 && unitLevel >= rule.fromLevel;

export const isSmall = (rule: SmallCountRule, unitLevel: number, n: number): boolean => appliesAt(rule, unitLevel) && n > 0 && n < rule.below;

export function count(rule: SmallCountRule, unitLevel: number, n: number): Count {
  return isSmall(rule, unitLevel, n) ? { value: null, suppressed: true } : { value: n, suppressed: false };
}

/** A rate or share computed from a count: hidden with it, since it gives the count back. */
export function derived<T>(rule: SmallCountRule, unitLevel: number, n: number, value: T): T | null {
  return isSmall(rule, unitLevel, n) ? null : value;
}

export const smallCountLabel = (rule: SmallCountRule): string => `<${rule.below}`;

/** A count as a cell of a download: the number, or "<5". */
export const countCell = (rule: SmallCountRule, c: Count): number | string => c.value ?? smallCountLabel(rule);
