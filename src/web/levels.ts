/** i18n key of the plural name of the units at `level` ("tỉnh/thành phố", "quận/huyện", …). */
export function levelPluralKey(level: number): 'level.plural1' | 'level.plural2' | 'level.plural3' | 'level.plural4' {
  if (level === 1) return 'level.plural1';
  if (level === 2) return 'level.plural2';
  if (level === 3) return 'level.plural3';
  return 'level.plural4';
}

/**
 * The levels whose population an administrator at `userLevel` may import: those below the
 * user's unit down to the commune (1 province, 2 district, 3 commune); a commune its own row.
 */
export function populationLevels(userLevel: number): number[] {
  const levels = [1, 2, 3].filter((l) => l > userLevel);
  return levels.length ? levels : [3];
}
