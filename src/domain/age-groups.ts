/**
 * Vaccination age groups and bands. Coverage counts people by birth year, so an age at a
 * date is approximated as year(date) − birth year (stated approximation: it may be one year
 * more than the exact age before the birthday). Daily bands use the same rule so that the
 * daily counts and the coverage agree.
 */
export const AGE_GROUPS = ['18+', '50+', '12-17', '15-17', '5-11', 'all'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const STAGES = ['dose1', 'primary', 'booster'] as const;
export type Stage = (typeof STAGES)[number];

/** Ages (inclusive) of each group; max null = no upper limit; 'all' has no bounds. */
export const AGE_GROUP_RANGES: Record<Exclude<AgeGroup, 'all'>, { min: number; max: number | null }> = {
  '18+': { min: 18, max: null },
  '50+': { min: 50, max: null },
  '12-17': { min: 12, max: 17 },
  '15-17': { min: 15, max: 17 },
  '5-11': { min: 5, max: 11 },
};

/** Disjoint bands; every group but 'all' is a union of them. */
export const AGE_BANDS = ['0-4', '5-11', '12-14', '15-17', '18-49', '50+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const BANDS_OF_GROUP: Record<AgeGroup, AgeBand[]> = {
  '18+': ['18-49', '50+'],
  '50+': ['50+'],
  '12-17': ['12-14', '15-17'],
  '15-17': ['15-17'],
  '5-11': ['5-11'],
  all: [...AGE_BANDS],
};

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Age at a date by the birth-year approximation; null without a birth date. */
export function approxAge(birthDate: string | null | undefined, day: string): number | null {
  return birthDate ? yearOf(day) - yearOf(birthDate) : null;
}

export function ageBandAt(birthDate: string | null | undefined, day: string): AgeBand {
  const age = approxAge(birthDate, day);
  if (age === null) return 'unknown';
  if (age < 5) return '0-4';
  if (age < 12) return '5-11';
  if (age < 15) return '12-14';
  if (age < 18) return '15-17';
  if (age < 50) return '18-49';
  return '50+';
}

/**
 * Birth years of a group at a date, inclusive; null bounds are open. 'all' is fully open
 * (and also counts people without a birth date, which no other group does).
 */
export function birthYearsOf(group: AgeGroup, date: string): { from: number | null; to: number | null } {
  if (group === 'all') return { from: null, to: null };
  const { min, max } = AGE_GROUP_RANGES[group];
  const year = yearOf(date);
  return { from: max === null ? null : year - max, to: year - min };
}

/** Whether a birth year falls in a group at a date. */
export function inAgeGroup(group: AgeGroup, birthYear: number | null, date: string): boolean {
  if (group === 'all') return true;
  if (birthYear === null) return false;
  const { from, to } = birthYearsOf(group, date);
  return (from === null || birthYear >= from) && (to === null || birthYear <= to);
}
