import { describe, expect, it } from 'vitest';
import type { AgeGroup } from './age-groups.ts';
import type { Reached } from './campaign-pace.ts';
import { admitsGroup, needsOf, shareOut, type NeedCatalogue, type NeedTarget, type Unfinished } from './vaccine-needs.ts';
import type { ScheduleInterval, ScheduleProduct } from './vaccine-schedule.ts';

const day = '2021-12-10';
// the presets of migration 006: ids in code order
const product = (id: number, code: string, primaryDoses: number, minAge: number, maxAge: number | null): ScheduleProduct =>
  ({ id, code, primaryDoses, minAge, maxAge, validFrom: '2020-01-01', validTo: null });
const [ABDALA, AZ, MODERNA, PFIZER, VERO] = [1, 2, 3, 4, 5];
const interval = (productId: number, doseNumber: number, kind: ScheduleInterval['kind'], previous: string[], validFrom = '2021-01-01'): ScheduleInterval =>
  ({ productId, doseNumber, kind, minDays: 14, maxDays: null, previousProducts: previous, validFrom, validTo: null });
const catalogue: NeedCatalogue = {
  products: [product(ABDALA, 'ABDALA', 3, 19, 65), product(AZ, 'ASTRAZENECA', 2, 18, null), product(MODERNA, 'MODERNA', 2, 12, null),
    product(PFIZER, 'PFIZER', 2, 5, null), product(VERO, 'VEROCELL', 2, 18, 65)],
  intervals: [
    interval(AZ, 2, 'primary', ['ASTRAZENECA']),
    interval(PFIZER, 2, 'primary', ['PFIZER', 'ASTRAZENECA', 'MODERNA']),
    interval(MODERNA, 2, 'primary', ['MODERNA', 'ASTRAZENECA', 'PFIZER']),
    interval(VERO, 2, 'primary', ['VEROCELL']),
    interval(ABDALA, 2, 'primary', ['ABDALA']),
    interval(ABDALA, 3, 'primary', ['ABDALA']),
    ...[PFIZER, MODERNA, AZ].map((p) => interval(p, 3, 'booster', ['ASTRAZENECA', 'PFIZER', 'MODERNA', 'VEROCELL'], '2021-11-19')),
  ],
};
const ALL = [ABDALA, AZ, MODERNA, PFIZER, VERO];

const none: Reached = { dose1: 0, primary: 0, booster: 0 };
const reachedWith = (over: Partial<Record<AgeGroup, Reached>> = {}): Record<AgeGroup, Reached> =>
  ({ '18+': none, '50+': none, '12-17': none, '15-17': none, '5-11': none, all: none, ...over });
const needs = (targets: NeedTarget[], reached = reachedWith(), unfinished: Partial<Record<AgeGroup, Unfinished[]>> = {}, on = day) =>
  needsOf({ targets, reached, unfinished }, catalogue, on);

