/**
 * Checking a rule set of epidemic levels (see epidemic-level.ts) before it is stored: every
 * problem as a field error whose path names the value ("definition.caseRate.thresholds.1",
 * "measures.3.0.vi"), in Vietnamese or English. Also the rules of validity periods and of the
 * "to be confirmed" marks. Pure, no I/O.
 */
import { formatViDate } from './exchange.ts';
import {
  COVERAGE_METRICS, LEVELS, MEASURE_AREAS, type Bands, type Level, type MeasureTable, type RuleSetDefinition,
} from './epidemic-level.ts';
import type { Lang } from './validation.ts';

export interface FieldError {
  field: string;
  message: string;
}

export const MEASURE_TEXT_MAX = 500;
const MEASURE_STATUSES = ['allowed', 'limited', 'closed'] as const;

const num = (n: number, lang: Lang) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);

const text = {
  vi: {
    notNumber: 'Ngưỡng phải là một số',
    negative: 'Ngưỡng không được âm',
    notAscending: (prev: string) => `Ngưỡng phải lớn hơn ngưỡng trước (${prev})`,
    minNegative: 'Giá trị tối thiểu không được âm',
    percent: 'Tỷ lệ phải từ 0 đến 100%',
    metric: 'Chỉ tiêu tiêm chủng không hợp lệ',
    duplicateMetric: 'Chỉ tiêu tiêm chủng này đã có ở một điều kiện khác',
    level: 'Cấp độ phải từ 1 đến 4',
    lowerLevel: (prev: number) => `Cấp độ không được thấp hơn cấp của nhóm ca mắc liền trước (cấp ${prev})`,
    metBelow: (notMet: number) => `Khi đạt tiêu chí tiêm chủng, cấp độ không được cao hơn khi chưa đạt (cấp ${notMet})`,
    sharePercent: 'Tỷ lệ dân số phải từ 1 đến 100%',
    noMeasures: (level: string) => `Cần ít nhất một biện pháp cho cấp ${level}`,
    area: 'Lĩnh vực không hợp lệ',
    status: 'Trạng thái không hợp lệ',
    textVi: 'Nội dung tiếng Việt không được để trống',
    textEn: 'Nội dung tiếng Anh không được để trống',
    tooLong: `Nội dung tối đa ${MEASURE_TEXT_MAX} ký tự`,
    validTo: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực',
    overlap: (code: string, from: string, to: string | null) =>
      `Thời gian hiệu lực trùng với bộ tiêu chí "${code}" (${formatViDate(from)} – ${to ? formatViDate(to) : 'nay'})`,
    unknownPath: (path: string) => `Không có giá trị "${path}" trong bộ tiêu chí`,
  },
  en: {
    notNumber: 'The threshold must be a number',
    negative: 'The threshold cannot be negative',
    notAscending: (prev: string) => `The threshold must be above the one before (${prev})`,
    minNegative: 'The minimum cannot be negative',
    percent: 'The percentage must be from 0 to 100%',
    metric: 'Unknown vaccination criterion',
    duplicateMetric: 'This vaccination criterion is already used by another condition',
    level: 'The level must be from 1 to 4',
    lowerLevel: (prev: number) => `The level cannot be lower than that of the case group before (level ${prev})`,
    metBelow: (notMet: number) => `With coverage met the level cannot be higher than without it (level ${notMet})`,
    sharePercent: 'The population share must be from 1 to 100%',
    noMeasures: (level: string) => `Level ${level} needs at least one measure`,
    area: 'Unknown area',
    status: 'Unknown status',
    textVi: 'The Vietnamese text cannot be empty',
    textEn: 'The English text cannot be empty',
    tooLong: `At most ${MEASURE_TEXT_MAX} characters`,
    validTo: 'The end of validity must be after its start',
    overlap: (code: string, from: string, to: string | null) =>
      `The validity overlaps rule set "${code}" (${formatViDate(from)} – ${to ? formatViDate(to) : 'open'})`,
    unknownPath: (path: string) => `The rule set has no value "${path}"`,
  },
} as const;

