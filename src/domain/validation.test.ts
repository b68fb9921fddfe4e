import { describe, expect, it } from 'vitest';
import { checkRules, checkValues, findOutliers, MAX_VALUE, type IndicatorDef, type RuleDef } from './validation.ts';

const ind = (code: string, nameVi: string, nameEn: string): IndicatorDef => ({ code, nameVi, nameEn });
const INDICATORS = [ind('f0', 'F0 mới', 'New F0'), ind('deaths', 'Tử vong', 'Deaths'), ind('samples', 'Số mẫu', 'Samples')];

describe('checkValues', () => {
  const ok = { f0: 3, deaths: 0, samples: MAX_VALUE };
  it('accepts whole numbers from 0 to MAX_VALUE', () => {
    expect(checkValues(INDICATORS, ok, 'vi')).toEqual([]);
  });
  it('requires every indicator in a submission, not in a draft', () => {
    const partial = { f0: 3 };
    expect(checkValues(INDICATORS, partial, 'vi')).toEqual([
      { field: 'deaths', message: 'Tử vong: bắt buộc nhập' },
      { field: 'samples', message: 'Số mẫu: bắt buộc nhập' },
    ]);
    expect(checkValues(INDICATORS, partial, 'vi', false)).toEqual([]);
    // null and '' are blanks
    expect(checkValues(INDICATORS, { ...ok, deaths: null }, 'en').map((i) => i.field)).toEqual(['deaths']);
    expect(checkValues(INDICATORS, { ...ok, deaths: '' }, 'en')).toEqual([{ field: 'deaths', message: 'Deaths: required' }]);
    expect(checkValues(INDICATORS, { ...ok, deaths: null }, 'en', false)).toEqual([]);
  });
  it('refuses decimals, strings, negatives and huge numbers, naming the field', () => {
    expect(checkValues(INDICATORS, { ...ok, f0: 2.5 }, 'vi')).toEqual([{ field: 'f0', message: 'F0 mới: phải là số nguyên' }]);
    expect(checkValues(INDICATORS, { ...ok, f0: '3' }, 'vi')).toEqual([{ field: 'f0', message: 'F0 mới: phải là số nguyên' }]);
    expect(checkValues(INDICATORS, { ...ok, f0: Number.NaN }, 'vi').map((i) => i.field)).toEqual(['f0']);
    expect(checkValues(INDICATORS, { ...ok, deaths: -1 }, 'en')).toEqual([{ field: 'deaths', message: 'Deaths: must not be negative' }]);
    expect(checkValues(INDICATORS, { ...ok, samples: MAX_VALUE + 1 }, 'vi')).toEqual([{ field: 'samples', message: 'Số mẫu: giá trị quá lớn' }]);
    expect(checkValues(INDICATORS, { ...ok, samples: 1e21 }, 'en')).toEqual([{ field: 'samples', message: 'Samples: value too large' }]);
  });
  it('refuses codes that are not in the form, even in a draft', () => {
    expect(checkValues(INDICATORS, { ...ok, f3: 1 }, 'vi')).toEqual([{ field: 'f3', message: 'f3: chỉ tiêu không có trong biểu mẫu' }]);
    expect(checkValues(INDICATORS, { f3: 1 }, 'en', false)).toEqual([{ field: 'f3', message: 'f3: not an indicator of this form' }]);
  });
  it('reports every problem at once', () => {
    expect(checkValues(INDICATORS, { f0: -1, deaths: 0.5, x: 1 }, 'vi').map((i) => i.field)).toEqual(['x', 'f0', 'deaths', 'samples']);
  });
});

