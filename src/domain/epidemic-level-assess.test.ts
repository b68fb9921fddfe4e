import { describe, expect, it } from 'vitest';
import { assessLevel, bandOf, coveragePercent, per100k, worstShareLevel } from './epidemic-level-assess.ts';
import type { LevelInputs, RuleSetDefinition } from './epidemic-level.ts';

/** The presets as in migration 012. */
const R4800: RuleSetDefinition = {
  caseRate: { thresholds: [20, 50, 150], above: 'gte' },
  coverage: { conditions: [{ metric: 'adult_dose1', minPercent: 70 }, { metric: 'elderly_full', minPercent: 80 }] },
  matrix: { met: [1, 2, 3, 4], notMet: [2, 3, 4, 4] },
  capacity: { freeBedsPer100kMin: null, icuBedsPer100kMin: null, whenNotMet: 'raise_one' },
  severity: { oxygenRate: null, deathRate: null },
  rollUp: { method: 'own', sharePercent: 50 },
};
const R218: RuleSetDefinition = {
  ...R4800,
  caseRate: { thresholds: [20, 150, 600], above: 'gt' },
  coverage: { conditions: [{ metric: 'population_full', minPercent: 75 }, { metric: 'high_risk_full', minPercent: 90 }] },
};

/** 100,000 people, everyone fully vaccinated unless said otherwise. */
function inputs(over: Partial<LevelInputs> = {}): LevelInputs {
  return {
    population: 100_000,
    population18: 70_000,
    population50: 20_000,
    communityCases: 0,
    caseSource: 'register',
    newCases14Days: 0,
    oxygenPatients: 0,
    deaths: 0,
    vaccinated: { adultDose1: 70_000, elderlyFull: 20_000, allFull: 100_000, highRiskFull: 20_000 },
    capacity: { beds: 100, occupied: 0, icuBeds: 10, population: 100_000 },
    ...over,
  };
}

