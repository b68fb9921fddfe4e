import { describe, expect, it } from 'vitest';
import { flatDiff, showValue } from './auditDiff.ts';

describe('flatDiff', () => {
  it('lines up the keys of two flat objects', () => {
    expect(flatDiff({ role: 'clerk', disabled: false }, { role: 'officer', disabled: false, passwordChanged: true })).toEqual([
      { key: 'role', before: 'clerk', after: 'officer', changed: true },
      { key: 'disabled', before: false, after: false, changed: false },
      { key: 'passwordChanged', before: undefined, after: true, changed: true },
    ]);
  });
  it('treats a missing side as empty', () => {
    expect(flatDiff(null, { username: 'xa.bachdang' })).toEqual([
      { key: 'username', before: undefined, after: 'xa.bachdang', changed: true },
    ]);
    expect(flatDiff(null, null)).toEqual([]);
  });
  it('gives up on nested values and arrays', () => {
    expect(flatDiff({ values: { deaths: 1 } }, null)).toBeNull();
    expect(flatDiff(null, [1, 2])).toBeNull();
  });
});

describe('showValue', () => {
  it('prints strings as they are and the rest as JSON', () => {
    expect(showValue('Hạ Long')).toBe('Hạ Long');
    expect(showValue(false)).toBe('false');
    expect(showValue(undefined)).toBe('—');
    expect(showValue({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});