describe('checkRules', () => {
  const rule = (over: Partial<RuleDef>): RuleDef => ({
    code: 'r', field: 'f0', severity: 'error', left: [], op: '<=', right: [], messageVi: 'sai', messageEn: 'wrong', ...over,
  });
  const pool = rule({ code: 'pool', field: 'samples', left: [{ indicator: 'persons' }], op: '<=', right: [{ indicator: 'samples', coef: 10 }], messageVi: 'gộp quá 10', messageEn: 'pooled more than 10' });

  it('compares the two sides with coefficients', () => {
    expect(checkRules([pool], { persons: 1000, samples: 100 }, {}, 'vi')).toEqual({ errors: [], warnings: [] });
    expect(checkRules([pool], { persons: 1001, samples: 100 }, {}, 'vi').errors).toEqual([{ field: 'samples', message: 'gộp quá 10' }]);
    expect(checkRules([pool], { persons: 1001, samples: 100 }, {}, 'en').errors[0]!.message).toBe('pooled more than 10');
  });
  it('supports >=, = and a constant; a missing indicator is 0', () => {
    const ge = rule({ left: [{ indicator: 'a' }], op: '>=', right: [{ indicator: 'b' }], constant: 2 });
    expect(checkRules([ge], { a: 5, b: 3 }, {}, 'vi').errors).toEqual([]);
    expect(checkRules([ge], { a: 4, b: 3 }, {}, 'vi').errors).toHaveLength(1);
    const eq = rule({ left: [{ indicator: 'a' }, { indicator: 'b' }], op: '=', right: [{ indicator: 'total' }] });
    expect(checkRules([eq], { a: 1, b: 2, total: 3 }, {}, 'vi').errors).toEqual([]);
    expect(checkRules([eq], { a: 1, b: 2, total: 4 }, {}, 'vi').errors).toHaveLength(1);
    expect(checkRules([eq], { a: 1, total: 1 }, {}, 'vi').errors).toEqual([]);
    const neg = rule({ left: [{ indicator: 'a' }, { indicator: 'b', coef: -1 }], op: '<=', right: [] });
    expect(checkRules([neg], { a: 3, b: 3 }, {}, 'vi').errors).toEqual([]);
  });
  it('a cumulative term adds the earlier total to this report’s value', () => {
    // deaths since the start cannot exceed the cases since the start
    const r = rule({ field: 'deaths', left: [{ indicator: 'deaths', cumulative: true }], op: '<=', right: [{ indicator: 'f0', cumulative: true }] });
    expect(checkRules([r], { deaths: 2, f0: 0 }, { deaths: 3, f0: 5 }, 'vi').errors).toEqual([]); // 5 <= 5
    expect(checkRules([r], { deaths: 3, f0: 0 }, { deaths: 3, f0: 5 }, 'vi').errors).toEqual([{ field: 'deaths', message: 'sai' }]); // 6 > 5
    // without `cumulative` the earlier total is not used
    const plain = rule({ field: 'deaths', left: [{ indicator: 'deaths' }], op: '<=', right: [{ indicator: 'f0' }] });
    expect(checkRules([plain], { deaths: 2, f0: 0 }, { f0: 100 }, 'vi').errors).toHaveLength(1);
    // a mixed rule: today's value against a cumulative one
    const mixed = rule({ left: [{ indicator: 'recovered' }], op: '<=', right: [{ indicator: 'f0', cumulative: true }] });
    expect(checkRules([mixed], { recovered: 10, f0: 1 }, { f0: 9, recovered: 1000 }, 'vi').errors).toEqual([]);
    expect(checkRules([mixed], { recovered: 11, f0: 1 }, { f0: 9 }, 'vi').errors).toHaveLength(1);
  });
  it('warning rules go to warnings, error rules to errors', () => {
    const w = rule({ code: 'w', severity: 'warning', left: [{ indicator: 'a' }], op: '<=', right: [{ indicator: 'b' }], messageVi: 'cảnh báo' });
    const e = rule({ code: 'e', left: [{ indicator: 'a' }], op: '<=', right: [], constant: 0 });
    expect(checkRules([w, e], { a: 2, b: 1 }, {}, 'vi')).toEqual({ errors: [{ field: 'f0', message: 'sai' }], warnings: [{ field: 'f0', message: 'cảnh báo' }] });
  });
});

describe('findOutliers', () => {
  const steady = Array.from({ length: 28 }, (_, i) => ({ f0: 4 + (i % 3), deaths: 0, samples: 100 }));
  it('flags a value far above the recent history, with the rounded mean in the message', () => {
    const out = findOutliers(INDICATORS, { f0: 60, deaths: 0, samples: 100 }, steady, 'vi');
    expect(out).toEqual([{ field: 'f0', message: 'F0 mới: 60 cao bất thường so với trung bình 5 của 4 tuần trước, vui lòng kiểm tra lại' }]);
    expect(findOutliers(INDICATORS, { f0: 60 }, steady, 'en')[0]!.message).toMatch(/^New F0: 60 is unusually high against the average of 5/);
  });
  it('needs 7 days of history', () => {
    expect(findOutliers(INDICATORS, { f0: 600 }, steady.slice(0, 6), 'vi')).toEqual([]);
    expect(findOutliers(INDICATORS, { f0: 600 }, steady.slice(0, 7), 'vi')).toHaveLength(1);
  });
  it('ignores values under 10, even against a history of zeros', () => {
    const zeros = Array.from({ length: 10 }, () => ({ deaths: 0 }));
    expect(findOutliers(INDICATORS, { deaths: 9 }, zeros, 'vi')).toEqual([]);
    expect(findOutliers(INDICATORS, { deaths: 10 }, zeros, 'vi').map((i) => i.field)).toEqual(['deaths']);
  });
  it('does not flag within 3× the mean or within 4 standard deviations', () => {
    expect(findOutliers(INDICATORS, { samples: 300 }, steady, 'vi')).toEqual([]); // 3 × 100
    expect(findOutliers(INDICATORS, { samples: 301 }, steady, 'vi').map((i) => i.field)).toEqual(['samples']);
    // a volatile history: mean 25, sd 25 → 4 sd above is 125
    const volatile = Array.from({ length: 10 }, (_, i) => ({ f0: i % 2 === 0 ? 0 : 50 }));
    expect(findOutliers(INDICATORS, { f0: 120 }, volatile, 'vi')).toEqual([]);
    expect(findOutliers(INDICATORS, { f0: 126 }, volatile, 'vi').map((i) => i.field)).toEqual(['f0']);
  });
  it('an indicator missing in the history counts as 0 there', () => {
    const none = Array.from({ length: 7 }, () => ({}));
    expect(findOutliers(INDICATORS, { samples: 50 }, none, 'vi').map((i) => i.field)).toEqual(['samples']);
  });
});