describe('bands', () => {
  it('puts a value at a threshold in the higher group with gte and in the lower one with gt', () => {
    const gte = R4800.caseRate;
    expect([0, 19.99, 20, 49.9, 50, 149.99, 150, 10_000].map((v) => bandOf(gte, v))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    const gt = R218.caseRate;
    expect([0, 20, 20.01, 150, 150.5, 600, 600.1].map((v) => bandOf(gt, v))).toEqual([1, 1, 2, 2, 3, 3, 4]);
  });

  it('gives rates per 100,000 only with a population', () => {
    expect(per100k(150, 100_000)).toBe(150);
    expect(per100k(3, 2_000)).toBe(150);
    expect(per100k(3, null)).toBeNull();
    expect(per100k(3, 0)).toBeNull();
  });
});

describe('assessLevel under 4800/QĐ-BYT', () => {
  it('150 community cases per 100,000 in a week is level 4, 149 is level 3 (coverage met)', () => {
    expect(assessLevel(R4800, inputs({ communityCases: 150 }), false).level).toBe(4);
    const r = assessLevel(R4800, inputs({ communityCases: 149 }), false);
    expect(r).toMatchObject({ caseRate: 149, caseGroup: 3, coverageMet: true, matrixLevel: 3, level: 3 });
  });

  it('raises a group by one when coverage is not met, up to 4', () => {
    const low = { adultDose1: 48_999, elderlyFull: 20_000, allFull: 60_000, highRiskFull: 20_000 };
    const r = assessLevel(R4800, inputs({ communityCases: 5, vaccinated: low }), false);
    expect(r.coverage[0]).toMatchObject({ metric: 'adult_dose1', minPercent: 70, met: false });
    expect(r.coverage[0]!.percent).toBeCloseTo(69.999, 2);
    expect(r.coverage[1]).toMatchObject({ metric: 'elderly_full', percent: 100, met: true });
    expect(r).toMatchObject({ caseGroup: 1, coverageMet: false, matrixLevel: 2, level: 2 });
    expect(assessLevel(R4800, inputs({ communityCases: 60, vaccinated: low }), false).level).toBe(4);
    expect(assessLevel(R4800, inputs({ communityCases: 200, vaccinated: low }), false).level).toBe(4);
  });

  it('meets coverage exactly at the threshold', () => {
    const r = assessLevel(R4800, inputs({ vaccinated: { adultDose1: 49_000, elderlyFull: 16_000, allFull: 0, highRiskFull: 0 } }), false);
    expect(r.coverage.map((c) => c.percent)).toEqual([70, 80]);
    expect(r.coverageMet).toBe(true);
  });
});

describe('assessLevel under 218/QĐ-BYT', () => {
  it('600 per 100,000 is not level 4, 600.1 is', () => {
    expect(assessLevel(R218, inputs({ communityCases: 600 }), false)).toMatchObject({ caseGroup: 3, level: 3 });
    expect(assessLevel(R218, inputs({ population: 1_000_000, communityCases: 6001 }), false)).toMatchObject({ caseGroup: 4, level: 4 });
  });

  it('needs 75% of everyone and 90% of the high-risk fully vaccinated', () => {
    const v = (allFull: number, highRiskFull: number) => ({ adultDose1: 0, elderlyFull: highRiskFull, allFull, highRiskFull });
    expect(assessLevel(R218, inputs({ vaccinated: v(75_000, 18_000) }), false)).toMatchObject({ coverageMet: true, level: 1 });
    expect(assessLevel(R218, inputs({ vaccinated: v(74_999, 18_000) }), false)).toMatchObject({ coverageMet: false, level: 2 });
    expect(assessLevel(R218, inputs({ vaccinated: v(75_000, 17_999) }), false)).toMatchObject({ coverageMet: false, level: 2 });
  });
});

describe('unknown population', () => {
  it('has no case rate and coverage not met, shown as nulls', () => {
    const r = assessLevel(R218, inputs({ population: null, population18: null, population50: null, communityCases: 40 }), false);
    expect(r.caseRate).toBeNull();
    expect(r.coverage.map((c) => c.percent)).toEqual([null, null]);
    expect(r).toMatchObject({ caseGroup: 1, coverageMet: false, matrixLevel: 2, level: 2 });
    expect(coveragePercent('adult_dose1', inputs({ population18: 0 }))).toBeNull();
  });
});

describe('capacity', () => {
  const withCapacity: RuleSetDefinition = { ...R4800, capacity: { freeBedsPer100kMin: 50, icuBedsPer100kMin: 5, whenNotMet: 'raise_one' } };

  it('raises the level by one when free beds or ICU beds per 100,000 fall short', () => {
    const ok = assessLevel(withCapacity, inputs({ capacity: { beds: 100, occupied: 50, icuBeds: 5, population: 100_000 } }), false);
    expect(ok.capacity).toEqual({ freeBedsPer100k: 50, icuBedsPer100k: 5, met: true, raised: false });
    expect(ok.level).toBe(1);
    const full = assessLevel(withCapacity, inputs({ capacity: { beds: 100, occupied: 51, icuBeds: 5, population: 100_000 } }), false);
    expect(full.capacity).toMatchObject({ freeBedsPer100k: 49, met: false, raised: true });
    expect(full.level).toBe(2);
    const noIcu = assessLevel(withCapacity, inputs({ capacity: { beds: 100, occupied: 0, icuBeds: 4, population: 100_000 } }), false);
    expect(noIcu.level).toBe(2);
  });

  it('never raises above 4, and does nothing with whenNotMet none or no minimum', () => {
    const r = assessLevel(withCapacity, inputs({ communityCases: 150, capacity: { beds: 0, occupied: 0, icuBeds: 0, population: 100_000 } }), false);
    expect(r).toMatchObject({ level: 4, capacity: { met: false, raised: false } });
    const none = { ...withCapacity, capacity: { ...withCapacity.capacity, whenNotMet: 'none' as const } };
    expect(assessLevel(none, inputs({ capacity: { beds: 0, occupied: 0, icuBeds: 0, population: 100_000 } }), false).level).toBe(1);
    expect(assessLevel(R4800, inputs({ capacity: { beds: 0, occupied: 0, icuBeds: 0, population: null } }), false).capacity.met).toBe(true);
  });

  it('counts capacity of an unknown population as not met when a minimum is set', () => {
    const r = assessLevel(withCapacity, inputs({ capacity: { beds: 100, occupied: 0, icuBeds: 10, population: null } }), false);
    expect(r.capacity).toMatchObject({ freeBedsPer100k: null, met: false, raised: true });
  });
});

describe('severity', () => {
  const severe: RuleSetDefinition = {
    ...R218,
    severity: { oxygenRate: { thresholds: [1, 5, 10], above: 'gte' }, deathRate: { thresholds: [0.5, 1, 2], above: 'gt' } },
  };

  it('keeps the level at least at the group the oxygen or death rate reaches', () => {
    const r = assessLevel(severe, inputs({ oxygenPatients: 5 }), false);
    expect(r.severity).toEqual({ oxygenRate: 5, oxygenGroup: 3, deathRate: 0, deathGroup: 1 });
    expect(r.level).toBe(3);
    expect(assessLevel(severe, inputs({ deaths: 3 }), false)).toMatchObject({ level: 4, severity: { deathGroup: 4 } });
    expect(assessLevel(severe, inputs({ deaths: 1 }), false).level).toBe(2); // 1 is not > 1
    expect(assessLevel(R218, inputs({ deaths: 100 }), false).severity).toEqual({ oxygenRate: 0, oxygenGroup: null, deathRate: 100, deathGroup: null });
  });
});

describe('roll-up', () => {
  const worst: RuleSetDefinition = { ...R4800, rollUp: { method: 'worst_share', sharePercent: 50 } };
  const children = [
    { level: 1 as const, units: 5, population: 40_000 },
    { level: 3 as const, units: 1, population: 35_000 },
    { level: 4 as const, units: 1, population: 25_000 },
  ];

  it('finds the highest level whose units at or above it hold the share of population', () => {
    expect(worstShareLevel(children, 50)).toBe(3); // 60% at 3 or above, 25% at 4
    expect(worstShareLevel(children, 25)).toBe(4);
    expect(worstShareLevel(children, 61)).toBe(1);
    // no population known: by units
    expect(worstShareLevel(children.map((c) => ({ ...c, population: 0 })), 25)).toBe(3);
    expect(worstShareLevel([], 50)).toBeNull();
  });

  it('raises a district or province, never a commune, and only with worst_share', () => {
    const district = assessLevel(worst, inputs({ childLevels: children }), true);
    expect(district).toMatchObject({ matrixLevel: 1, rollUp: { level: 3, raised: true }, level: 3 });
    expect(assessLevel(worst, inputs({ childLevels: children }), false)).toMatchObject({ rollUp: null, level: 1 });
    expect(assessLevel(R4800, inputs({ childLevels: children }), true)).toMatchObject({ rollUp: null, level: 1 });
    const high = assessLevel(worst, inputs({ communityCases: 200, childLevels: children }), true);
    expect(high).toMatchObject({ rollUp: { level: 3, raised: false }, level: 4 });
  });
});
