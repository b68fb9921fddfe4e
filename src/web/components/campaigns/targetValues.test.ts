import { describe, expect, it } from 'vitest';
import { formFieldOf, fromTargetValues, toTargetValues } from './targetValues.ts';

describe('campaign target form values', () => {
  it('round-trips a stored share exactly, so that saving an unchanged form changes nothing', () => {
    for (const targetShare of [0.9, 0.75, 0.07, 1, 0.333]) {
      const t = { id: 3, ageGroup: '18+', stage: 'dose1', targetShare, dueDate: '2021-12-15' } as const;
      expect(fromTargetValues(toTargetValues(t))).toEqual(t);
    }
  });

  it('puts the server errors beside their fields', () => {
    expect(formFieldOf('name')).toEqual(['name']);
    expect(formFieldOf('targets.2.dueDate')).toEqual(['targets', 2, 'due']);
    expect(formFieldOf('targets.0.targetShare')).toEqual(['targets', 0, 'percent']);
    expect(formFieldOf('targets.1')).toEqual(['targets', 1, 'due']);
    expect(formFieldOf('targets.1.id')).toEqual(['targets', 1, 'ageGroup']);
    expect(formFieldOf('targets')).toBeNull();
    expect(formFieldOf('version')).toBeNull();
  });
});
