import { describe, expect, it } from 'vitest';
import { givenName, levenshtein, normalizeNationalId, normalizePhone, similarNames } from './person-match.ts';

describe('similarNames', () => {
  it('ignores accents, case and spacing', () => {
    expect(similarNames('Nguyen Van An', 'Nguyễn Văn Ân')).toBe(true);
    expect(similarNames('  NGUYỄN   văn an ', 'nguyen van an')).toBe(true);
    expect(similarNames('Đỗ Thị Hằng', 'Do Thi Hang')).toBe(true);
  });
  it('allows one typo in a longer word and a left-out middle name', () => {
    expect(similarNames('Trần Văn Hùng', 'Tran Van Hung')).toBe(true);
    expect(similarNames('Tran Van Huong', 'Tran Van Huog')).toBe(true);
    expect(similarNames('Nguyễn An', 'Nguyễn Văn An')).toBe(true);
    expect(similarNames('Lê Thị Minh Châu', 'Lê Minh Châu')).toBe(true);
  });
  it('keeps different people apart', () => {
    expect(similarNames('Nguyễn Văn An', 'Nguyễn Văn Bình')).toBe(false);
    expect(similarNames('Nguyễn Văn An', 'Nguyễn Văn Anh')).toBe(false);
    expect(similarNames('Nguyễn Văn Hùng', 'Nguyễn Thị Hoa')).toBe(false);
    expect(similarNames('Nguyễn Văn An', 'Nguyễn Thị An')).toBe(false);
    expect(similarNames('Nguyễn Văn An', 'Trần Văn An')).toBe(false);
    expect(similarNames('An', 'Nguyễn Văn An')).toBe(false);
    expect(similarNames('', 'An')).toBe(false);
  });
});

describe('identifiers as typed', () => {
  it('normalises phones and national IDs', () => {
    expect(normalizePhone('+84 912.345.678')).toBe('0912345678');
    expect(normalizePhone('0912-345-678')).toBe('0912345678');
    expect(normalizePhone('  ')).toBeNull();
    expect(normalizeNationalId('022 190 000 123')).toBe('022190000123');
    expect(normalizeNationalId(null)).toBeNull();
  });
  it('measures edit distance and finds the given name', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(givenName('nguyen van an')).toBe('an');
    expect(givenName('an')).toBe('an');
  });
});
