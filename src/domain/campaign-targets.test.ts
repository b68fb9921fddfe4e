import { describe, expect, it } from 'vitest';
import { changesNothing, planTargets, repeatedTargets, type TargetFields } from './campaign-targets.ts';

const dose1: TargetFields = { ageGroup: '18+', stage: 'dose1', targetShare: 1, dueDate: '2021-12-15' };
const primary: TargetFields = { ageGroup: '18+', stage: 'primary', targetShare: 0.75, dueDate: '2021-12-15' };
const stored = [{ id: 1, ...dose1 }, { id: 2, ...primary }];

describe('campaign targets', () => {
  it('finds the targets repeating an earlier age group, stage and due date, whatever the share', () => {
    expect(repeatedTargets([dose1, primary, { ...dose1, targetShare: 0.5 }, primary])).toEqual([2, 3]);
    expect(repeatedTargets([dose1, { ...dose1, dueDate: '2021-12-31' }, { ...dose1, ageGroup: '50+' }])).toEqual([]);
  });

  it('changes the targets named by id, adds the new, removes the missing', () => {
    const plan = planTargets(stored, [{ id: 2, ...primary, dueDate: '2021-12-31' }, { ...primary, ageGroup: '50+' }]);
    expect(plan).toEqual({
      update: [{ id: 2, ...primary, dueDate: '2021-12-31' }],
      insert: [{ ...primary, ageGroup: '50+' }],
      remove: [1],
      badIds: [],
    });
  });

  it('changes nothing when the stored list is sent again, with or without ids', () => {
    expect(changesNothing(planTargets(stored, stored))).toBe(true);
    expect(changesNothing(planTargets(stored, [primary, dose1]))).toBe(true);
    // a share changed on a target sent without its id changes that target, not a new one
    expect(planTargets(stored, [dose1, { ...primary, targetShare: 0.8 }])).toMatchObject({ update: [{ id: 2, targetShare: 0.8 }], insert: [], remove: [] });
  });

  it('does not let a target without id take over one another sent target names', () => {
    // target 1 moves to the 31st; a new target takes the 15th it left
    const plan = planTargets(stored, [{ id: 1, ...dose1, dueDate: '2021-12-31' }, dose1, { id: 2, ...primary }]);
    expect(plan).toEqual({ update: [{ id: 1, ...dose1, dueDate: '2021-12-31' }], insert: [dose1], remove: [], badIds: [] });
  });

  it('points at ids the campaign does not hold and ids named twice', () => {
    expect(planTargets(stored, [{ id: 9, ...dose1 }, { id: 2, ...primary }, { id: 2, ...primary, dueDate: '2021-12-20' }]).badIds).toEqual([0, 2]);
  });
});
