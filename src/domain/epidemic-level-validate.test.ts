import { describe, expect, it } from 'vitest';
import type { Measure, MeasureTable, RuleSetDefinition } from './epidemic-level.ts';
import {
  changedPaths, confirmInCopy, flagsWithin, isFlagged, overlapping, toConfirmErrors, validateRuleSet, validityErrors, valueAt,
} from './epidemic-level-validate.ts';

const def = (): RuleSetDefinition => ({
  caseRate: { thresholds: [20, 150, 600], above: 'gt' },
  coverage: { conditions: [{ metric: 'population_full', minPercent: 75 }, { metric: 'high_risk_full', minPercent: 90 }] },
  matrix: { met: [1, 2, 3, 4], notMet: [2, 3, 4, 4] },
  capacity: { freeBedsPer100kMin: null, icuBedsPer100kMin: null, whenNotMet: 'raise_one' },
  severity: { oxygenRate: null, deathRate: null },
  rollUp: { method: 'own', sharePercent: 50 },
});
const measure = (over: Partial<Measure> = {}): Measure => ({ area: 'schools', status: 'allowed', vi: 'Học trực tiếp', en: 'In-person classes', ...over });
const measures = (): MeasureTable => ({ 1: [measure()], 2: [measure()], 3: [measure()], 4: [measure({ status: 'closed' })] });
const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('validateRuleSet', () => {
  it('accepts the presets as shipped', () => {
    expect(validateRuleSet(def(), measures(), 'vi')).toEqual([]);
  });

  it('names a threshold that is not above the one before, with the value before, in Vietnamese and English', () => {
    const d = def();
    d.caseRate.thresholds = [50, 20, 600];
    expect(validateRuleSet(d, measures(), 'vi')).toEqual([
      { field: 'definition.caseRate.thresholds.1', message: 'Ngưỡng phải lớn hơn ngưỡng trước (50)' },
    ]);
    expect(validateRuleSet(d, measures(), 'en')[0]!.message).toBe('The threshold must be above the one before (50)');
    d.caseRate.thresholds = [20, 20, 600];
    expect(fields(validateRuleSet(d, measures(), 'vi'))).toEqual(['definition.caseRate.thresholds.1']);
    d.caseRate.thresholds = [20, 150, 100.5];
    expect(validateRuleSet(d, measures(), 'vi')[0]!.message).toBe('Ngưỡng phải lớn hơn ngưỡng trước (150)');
  });

  it('refuses negative thresholds and checks the severity bands too', () => {
    const d = def();
    d.caseRate.thresholds = [-1, 10, 20];
    d.severity.deathRate = { thresholds: [1, 2, 2], above: 'gte' };
    expect(validateRuleSet(d, measures(), 'vi')).toEqual([
      { field: 'definition.caseRate.thresholds.0', message: 'Ngưỡng không được âm' },
      { field: 'definition.severity.deathRate.thresholds.2', message: 'Ngưỡng phải lớn hơn ngưỡng trước (2)' },
    ]);
  });

  it('keeps percents within 0–100 and each coverage criterion once', () => {
    const d = def();
    d.coverage.conditions = [
      { metric: 'population_full', minPercent: 101 },
      { metric: 'population_full', minPercent: -5 },
    ];
    expect(fields(validateRuleSet(d, measures(), 'vi'))).toEqual([
      'definition.coverage.conditions.0.minPercent',
      'definition.coverage.conditions.1.metric',
      'definition.coverage.conditions.1.minPercent',
    ]);
    d.coverage.conditions = [{ metric: 'adult_dose1', minPercent: 0 }, { metric: 'elderly_full', minPercent: 100 }];
    expect(validateRuleSet(d, measures(), 'vi')).toEqual([]);
  });

  it('wants levels 1–4 that never fall for a higher case group, and coverage never making it worse', () => {
    const d = def();
    d.matrix.notMet = [2, 4, 3, 4];
    expect(validateRuleSet(d, measures(), 'vi')).toEqual([
      { field: 'definition.matrix.notMet.2', message: 'Cấp độ không được thấp hơn cấp của nhóm ca mắc liền trước (cấp 4)' },
    ]);
    const e = def();
    (e.matrix.met as number[])[0] = 5;
    e.matrix.met[3] = 4;
    e.matrix.notMet = [1, 1, 3, 4];
    expect(validateRuleSet(e, measures(), 'vi')).toEqual([
      { field: 'definition.matrix.met.0', message: 'Cấp độ phải từ 1 đến 4' },
      { field: 'definition.matrix.met.1', message: 'Khi đạt tiêu chí tiêm chủng, cấp độ không được cao hơn khi chưa đạt (cấp 1)' },
    ]);
  });

  it('checks capacity minimums and the roll-up share', () => {
    const d = def();
    d.capacity.freeBedsPer100kMin = -3;
    d.rollUp = { method: 'worst_share', sharePercent: 0 };
    expect(fields(validateRuleSet(d, measures(), 'en'))).toEqual(['definition.capacity.freeBedsPer100kMin', 'definition.rollUp.sharePercent']);
  });

  it('needs measures for every level, each with a known area and status and both texts of at most 500 characters', () => {
    const m = measures();
    m[2] = [];
    m[3] = [measure({ area: 'beaches' as Measure['area'], vi: '  ', en: 'x'.repeat(501) })];
    delete (m as Partial<MeasureTable>)[4];
    expect(validateRuleSet(def(), m, 'vi')).toEqual([
      { field: 'measures.2', message: 'Cần ít nhất một biện pháp cho cấp 2' },
      { field: 'measures.3.0.area', message: 'Lĩnh vực không hợp lệ' },
      { field: 'measures.3.0.vi', message: 'Nội dung tiếng Việt không được để trống' },
      { field: 'measures.3.0.en', message: 'Nội dung tối đa 500 ký tự' },
      { field: 'measures.4', message: 'Cần ít nhất một biện pháp cho cấp 4' },
    ]);
  });
});

