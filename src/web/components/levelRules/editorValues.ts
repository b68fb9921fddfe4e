import dayjs, { type Dayjs } from 'dayjs';
import type { MeasureTable, RuleSetDefinition } from '../../../domain/epidemic-level.ts';
import type { RuleSet, RuleSetChange } from '../../api/levelRules.ts';

/** The editor's form: the rule set with its dates as pickers' values. */
export interface EditorValues {
  code: string;
  name: string;
  source: string;
  validFrom: Dayjs;
  validTo: Dayjs | null;
  note: string | null;
  definition: RuleSetDefinition;
  measures: MeasureTable;
}

export const toValues = (s: RuleSet): EditorValues => ({
  code: s.code,
  name: s.name,
  source: s.source,
  validFrom: dayjs(s.validFrom),
  validTo: s.validTo ? dayjs(s.validTo) : null,
  note: s.note,
  definition: structuredClone(s.definition) as RuleSetDefinition,
  measures: structuredClone(s.measures),
});

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The PATCH body; the marks only when the user may confirm them. */
export function toBody(v: EditorValues, toConfirm: string[] | null): RuleSetChange {
  return {
    code: v.code,
    name: v.name,
    source: v.source,
    validFrom: iso(v.validFrom) ?? '',
    validTo: iso(v.validTo),
    note: v.note?.trim() ? v.note : null,
    definition: v.definition,
    measures: v.measures,
    ...(toConfirm ? { toConfirm } : {}),
  };
}

/**
 * A server field path as the form's name: "definition.caseRate.thresholds.1" →
 * ['definition', 'caseRate', 'thresholds', 1]. The level keys of the measures stay strings
 * ("measures.3.0.vi" → ['measures', '3', 0, 'vi']): they are object keys, not list indexes.
 */
export function fieldName(path: string): (string | number)[] {
  return path.split('.').map((p, i, all) => (/^\d+$/.test(p) && !(i === 1 && all[0] === 'measures') ? Number(p) : p));
}

/** Server errors the editor shows beside a field; the others go in the list above the Save button. */
export function placedAtField(path: string): boolean {
  return /^(code|name|source|validFrom|validTo|note)$/.test(path) || path.startsWith('definition.') || /^measures\.[1-4]\.\d+\.(area|status|vi|en)$/.test(path);
}

/** The four groups that three thresholds make: "< 20 | 20 – < 50 | 50 – < 150 | ≥ 150" (or with >). */
export function bandLabels(thresholds: readonly (number | null | undefined)[], above: 'gte' | 'gt', num: (n: number) => string): string[] {
  const [a, b, c] = thresholds.map((x) => (typeof x === 'number' ? num(x) : '…'));
  return above === 'gte' ? [`< ${a}`, `${a} – < ${b}`, `${b} – < ${c}`, `≥ ${c}`] : [`≤ ${a}`, `> ${a} – ${b}`, `> ${b} – ${c}`, `> ${c}`];
}
