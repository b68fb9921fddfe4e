import type { TFunction } from 'i18next';
import type { Level } from '../../../domain/epidemic-level.ts';

const NAME_KEYS = {
  1: 'levels.level.name1',
  2: 'levels.level.name2',
  3: 'levels.level.name3',
  4: 'levels.level.name4',
} as const;

const LEGEND_KEYS = {
  1: 'levels.level.legend1',
  2: 'levels.level.legend2',
  3: 'levels.level.legend3',
  4: 'levels.level.legend4',
} as const;

/** "Cấp 2 – nguy cơ trung bình" */
export function levelName(t: TFunction, level: Level): string {
  return t(NAME_KEYS[level]);
}

/** "Cấp 2 – nguy cơ trung bình (vàng)" */
export function levelLegend(t: TFunction, level: Level): string {
  return t(LEGEND_KEYS[level]);
}

const SHORT_KEYS = {
  1: 'levels.level.short1',
  2: 'levels.level.short2',
  3: 'levels.level.short3',
  4: 'levels.level.short4',
} as const;

/** "Cấp 2" */
export function levelShort(t: TFunction, level: Level): string {
  return t(SHORT_KEYS[level]);
}
