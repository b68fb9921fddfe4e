import { describe, expect, it } from 'vitest';
import { bandLabels, fieldName, placedAtField } from './editorValues.ts';

describe('rule set editor values', () => {
  it('turns server field paths into form names, keeping the level keys of the measures', () => {
    expect(fieldName('definition.caseRate.thresholds.1')).toEqual(['definition', 'caseRate', 'thresholds', 1]);
    expect(fieldName('measures.3.0.vi')).toEqual(['measures', '3', 0, 'vi']);
    expect(fieldName('validFrom')).toEqual(['validFrom']);
  });

  it('knows which errors have a field to show them at', () => {
    expect(placedAtField('definition.matrix.met.2')).toBe(true);
    expect(placedAtField('measures.2.0.en')).toBe(true);
    expect(placedAtField('measures.2')).toBe(false);
    expect(placedAtField('toConfirm.0')).toBe(false);
  });

  it('labels the four case groups of both kinds of thresholds', () => {
    const num = (n: number) => String(n);
    expect(bandLabels([20, 50, 150], 'gte', num)).toEqual(['< 20', '20 – < 50', '50 – < 150', '≥ 150']);
    expect(bandLabels([20, 150, 600], 'gt', num)).toEqual(['≤ 20', '> 20 – 150', '> 150 – 600', '> 600']);
    expect(bandLabels([20, null, 600], 'gt', num)[1]).toBe('> 20 – …');
  });
});
