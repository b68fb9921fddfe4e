import type { Values } from '../server/http/common-schema.ts';
import type { Form, Indicator } from '../server/modules/forms/schema.ts';
import type { Lang } from './i18n/lang.ts';

/** Indicator codes the headline cards are built on; the rest of the page is driven by the form. */
export const CODES = {
  community: 'f0_community',
  quarantined: 'f0_quarantined',
  deaths: 'deaths',
  recovered: 'recovered',
  inHospital: 'hospital_current',
} as const;

export function indicatorName(ind: Indicator, lang: Lang): string {
  return lang === 'vi' ? ind.nameVi : ind.nameEn;
}

export function sectionName(ind: Indicator, lang: Lang): string {
  return lang === 'vi' ? ind.sectionVi : ind.sectionEn;
}

export function findIndicator(form: Form | undefined, code: string): Indicator | undefined {
  return form?.indicators.find((i) => i.code === code);
}

export function sortedIndicators(form: Form): Indicator[] {
  return [...form.indicators].sort((a, b) => a.position - b.position);
}

/** Sections in the order of their first indicator. */
export function sections(form: Form): { key: string; indicators: Indicator[] }[] {
  const out: { key: string; indicators: Indicator[] }[] = [];
  for (const ind of sortedIndicators(form)) {
    const last = out[out.length - 1];
    if (last && last.key === ind.sectionVi) last.indicators.push(ind);
    else out.push({ key: ind.sectionVi, indicators: [ind] });
  }
  return out;
}

export function sumCases(values: Values, form: Form | undefined): number {
  const codes = form?.caseIndicators.length ? form.caseIndicators : [CODES.community, CODES.quarantined];
  return codes.reduce((s, c) => s + (values[c] ?? 0), 0);
}