describe('validity', () => {
  const national = [
    { id: 1, code: '4800/QĐ-BYT', validFrom: '2021-10-12', validTo: '2022-01-27' },
    { id: 2, code: '218/QĐ-BYT', validFrom: '2022-01-27', validTo: null },
  ];

  it('lets one set end the day the next begins (the end is exclusive)', () => {
    expect(overlapping(national, national[1]!)).toEqual([]);
    expect(validityErrors({ code: 'x', validFrom: '2021-01-01', validTo: '2021-10-12' }, national, 'vi')).toEqual([]);
  });

  it('names the set a new validity overlaps, and an end before the start', () => {
    expect(validityErrors({ code: 'x', validFrom: '2023-01-01', validTo: null }, national, 'vi')).toEqual([
      { field: 'validFrom', message: 'Thời gian hiệu lực trùng với bộ tiêu chí "218/QĐ-BYT" (27/01/2022 – nay)' },
    ]);
    expect(validityErrors({ code: 'x', validFrom: '2021-12-01', validTo: '2021-12-31' }, national, 'en')[0]!.message).toBe(
      'The validity overlaps rule set "4800/QĐ-BYT" (12/10/2021 – 27/01/2022)',
    );
    expect(validityErrors({ id: 2, code: 'x', validFrom: '2022-01-27', validTo: '2022-01-27' }, national, 'vi')).toEqual([
      { field: 'validTo', message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực' },
    ]);
    // a set is not compared with itself
    expect(validityErrors({ id: 2, code: 'x', validFrom: '2022-02-01', validTo: null }, national, 'vi')).toEqual([]);
  });
});

describe('to be confirmed', () => {
  it('reads values by path and marks everything inside a marked part', () => {
    expect(valueAt(def(), 'caseRate.thresholds.2')).toBe(600);
    expect(valueAt(def(), 'severity.oxygenRate')).toBeNull();
    expect(valueAt(def(), 'caseRate.limits')).toBeUndefined();
    const marks = ['rollUp', 'caseRate.thresholds.0'];
    expect(isFlagged(marks, 'rollUp.sharePercent')).toBe(true);
    expect(isFlagged(marks, 'caseRate.thresholds.0')).toBe(true);
    expect(isFlagged(marks, 'caseRate.thresholds.1')).toBe(false);
    expect(isFlagged(marks, 'rollUpX')).toBe(false);
    expect(flagsWithin(marks, 'caseRate')).toEqual(['caseRate.thresholds.0']);
    expect(toConfirmErrors(['rollUp', 'matrix.sometimes'], def(), 'vi')).toEqual([
      { field: 'toConfirm.1', message: 'Không có giá trị "matrix.sometimes" trong bộ tiêu chí' },
    ]);
  });

  it('finds the marked values an edit changed, and clears a confirmed mark in a copy that kept the value', () => {
    const after = def();
    after.caseRate.thresholds = [30, 150, 600];
    expect(changedPaths(['caseRate.thresholds.0', 'caseRate.thresholds.1', 'rollUp'], def(), after)).toEqual(['caseRate.thresholds.0']);
    const copy = { definition: after, toConfirm: ['caseRate.thresholds.0', 'caseRate.thresholds.1', 'rollUp'] };
    // the province chose 30 itself: its mark on threshold 0 stays; threshold 1 is the Ministry's, now confirmed
    expect(confirmInCopy(copy, def(), ['caseRate.thresholds.0', 'caseRate.thresholds.1'])).toEqual(['caseRate.thresholds.0', 'rollUp']);
  });
});
