/**
 * Levels in effect as the public sees them: the levels module's cells (the same reading of
 * level_assessment and level_decision as the officers' pages), small counts suppressed.
 */
import { count, derived, type SmallCountRule } from '../../../domain/small-counts.ts';
import type { Queryable } from '../../db/client.ts';
import type { UnitRef } from '../../http/common-schema.ts';
import { levelCells } from '../levels/overview.ts';
import type { LevelCell } from '../levels/schema.ts';
import type { PublicLevelCell } from './schema.ts';
import { toPublicUnit } from './units.ts';

export function publicCell(c: LevelCell, rule: SmallCountRule): PublicLevelCell {
  const level = c.unit.level;
  // the people fully vaccinated, back from the percent: a rate of a small count is hidden with it
  const fullyVaccinated = c.fullCoverage !== null && c.population ? Math.round((c.fullCoverage * c.population) / 100) : 0;
  return {
    unit: toPublicUnit(c.unit),
    level: c.level,
    computed: c.computed,
    previous: c.previous,
    decided: c.decision !== null,
    communityCases: count(rule, level, c.communityCases),
    caseRate: derived(rule, level, c.communityCases, c.caseRate),
    fullCoverage: derived(rule, level, fullyVaccinated, c.fullCoverage),
    quiet14: c.quiet14,
  };
}

/** Public cells of the units for each of the weeks, by week. */
export async function publicCells(db: Queryable, units: UnitRef[], weeks: string[], rule: SmallCountRule): Promise<Map<string, PublicLevelCell[]>> {
  const out = new Map<string, PublicLevelCell[]>();
  for (const week of weeks) out.set(week, (await levelCells(db, units, week)).cells.map((c) => publicCell(c, rule)));
  return out;
}
