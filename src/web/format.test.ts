import { describe, expect, it } from 'vitest';
import {
  changeRatio,
  formatChange,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  todayInVietnam,
} from './format.ts';

describe('formatNumber', () => {
  it('groups thousands with dots in Vietnamese and commas in English', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
  it('keeps small numbers, zero and negatives readable', () => {
    expect(formatNumber(0, 'vi')).toBe('0');
    expect(formatNumber(999, 'vi')).toBe('999');
    expect(formatNumber(1000, 'vi')).toBe('1.000');
    expect(formatNumber(-14037, 'en')).toBe('-14,037');
  });
  it('shows decimals with the language decimal mark, trailing zeros dropped', () => {
    expect(formatNumber(11201.25, 'vi', 2)).toBe('11.201,25');
    expect(formatNumber(11201.5, 'en', 2)).toBe('11,201.5');
    expect(formatNumber(3.0, 'vi', 2)).toBe('3');
  });
  it('shows a dash for missing values', () => {
    expect(formatNumber(null, 'vi')).toBe('—');
    expect(formatNumber(undefined, 'en')).toBe('—');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatPercent', () => {
  it('formats a ratio with one decimal', () => {
    expect(formatPercent(208 / 15203, 'vi')).toBe('1,4%');
    expect(formatPercent(208 / 15203, 'en')).toBe('1.4%');
    expect(formatPercent(0.9957, 'vi', 2)).toBe('99,57%');
  });
  it('drops a useless ",0"', () => {
    expect(formatPercent(1, 'vi')).toBe('100%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });
});

describe('week-on-week change', () => {
  it('is null without a previous week to compare with', () => {
    expect(changeRatio(5, 0)).toBeNull();
    expect(formatChange(changeRatio(5, 0), 'vi')).toBe('—');
  });
  it('is signed', () => {
    expect(formatChange(changeRatio(15, 10), 'vi')).toBe('+50%');
    expect(formatChange(changeRatio(7, 10), 'en')).toBe('-30%');
    expect(formatChange(changeRatio(10, 10), 'en')).toBe('0%');
  });
});

describe('dates', () => {
  it('formats a report period as day/month/year', () => {
    expect(formatDate('2021-12-10')).toBe('10/12/2021');
  });
  it('reads timestamps in Vietnam time (UTC+7)', () => {
    expect(formatDateTime('2021-12-10T10:00:00.000Z')).toBe('17:00 10/12/2021');
    expect(formatDate('2021-12-10T18:30:00Z')).toBe('11/12/2021');
    expect(formatDateTime('2022-02-08T09:05:00Z')).toBe('16:05 08/02/2022');
  });
  it('shows a dash for missing or broken values', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
  it('knows today in Vietnam even when it is still yesterday in UTC', () => {
    expect(todayInVietnam(new Date('2021-12-09T17:30:00Z'))).toBe('2021-12-10');
    expect(todayInVietnam(new Date('2021-12-10T16:59:00Z'))).toBe('2021-12-10');
  });
});
