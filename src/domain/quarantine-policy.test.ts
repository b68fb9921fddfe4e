import { describe, expect, it } from 'vitest';
import { choosePolicy, dayNumber, overlapping, quarantineSchedule, type QuarantinePolicy } from './quarantine-policy.ts';

// the presets of migration 004
const p = (id: number, validFrom: string, validTo: string | null, degree: number, vaccination: QuarantinePolicy['vaccination'],
  place: QuarantinePolicy['place'], days: number, testDays: number[], monitorDays: number): QuarantinePolicy =>
  ({ id, name: `p${id}`, validFrom, validTo, degree, vaccination, place, days, testDays, monitorDays });
const presets = [
  p(1, '2020-01-01', '2021-12-01', 1, 'any', 'centralised', 14, [1, 7, 14], 7),
  p(2, '2021-12-01', '2022-02-21', 1, 'full', 'home', 7, [1, 7], 7),
  p(3, '2021-12-01', '2022-02-21', 1, 'not_full', 'home', 14, [1, 7, 14], 0),
  p(4, '2022-02-21', null, 1, 'full', 'home', 5, [5], 5),
  p(5, '2022-02-21', null, 1, 'not_full', 'home', 7, [7], 3),
  p(6, '2020-01-01', '2021-12-01', 2, 'any', 'home', 14, [1, 14], 0),
  p(7, '2021-12-01', null, 2, 'any', 'home', 7, [7], 0),
];
const pick = (exposureDate: string, degree: number, fullyVaccinated: boolean) => choosePolicy(presets, { exposureDate, degree, fullyVaccinated })?.id;

describe('choosePolicy', () => {
  it('puts an F1 in centralised quarantine for 14 days before 1/12/2021, vaccinated or not', () => {
    expect(pick('2021-11-30', 1, true)).toBe(1);
    expect(pick('2021-06-15', 1, false)).toBe(1);
  });

  it('keeps a fully vaccinated F1 exposed on or after 1/12/2021 at home for 7 days', () => {
    expect(pick('2021-12-01', 1, true)).toBe(2);
    expect(pick('2022-02-20', 1, true)).toBe(2);
    expect(pick('2021-12-05', 1, false)).toBe(3);
  });

  it('applies 5 or 7 days from 21/02/2022', () => {
    expect(pick('2022-02-21', 1, true)).toBe(4);
    expect(pick('2022-03-01', 1, false)).toBe(5);
  });

  it('chooses by degree, and finds nothing where no policy applies', () => {
    expect(pick('2021-11-01', 2, true)).toBe(6);
    expect(pick('2021-12-10', 2, false)).toBe(7);
    expect(pick('2021-12-10', 3, false)).toBeUndefined();
    expect(pick('2019-12-31', 1, false)).toBeUndefined();
  });

  it('prefers the policy for the exact vaccination status over one for anyone', () => {
    const withAny = [...presets, p(8, '2021-12-01', null, 1, 'any', 'home', 10, [], 0)];
    expect(choosePolicy(withAny, { exposureDate: '2021-12-10', degree: 1, fullyVaccinated: true })?.id).toBe(2);
  });
});

describe('quarantineSchedule', () => {
  it('ends on start + days − 1 with tests on the policy days (day 1 = start)', () => {
    expect(quarantineSchedule(presets[1]!, '2021-12-10')).toEqual({
      startDate: '2021-12-10', plannedEnd: '2021-12-16', testDates: ['2021-12-10', '2021-12-16'], monitoringEnd: '2021-12-23',
    });
    expect(quarantineSchedule(presets[0]!, '2021-11-28')).toEqual({
      startDate: '2021-11-28', plannedEnd: '2021-12-11', testDates: ['2021-11-28', '2021-12-04', '2021-12-11'], monitoringEnd: '2021-12-18',
    });
  });

  it('lets the exposure date decide, not the start date', () => {
    // exposed 30/11, found and quarantined 02/12: still the 14-day centralised rule
    const policy = choosePolicy(presets, { exposureDate: '2021-11-30', degree: 1, fullyVaccinated: true })!;
    expect(policy.place).toBe('centralised');
    expect(quarantineSchedule(policy, '2021-12-02').plannedEnd).toBe('2021-12-15');
  });

  it('counts days from the start', () => {
    expect(dayNumber('2021-12-10', '2021-12-10')).toBe(1);
    expect(dayNumber('2021-12-10', '2021-12-16')).toBe(7);
  });
});

describe('overlapping', () => {
  it('finds a period of the same degree and vaccination that overlaps', () => {
    const draft = { name: 'x', degree: 1, vaccination: 'full' as const, validFrom: '2022-01-01', validTo: null };
    expect(overlapping(presets, draft).map((o) => o.id)).toEqual([2, 4]);
    expect(overlapping(presets, { ...draft, validFrom: '2020-01-01', validTo: '2021-12-01' })).toEqual([]);
    // an edit does not clash with itself
    expect(overlapping(presets, { ...presets[3]!, validFrom: '2022-02-21' })).toEqual([]);
  });
});