describe('vaccine needs by purpose', () => {
  it('admits a product for a group when their ages meet', () => {
    const ages = (minAge: number, maxAge: number | null) => ({ minAge, maxAge });
    expect(admitsGroup(ages(18, 65), '12-17')).toBe(false);
    expect(admitsGroup(ages(12, null), '12-17')).toBe(true);
    expect(admitsGroup(ages(12, null), '5-11')).toBe(false);
    expect(admitsGroup(ages(19, 65), '18+')).toBe(true);
    expect(admitsGroup(ages(18, 65), '50+')).toBe(true);
    expect(admitsGroup(ages(18, 49), '50+')).toBe(false);
    expect(admitsGroup(ages(60, null), 'all')).toBe(true);
  });

  it('serves children and adolescents only with products for their ages', () => {
    expect(needs([
      { ageGroup: '12-17', stage: 'dose1', needed: 340 },
      { ageGroup: '5-11', stage: 'dose1', needed: 100 },
      { ageGroup: '18+', stage: 'dose1', needed: 50 },
    ])).toEqual([
      { ageGroup: '18+', stage: 'dose1', after: null, doses: 50, products: ALL },
      { ageGroup: '12-17', stage: 'dose1', after: null, doses: 340, products: [MODERNA, PFIZER] },
      { ageGroup: '5-11', stage: 'dose1', after: null, doses: 100, products: [PFIZER] },
    ]);
  });

  it('serves boosters only with products that have a booster dose in force', () => {
    const target: NeedTarget = { ageGroup: '18+', stage: 'booster', needed: 300 };
    const reached = reachedWith({ '18+': { dose1: 900, primary: 800, booster: 100 } });
    expect(needs([target], reached)).toEqual([{ ageGroup: '18+', stage: 'booster', after: null, doses: 200, products: [AZ, MODERNA, PFIZER] }]);
    // before the booster rows applied, no product could serve it: a need nothing can fill
    expect(needs([target], reached, {}, '2021-11-01')[0]!.products).toEqual([]);
  });

  it('finishes a series with the products that may follow its last dose, and as many doses as it lacks', () => {
    // 1000 adults; 900 started (600 finished): 120 on Abdala (100 with one dose, 20 with two), 100 on AstraZeneca, 80 not in the register
    const reached = reachedWith({ '18+': { dose1: 900, primary: 600, booster: 0 } });
    const unfinished = { '18+': [{ productId: ABDALA, dosesGiven: 1, people: 100 }, { productId: ABDALA, dosesGiven: 2, people: 20 }, { productId: AZ, dosesGiven: 1, people: 100 }] };
    const all300 = needs([{ ageGroup: '18+', stage: 'primary', needed: 1000 }], reached, unfinished);
    expect(all300).toEqual([
      { ageGroup: '18+', stage: 'dose1', after: null, doses: 100, products: ALL },
      { ageGroup: '18+', stage: 'primary', after: null, doses: 100 + 80, products: ALL },
      { ageGroup: '18+', stage: 'primary', after: ABDALA, doses: 100 * 2 + 20, products: [ABDALA] },
      { ageGroup: '18+', stage: 'primary', after: AZ, doses: 100, products: [AZ, MODERNA, PFIZER] },
    ]);
    // a target short of only 150 of the 300 started: they are shared out in proportion
    const half = needs([{ ageGroup: '18+', stage: 'primary', needed: 750 }], reached, unfinished);
    expect(half).toEqual([
      { ageGroup: '18+', stage: 'primary', after: ABDALA, doses: 50 * 2 + 10, products: [ABDALA] },
      { ageGroup: '18+', stage: 'primary', after: AZ, doses: 50, products: [AZ, MODERNA, PFIZER] },
      { ageGroup: '18+', stage: 'primary', after: null, doses: 40, products: ALL },
    ]);
  });

  it('counts the first doses of one target and the series of another once each', () => {
    // dose 1 for everyone (1000) and the series for 75 %: 100 first doses, 150 of the 300 started finish
    const reached = reachedWith({ '18+': { dose1: 900, primary: 600, booster: 0 } });
    const both = needs([{ ageGroup: '18+', stage: 'dose1', needed: 1000 }, { ageGroup: '18+', stage: 'primary', needed: 750 }], reached);
    expect(both.map((n) => [n.stage, n.doses])).toEqual([['dose1', 100], ['primary', 150]]);
    // nothing started: 700 first doses, and 750 people's series (300 started, 450 of the new)
    const fresh = needs([{ ageGroup: '18+', stage: 'dose1', needed: 1000 }, { ageGroup: '18+', stage: 'primary', needed: 750 }],
      reachedWith({ '18+': { dose1: 300, primary: 0, booster: 0 } }));
    expect(fresh.map((n) => [n.stage, n.doses])).toEqual([['dose1', 700], ['primary', 750]]);
  });

  it('takes the larger of nested groups, and what "everyone" needs beyond the groups', () => {
    const nested = needs([{ ageGroup: '18+', stage: 'dose1', needed: 200 }, { ageGroup: '50+', stage: 'dose1', needed: 300 }]);
    expect(nested).toEqual([{ ageGroup: '50+', stage: 'dose1', after: null, doses: 300, products: ALL }]);
    const everyone = needs([{ ageGroup: 'all', stage: 'dose1', needed: 500 }, { ageGroup: '12-17', stage: 'dose1', needed: 200 }]);
    expect(everyone).toEqual([
      { ageGroup: '12-17', stage: 'dose1', after: null, doses: 200, products: [MODERNA, PFIZER] },
      { ageGroup: 'all', stage: 'dose1', after: null, doses: 300, products: ALL },
    ]);
  });

  it('needs nothing for a met target or one without a population', () => {
    expect(needs([{ ageGroup: '18+', stage: 'dose1', needed: null }, { ageGroup: '12-17', stage: 'dose1', needed: 10 }],
      reachedWith({ '12-17': { dose1: 12, primary: 0, booster: 0 } }))).toEqual([]);
  });

  it('shares out by the largest remainder', () => {
    expect(shareOut(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shareOut(5, [0, 0])).toEqual([0, 5]);
    expect(shareOut(150, [100, 20, 100, 80])).toEqual([50, 10, 50, 40]);
  });
});
