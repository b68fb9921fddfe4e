/** Validation of a report's values against its form: pure, no I/O. */

export interface IndicatorDef {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface RuleTerm {
  indicator: string;
  coef?: number | undefined;
  cumulative?: boolean | undefined;
}

export interface RuleDef {
  code: string;
  field: string;
  severity: 'error' | 'warning';
  left: RuleTerm[];
  op: '<=' | '>=' | '=';
  right: RuleTerm[];
  constant?: number | undefined;
  messageVi: string;
  messageEn: string;
}

export type Lang = 'vi' | 'en';
export interface Issue {
  field: string;
  message: string;
}

export const MAX_VALUE = 100_000_000;

const text = {
  vi: {
    required: (n: string) => `${n}: bắt buộc nhập`,
    integer: (n: string) => `${n}: phải là số nguyên`,
    negative: (n: string) => `${n}: không được là số âm`,
    tooLarge: (n: string) => `${n}: giá trị quá lớn`,
    unknown: (c: string) => `${c}: chỉ tiêu không có trong biểu mẫu`,
    outlier: (n: string, v: number, avg: number) =>
      `${n}: ${v} cao bất thường so với trung bình ${avg} của 4 tuần trước, vui lòng kiểm tra lại`,
  },
  en: {
    required: (n: string) => `${n}: required`,
    integer: (n: string) => `${n}: must be a whole number`,
    negative: (n: string) => `${n}: must not be negative`,
    tooLarge: (n: string) => `${n}: value too large`,
    unknown: (c: string) => `${c}: not an indicator of this form`,
    outlier: (n: string, v: number, avg: number) =>
      `${n}: ${v} is unusually high against the average of ${avg} over the previous 4 weeks; please check`,
  },
};

const nameOf = (ind: IndicatorDef, lang: Lang) => (lang === 'vi' ? ind.nameVi : ind.nameEn);

/** Field-level checks: every indicator present (unless a draft), a whole number, 0 ≤ v ≤ MAX_VALUE, no unknown codes. */
export function checkValues(
  indicators: IndicatorDef[],
  values: Record<string, unknown>,
  lang: Lang,
  requireAll = true,
): Issue[] {
  const t = text[lang];
  const issues: Issue[] = [];
  const known = new Set(indicators.map((i) => i.code));
  for (const code of Object.keys(values)) if (!known.has(code)) issues.push({ field: code, message: t.unknown(code) });
  for (const ind of indicators) {
    const v = values[ind.code];
    const n = nameOf(ind, lang);
    if (v === undefined || v === null || v === '') {
      if (requireAll) issues.push({ field: ind.code, message: t.required(n) });
    }
    else if (typeof v !== 'number' || !Number.isInteger(v)) issues.push({ field: ind.code, message: t.integer(n) });
    else if (v < 0) issues.push({ field: ind.code, message: t.negative(n) });
    else if (v > MAX_VALUE) issues.push({ field: ind.code, message: t.tooLarge(n) });
  }
  return issues;
}

/**
 * Cross-field rules. `cumulativeBefore` holds each indicator's total over the unit's earlier
 * counted reports; a term marked `cumulative` adds this report's value to it.
 */
export function checkRules(
  rules: RuleDef[],
  values: Record<string, number>,
  cumulativeBefore: Record<string, number>,
  lang: Lang,
): { errors: Issue[]; warnings: Issue[] } {
  const side = (terms: RuleTerm[]) =>
    terms.reduce((sum, term) => {
      const v = (values[term.indicator] ?? 0) + (term.cumulative ? (cumulativeBefore[term.indicator] ?? 0) : 0);
      return sum + (term.coef ?? 1) * v;
    }, 0);
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  for (const rule of rules) {
    const l = side(rule.left);
    const r = side(rule.right) + (rule.constant ?? 0);
    const ok = rule.op === '<=' ? l <= r : rule.op === '>=' ? l >= r : l === r;
    if (ok) continue;
    const issue = { field: rule.field, message: lang === 'vi' ? rule.messageVi : rule.messageEn };
    (rule.severity === 'error' ? errors : warnings).push(issue);
  }
  return { errors, warnings };
}

/**
 * Outliers against the unit's recent history (earlier days' values, newest last):
 * a value is flagged when it is at least 10, more than 3 times the recent mean and more
 * than the mean plus 4 standard deviations. Needs 7 days of history.
 */
export function findOutliers(
  indicators: IndicatorDef[],
  values: Record<string, number>,
  history: Record<string, number>[],
  lang: Lang,
): Issue[] {
  if (history.length < 7) return [];
  const issues: Issue[] = [];
  for (const ind of indicators) {
    const v = values[ind.code];
    if (v === undefined || v < 10) continue;
    const xs = history.map((h) => h[ind.code] ?? 0);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    if (v > 3 * mean && v > mean + 4 * sd) {
      issues.push({ field: ind.code, message: text[lang].outlier(nameOf(ind, lang), v, Math.round(mean)) });
    }
  }
  return issues;
}

/** The indicators whose running totals the rules need. */
export function cumulativeCodes(rules: RuleDef[]): string[] {
  return [...new Set(rules.flatMap((r) => [...r.left, ...r.right]).filter((t) => t.cumulative).map((t) => t.indicator))];
}