const isLevel = (v: unknown): v is Level => (LEVELS as readonly unknown[]).includes(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Three thresholds, each a number ≥ 0 and above the one before (so the bands follow each other without a gap). */
function bandErrors(bands: Bands, field: string, lang: Lang): FieldError[] {
  const t = text[lang];
  const errors: FieldError[] = [];
  bands.thresholds.forEach((v, i) => {
    const at = `${field}.thresholds.${i}`;
    const prev = bands.thresholds[i - 1];
    if (!isNumber(v)) errors.push({ field: at, message: t.notNumber });
    else if (v < 0) errors.push({ field: at, message: t.negative });
    else if (isNumber(prev) && prev >= 0 && v <= prev) errors.push({ field: at, message: t.notAscending(num(prev, lang)) });
  });
  return errors;
}

function matrixErrors(matrix: RuleSetDefinition['matrix'], lang: Lang): FieldError[] {
  const t = text[lang];
  const errors: FieldError[] = [];
  for (const row of ['met', 'notMet'] as const) {
    matrix[row].forEach((v, i) => {
      const at = `definition.matrix.${row}.${i}`;
      const prev = matrix[row][i - 1];
      if (!isLevel(v)) errors.push({ field: at, message: t.level });
      else if (isLevel(prev) && v < prev) errors.push({ field: at, message: t.lowerLevel(prev) });
    });
  }
  // meeting the coverage condition never makes a place's level worse
  matrix.met.forEach((v, i) => {
    const notMet = matrix.notMet[i];
    if (isLevel(v) && isLevel(notMet) && v > notMet && !errors.some((e) => e.field === `definition.matrix.met.${i}`)) {
      errors.push({ field: `definition.matrix.met.${i}`, message: t.metBelow(notMet) });
    }
  });
  return errors;
}

function definitionErrors(def: RuleSetDefinition, lang: Lang): FieldError[] {
  const t = text[lang];
  const errors = bandErrors(def.caseRate, 'definition.caseRate', lang);
  const seen = new Set<string>();
  def.coverage.conditions.forEach((c, i) => {
    const at = `definition.coverage.conditions.${i}`;
    if (!(COVERAGE_METRICS as readonly string[]).includes(c.metric)) errors.push({ field: `${at}.metric`, message: t.metric });
    else if (seen.has(c.metric)) errors.push({ field: `${at}.metric`, message: t.duplicateMetric });
    seen.add(c.metric);
    if (!isNumber(c.minPercent) || c.minPercent < 0 || c.minPercent > 100) errors.push({ field: `${at}.minPercent`, message: t.percent });
  });
  errors.push(...matrixErrors(def.matrix, lang));
  for (const key of ['freeBedsPer100kMin', 'icuBedsPer100kMin'] as const) {
    const v = def.capacity[key];
    if (v !== null && (!isNumber(v) || v < 0)) errors.push({ field: `definition.capacity.${key}`, message: t.minNegative });
  }
  for (const key of ['oxygenRate', 'deathRate'] as const) {
    const bands = def.severity[key];
    if (bands) errors.push(...bandErrors(bands, `definition.severity.${key}`, lang));
  }
  const share = def.rollUp.sharePercent;
  if (!isNumber(share) || share < 1 || share > 100) errors.push({ field: 'definition.rollUp.sharePercent', message: t.sharePercent });
  return errors;
}

function measureErrors(measures: MeasureTable, lang: Lang): FieldError[] {
  const t = text[lang];
  const errors: FieldError[] = [];
  for (const level of ['1', '2', '3', '4'] as const) {
    const list = measures[level] as MeasureTable['1'] | undefined;
    if (!list?.length) {
      errors.push({ field: `measures.${level}`, message: t.noMeasures(level) });
      continue;
    }
    list.forEach((m, i) => {
      const at = `measures.${level}.${i}`;
      if (!(MEASURE_AREAS as readonly string[]).includes(m.area)) errors.push({ field: `${at}.area`, message: t.area });
      if (!(MEASURE_STATUSES as readonly string[]).includes(m.status)) errors.push({ field: `${at}.status`, message: t.status });
      for (const l of ['vi', 'en'] as const) {
        const s = (m[l] ?? '').trim();
        if (!s) errors.push({ field: `${at}.${l}`, message: l === 'vi' ? t.textVi : t.textEn });
        else if (s.length > MEASURE_TEXT_MAX) errors.push({ field: `${at}.${l}`, message: t.tooLong });
      }
    });
  }
  return errors;
}

/** Everything wrong with a rule set's definition and measures; empty when it may be stored. */
export function validateRuleSet(def: RuleSetDefinition, measures: MeasureTable, lang: Lang): FieldError[] {
  return [...definitionErrors(def, lang), ...measureErrors(measures, lang)];
}

export interface Validity {
  id?: number | undefined;
  code: string;
  /** first day in force */
  validFrom: string;
  /** first day no longer in force (exclusive); null = until replaced */
  validTo: string | null;
}

/** The sets whose validity shares a day with `p` (among the sets of one owner). */
export function overlapping<V extends Validity>(others: readonly V[], p: Validity): V[] {
  return others.filter(
    (o) => o.id !== p.id && (o.validTo === null || p.validFrom < o.validTo) && (p.validTo === null || o.validFrom < p.validTo),
  );
}

/** The validity in order and not overlapping another set of the same owner. */
export function validityErrors(p: Validity, sameOwner: readonly Validity[], lang: Lang): FieldError[] {
  const t = text[lang];
  if (p.validTo !== null && p.validTo <= p.validFrom) return [{ field: 'validTo', message: t.validTo }];
  const clash = overlapping(sameOwner, p)[0];
  return clash ? [{ field: 'validFrom', message: t.overlap(clash.code, clash.validFrom, clash.validTo) }] : [];
}

// ——— "to be confirmed" marks: paths into the definition ("caseRate.thresholds.0", "rollUp") ———

/** The value at a dotted path of the definition; undefined when there is none. */
export function valueAt(def: RuleSetDefinition, path: string): unknown {
  let v: unknown = def;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Whether the value at `path` is marked "to be confirmed": the path itself or a part containing it is listed. */
export function isFlagged(toConfirm: readonly string[], path: string): boolean {
  return toConfirm.some((p) => p === path || path.startsWith(`${p}.`));
}

/** The marks listed under `path` (the path itself, a part containing it, or values inside it). */
export function flagsWithin(toConfirm: readonly string[], path: string): string[] {
  return toConfirm.filter((p) => p === path || path.startsWith(`${p}.`) || p.startsWith(`${path}.`));
}

/** Marks that name no value of the definition. */
export function toConfirmErrors(toConfirm: readonly string[], def: RuleSetDefinition, lang: Lang): FieldError[] {
  return toConfirm.flatMap((p, i) => (valueAt(def, p) === undefined ? [{ field: `toConfirm.${i}`, message: text[lang].unknownPath(p) }] : []));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The marks whose value differs between two definitions. */
export function changedPaths(toConfirm: readonly string[], before: RuleSetDefinition, after: RuleSetDefinition): string[] {
  return toConfirm.filter((p) => !same(valueAt(before, p), valueAt(after, p)));
}

/**
 * An adjusted copy after a national set's value was confirmed: the copy's mark goes too when
 * the copy still holds the confirmed value (a value of its own stays as the province set it).
 */
export function confirmInCopy(copy: { definition: RuleSetDefinition; toConfirm: string[] }, national: RuleSetDefinition, confirmed: readonly string[]): string[] {
  return copy.toConfirm.filter((p) => !(confirmed.includes(p) && same(valueAt(copy.definition, p), valueAt(national, p))));
}
