import { describe, expect, it } from 'vitest';
import { historyOf } from './vaccination-state.ts';
import { ageOn, checkDose, type EarlierDose, type ScheduleInterval, type ScheduleProduct } from './vaccine-schedule.ts';

const product = (id: number, code: string, primaryDoses = 2, minAge = 18, maxAge: number | null = null): ScheduleProduct =>
  ({ id, code, primaryDoses, minAge, maxAge, validFrom: '2020-01-01', validTo: null });
const PFIZER = product(1, 'PFIZER', 2, 5);
const AZ = product(2, 'ASTRAZENECA');
const ABDALA = product(3, 'ABDALA', 3, 19, 65);
const row = (productId: number, doseNumber: number, minDays: number, previousProducts: string[] = [], kind: ScheduleInterval['kind'] = 'primary', validFrom = '2021-01-01', maxDays: number | null = null): ScheduleInterval =>
  ({ productId, doseNumber, kind, minDays, maxDays, previousProducts, validFrom, validTo: null });
const intervals = [
  row(1, 2, 21, ['PFIZER', 'ASTRAZENECA']), row(2, 2, 56, [], 'primary', '2021-01-01', 84), row(3, 2, 14), row(3, 3, 14),
  row(1, 3, 90, ['PFIZER', 'ASTRAZENECA'], 'booster', '2021-11-19'),
];
const earlier = (code: string, givenOn: string, doseNumber = 1, primaryDoses = 2, kind: EarlierDose['kind'] = 'primary'): EarlierDose =>
  ({ doseNumber, kind, givenOn, productCode: code, primaryDoses });
const check = (p: ScheduleProduct, before: EarlierDose[], givenOn: string, birthDate: string | null = '1980-01-01') =>
  checkDose({ product: p, intervals, previous: before.length ? historyOf(before) : null, birthDate, givenOn, today: '2021-12-10' });
const keys = (r: ReturnType<typeof check>) => r.errors.map((e) => `${e.field}:${e.key}`);

describe('checkDose', () => {
  it('numbers the dose after the last one and names the earliest date when too early', () => {
    expect(check(PFIZER, [], '2021-11-01')).toMatchObject({ doseNumber: 1, kind: 'primary', errors: [] });
    const early = check(PFIZER, [earlier('PFIZER', '2021-11-01')], '2021-11-15');
    expect(early.doseNumber).toBe(2);
    expect(early.errors).toEqual([{ field: 'givenOn', key: 'tooEarly', vars: { earliest: '2021-11-22', days: 21 } }]);
    expect(check(PFIZER, [earlier('PFIZER', '2021-11-01')], '2021-11-22').errors).toEqual([]);
  });
  it('AstraZeneca: 56 days, a warning after 84', () => {
    expect(keys(check(AZ, [earlier('ASTRAZENECA', '2021-08-01')], '2021-09-20'))).toEqual(['givenOn:tooEarly']);
    const late = check(AZ, [earlier('ASTRAZENECA', '2021-08-01')], '2021-11-01');
    expect(late.errors).toEqual([]);
    expect(late.warnings.map((w) => w.key)).toEqual(['late']);
  });
  it('mixing: allowed by the previous-product list, else the same product only', () => {
    expect(check(PFIZER, [earlier('ASTRAZENECA', '2021-08-01')], '2021-10-01').errors).toEqual([]);
    expect(keys(check(AZ, [earlier('PFIZER', '2021-08-01')], '2021-11-01'))).toEqual(['productId:wrongProduct']);
  });
  it('age limits by exact age on the dose date', () => {
    expect(ageOn('2003-12-11', '2021-12-10')).toBe(17);
    expect(keys(check(AZ, [], '2021-12-01', '2004-01-01'))).toEqual(['productId:tooYoung']);
    expect(keys(check(ABDALA, [], '2021-12-01', '1950-01-01'))).toEqual(['productId:tooOld']);
  });
  it('a booster only after the primary series, and only from when its rule applies', () => {
    const two = [earlier('PFIZER', '2021-06-01'), earlier('PFIZER', '2021-07-01', 2)];
    expect(check(PFIZER, two, '2021-12-01')).toMatchObject({ doseNumber: 3, kind: 'booster', errors: [] });
    expect(keys(check(PFIZER, two, '2021-11-01'))).toEqual(['productId:noSchedule']);
    const abdala = [earlier('ABDALA', '2021-06-01', 1, 3), earlier('ABDALA', '2021-07-01', 2, 3)];
    expect(check(ABDALA, abdala, '2021-08-01')).toMatchObject({ doseNumber: 3, kind: 'primary', errors: [] });
    expect(keys(check(PFIZER, abdala, '2021-12-01'))).toEqual(['productId:wrongProduct', 'productId:boosterBeforePrimary']);
  });
  it('names a date on or before the previous dose first, whatever else is wrong', () => {
    expect(keys(check(AZ, [earlier('ASTRAZENECA', '2021-05-01'), earlier('ASTRAZENECA', '2021-07-01', 2)], '2021-06-01'))).toEqual(['givenOn:notAfterPrevious', 'productId:noSchedule']);
    expect(keys(check(PFIZER, [earlier('PFIZER', '2021-11-01')], '2021-11-01'))).toEqual(['givenOn:notAfterPrevious']);
  });
  it('refuses a future date', () => {
    expect(keys(check(PFIZER, [], '2021-12-11'))).toEqual(['givenOn:future']);
  });
});
