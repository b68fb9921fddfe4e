/**
 * Epidemic levels (cấp độ dịch) under Resolution 128/NQ-CP: the shape of a rule set as it is
 * stored (level_rule_set.definition / .measures, see migration 012) and the figures a level
 * is assessed from. Types only; the rules that use them are in epidemic-level-assess.ts
 * (computing a level) and epidemic-level-validate.ts (checking a rule set).
 */

export const LEVELS = [1, 2, 3, 4] as const;
/** 1 green (low), 2 yellow (medium), 3 orange (high), 4 red (very high) */
export type Level = (typeof LEVELS)[number];

export const LEVEL_COLOURS: Record<Level, string> = { 1: '#2e9d4a', 2: '#f2c400', 3: '#f07f12', 4: '#d7191c' };

/**
 * Three ascending thresholds cut a rate into groups 1–4: below thresholds[0] is group 1,
 * from thresholds[0] group 2, from thresholds[1] group 3, from thresholds[2] group 4.
 * `above: 'gte'` puts a value equal to a threshold in the higher group (≥ 150 is group 4);
 * 'gt' keeps it in the lower one (> 600 is group 4).
 */
export interface Bands {
  thresholds: [number, number, number];
  above: 'gte' | 'gt';
}

/** Coverage shares (percent of the group) that a rule set may require. */
export const COVERAGE_METRICS = ['adult_dose1', 'elderly_full', 'population_full', 'high_risk_full'] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

export interface CoverageCondition {
  metric: CoverageMetric;
  /** percent, 0–100; the condition holds at or above it */
  minPercent: number;
}

export interface RuleSetDefinition {
  /** new community cases per 100,000 people per week → case group 1–4 */
  caseRate: Bands;
  /** coverage is "met" when every condition holds (an empty list is always met) */
  coverage: { conditions: CoverageCondition[] };
  /** the level for each case group (index 0 = group 1), when coverage is met and when not */
  matrix: { met: [Level, Level, Level, Level]; notMet: [Level, Level, Level, Level] };
  /**
   * Treatment capacity (free treatment beds and ICU beds per 100,000 people). A null minimum is
   * not checked; when a checked minimum is not reached, 'raise_one' raises the level by one.
   */
  capacity: { freeBedsPer100kMin: number | null; icuBedsPer100kMin: number | null; whenNotMet: 'raise_one' | 'none' };
  /** optional severity criteria (per 100,000 per week): the level is at least the group reached */
  severity: { oxygenRate: Bands | null; deathRate: Bands | null };
  /**
   * Districts and provinces: 'own' assesses their own figures like a commune; 'worst_share'
   * also raises them to the highest level L such that units below them at level L or higher
   * hold at least `sharePercent` of the population of their child units.
   */
  rollUp: { method: 'own' | 'worst_share'; sharePercent: number };
}

export const MEASURE_AREAS = ['gatherings', 'schools', 'markets', 'transport', 'services', 'work', 'movement', 'other'] as const;
export type MeasureArea = (typeof MEASURE_AREAS)[number];

export interface Measure {
  area: MeasureArea;
  status: 'allowed' | 'limited' | 'closed';
  vi: string;
  en: string;
}

/** Measures for each level ("1" … "4"). */
export type MeasureTable = Record<'1' | '2' | '3' | '4', Measure[]>;

/** One unit's figures for one week: what an assessment reads, and keeps beside its result. */
export interface LevelInputs {
  /** residents (the population table's total for the year); null when unknown */
  population: number | null;
  population18: number | null;
  population50: number | null;
  /** new community cases confirmed in the week */
  communityCases: number;
  /** where the case count comes from: the case register, the daily situation report, or both (units below) */
  caseSource: 'register' | 'report' | 'mixed' | 'none';
  /** all new cases (community and quarantined) in the 14 days to the week's end: 0 = "14 days without a new case" */
  newCases14Days: number;
  /** patients needing oxygen (treatment tier 2 and 3) at the end of the week */
  oxygenPatients: number;
  deaths: number;
  /** people of the unit (by residence) vaccinated by the end of the week */
  vaccinated: { adultDose1: number; elderlyFull: number; allFull: number; highRiskFull: number };
  // The register keeps no underlying conditions, so "high-risk people" are counted as the
  // people aged 50 and over (highRiskFull = elderlyFull, over population50).
  /** treatment capacity of the unit, or of its district for a commune */
  capacity: { beds: number; occupied: number; icuBeds: number; population: number | null };
  /** units below at each level this week (districts and provinces), population-weighted */
  childLevels?: { level: Level; units: number; population: number }[];
}

/** How a level was reached: each criterion's outcome, in the order applied. */
export interface LevelReasons {
  caseRate: number | null;
  caseGroup: Level;
  coverage: { metric: CoverageMetric; percent: number | null; minPercent: number; met: boolean }[];
  coverageMet: boolean;
  matrixLevel: Level;
  capacity: { freeBedsPer100k: number | null; icuBedsPer100k: number | null; met: boolean; raised: boolean };
  severity: { oxygenRate: number | null; oxygenGroup: Level | null; deathRate: number | null; deathGroup: Level | null };
  rollUp: { level: Level | null; raised: boolean } | null;
  level: Level;
}
