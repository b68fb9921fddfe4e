import type { TFunction } from 'i18next';
import type { ExposureType } from '../../../server/modules/contacts/schema.ts';

export const EXPOSURES: readonly ExposureType[] = ['household', 'workplace', 'school', 'vehicle', 'flight', 'venue', 'healthcare', 'other'];

/** One colour per degree, the same on the chain graph, tags and the list. */
export const DEGREE_COLORS: Record<number, string> = { 0: '#d4380d', 1: '#fa8c16', 2: '#fadb14', 3: '#91caff' };
export const CASE_COLORS = { active: '#d4380d', recovered: '#389e0d', died: '#262626' } as const;
export const UNKNOWN_COLOR = '#bfbfbf';

export function degreeLabel(t: TFunction, degree: number | null): string {
  if (degree === null) return t('contacts.degree.none');
  return degree === 0 ? t('contacts.degree.f0') : t('contacts.degree.fn', { n: degree });
}
