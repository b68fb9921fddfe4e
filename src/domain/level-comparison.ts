/**
 * Week-on-week comparison of units' levels: how many units at each level, which went up or
 * down since the week before, which had 14 days without a new case. Pure, on level cells
 * (the officer overview and the public portal both use it).
 */
import { LEVELS, type Level } from './epidemic-level.ts';

export interface ComparableCell {
  unit: { code: string };
  /** the level in effect this week (1–4); null when not assessed */
  level: number | null;
  /** the level in effect the week before */
  previous: number | null;
  quiet14: boolean;
}

/** Units at each level 1–4 (every level listed, zero included); unassessed units are not counted. */
export function countByLevel(cells: readonly ComparableCell[]): { level: Level; units: number }[] {
  return LEVELS.map((level) => ({ level, units: cells.filter((c) => c.level === level).length }));
}

const move = (c: ComparableCell) => (c.level !== null && c.previous !== null ? c.level - c.previous : 0);
const byMoveThenCode = (sign: 1 | -1) => (a: ComparableCell, b: ComparableCell) =>
  sign * (move(b) - move(a)) || a.unit.code.localeCompare(b.unit.code);

/** Units whose level went up since the week before, the biggest rise first. */
export function movedUp<C extends ComparableCell>(cells: readonly C[]): C[] {
  return cells.filter((c) => move(c) > 0).sort(byMoveThenCode(1));
}

/** Units whose level went down since the week before, the biggest fall first. */
export function movedDown<C extends ComparableCell>(cells: readonly C[]): C[] {
  return cells.filter((c) => move(c) < 0).sort(byMoveThenCode(-1));
}

/** Units with 14 days and no new case, in code order. */
export function quietUnits<C extends ComparableCell>(cells: readonly C[]): C[] {
  return cells.filter((c) => c.quiet14).sort((a, b) => a.unit.code.localeCompare(b.unit.code));
}

export interface LevelComparison<C extends ComparableCell> {
  counts: { level: Level; units: number }[];
  movedUp: C[];
  movedDown: C[];
  quiet: C[];
}

export function compareLevels<C extends ComparableCell>(cells: readonly C[]): LevelComparison<C> {
  return { counts: countByLevel(cells), movedUp: movedUp(cells), movedDown: movedDown(cells), quiet: quietUnits(cells) };
}

