/**
 * Computing a unit's epidemic level for a week from its figures (LevelInputs) under a rule set
 * (RuleSetDefinition). Pure: the server gathers the figures and stores what this returns.
 * Order: case group → coverage → matrix → capacity raise → severity floor → roll-up floor.
 */
import type { Bands, CoverageMetric, Level, LevelInputs, LevelReasons, RuleSetDefinition } from './epidemic-level.ts';

const clamp = (n: number): Level => Math.min(4, Math.max(1, n)) as Level;

/** The group (1–4) a value falls in: one more for each threshold reached ('gte') or passed ('gt'). */
export function bandOf(bands: Bands, value: number): Level {
  const above = bands.thresholds.filter((t) => (bands.above === 'gte' ? value >= t : value > t)).length;
  return clamp(1 + above);
}

/** A count per 100,000 people; null when the population is unknown (or zero). */
export function per100k(count: number, population: number | null): number | null {
  return population ? (count * 100_000) / population : null;
}

/** A count as a percent of a group; null when the group's size is unknown (or zero). */
export function percentOf(count: number, group: number | null): number | null {
  return group ? (count * 100) / group : null;
}

/** The share of a coverage metric, in percent of its group. High-risk people are the 50+ (see LevelInputs). */
export function coveragePercent(metric: CoverageMetric, inputs: LevelInputs): number | null {
  const v = inputs.vaccinated;
  switch (metric) {
    case 'adult_dose1':
      return percentOf(v.adultDose1, inputs.population18);
    case 'elderly_full':
      return percentOf(v.elderlyFull, inputs.population50);
    case 'population_full':
      return percentOf(v.allFull, inputs.population);
    case 'high_risk_full':
      return percentOf(v.highRiskFull, inputs.population50);
  }
}

/**
 * The highest level L such that the child units at L or above hold at least `sharePercent` of
 * the children's population (by unit count when no child has a population); null without children.
 */
export function worstShareLevel(children: NonNullable<LevelInputs['childLevels']>, sharePercent: number): Level | null {
  const total = children.reduce((s, c) => s + c.population, 0);
  const weight = (c: (typeof children)[number]) => (total > 0 ? c.population : c.units);
  const all = children.reduce((s, c) => s + weight(c), 0);
  if (all <= 0) return null;
  for (const level of [4, 3, 2, 1] as const) {
    const atOrAbove = children.filter((c) => c.level >= level).reduce((s, c) => s + weight(c), 0);
    if ((atOrAbove / all) * 100 >= sharePercent) return level;
  }
  return null;
}

/**
 * The level of one unit for one week. A unit without a population has a null case rate (case
 * group 1: nothing to compare) and its coverage is not met; both show as null in the reasons.
 * `isRollUp`: a district, province or the nation, to which the roll-up rule applies.
 */
export function assessLevel(def: RuleSetDefinition, inputs: LevelInputs, isRollUp: boolean): LevelReasons {
  const caseRate = per100k(inputs.communityCases, inputs.population);
  const caseGroup = caseRate === null ? 1 : bandOf(def.caseRate, caseRate);

  const coverage = def.coverage.conditions.map((c) => {
    const percent = coveragePercent(c.metric, inputs);
    return { metric: c.metric, percent, minPercent: c.minPercent, met: percent !== null && percent >= c.minPercent };
  });
  const coverageMet = coverage.every((c) => c.met);
  const matrixLevel = def.matrix[coverageMet ? 'met' : 'notMet'][caseGroup - 1]!;
  let level: Level = matrixLevel;

  const capPop = inputs.capacity.population;
  const freeBedsPer100k = per100k(Math.max(0, inputs.capacity.beds - inputs.capacity.occupied), capPop);
  const icuBedsPer100k = per100k(inputs.capacity.icuBeds, capPop);
  const reaches = (value: number | null, min: number | null) => min === null || (value !== null && value >= min);
  const capacityMet = reaches(freeBedsPer100k, def.capacity.freeBedsPer100kMin) && reaches(icuBedsPer100k, def.capacity.icuBedsPer100kMin);
  const raised = !capacityMet && def.capacity.whenNotMet === 'raise_one' && level < 4;
  if (raised) level = clamp(level + 1);

  const oxygenRate = per100k(inputs.oxygenPatients, inputs.population);
  const deathRate = per100k(inputs.deaths, inputs.population);
  const oxygenGroup = def.severity.oxygenRate && oxygenRate !== null ? bandOf(def.severity.oxygenRate, oxygenRate) : null;
  const deathGroup = def.severity.deathRate && deathRate !== null ? bandOf(def.severity.deathRate, deathRate) : null;
  level = clamp(Math.max(level, oxygenGroup ?? 1, deathGroup ?? 1));

  let rollUp: LevelReasons['rollUp'] = null;
  if (isRollUp && def.rollUp.method === 'worst_share') {
    const worst = inputs.childLevels?.length ? worstShareLevel(inputs.childLevels, def.rollUp.sharePercent) : null;
    rollUp = { level: worst, raised: worst !== null && worst > level };
    if (worst !== null && worst > level) level = worst;
  }

  return {
    caseRate,
    caseGroup,
    coverage,
    coverageMet,
    matrixLevel,
    capacity: { freeBedsPer100k, icuBedsPer100k, met: capacityMet, raised },
    severity: { oxygenRate, oxygenGroup, deathRate, deathGroup },
    rollUp,
    level,
  };
}
