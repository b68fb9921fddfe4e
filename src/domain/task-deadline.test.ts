import { describe, expect, it } from 'vitest';
import { deadlineState, isDoneLate, isDueSoon, isOverdue, overdueBy, vietnamDateTime, withinParentDeadline } from './task-deadline.ts';

const at = (s: string) => new Date(s);
// 17:00 10/12/2021 Vietnam
const deadline = at('2021-12-10T10:00:00Z');

describe('task deadline', () => {
  it('is due soon within 24 hours before the deadline, overdue after it', () => {
    expect(deadlineState({ status: 'assigned', deadline, completedAt: null }, at('2021-12-09T09:59:00Z'))).toBe('on_track');
    expect(deadlineState({ status: 'assigned', deadline, completedAt: null }, at('2021-12-09T10:00:00Z'))).toBe('due_soon');
    expect(deadlineState({ status: 'in_progress', deadline, completedAt: null }, at('2021-12-10T10:00:00Z'))).toBe('due_soon');
    expect(deadlineState({ status: 'acknowledged', deadline, completedAt: null }, at('2021-12-10T10:00:01Z'))).toBe('overdue');
    expect(isOverdue('assigned', deadline, at('2021-12-11T00:00:00Z'))).toBe(true);
    expect(isDueSoon('assigned', deadline, at('2021-12-11T00:00:00Z'))).toBe(false);
  });

  it('never marks a closed task due soon or overdue', () => {
    const late = at('2021-12-12T00:00:00Z');
    expect(isOverdue('done', deadline, late)).toBe(false);
    expect(isOverdue('cancelled', deadline, late)).toBe(false);
    expect(isDueSoon('done', deadline, at('2021-12-10T09:00:00Z'))).toBe(false);
    expect(deadlineState({ status: 'cancelled', deadline, completedAt: null }, late)).toBe('cancelled');
  });

  it('tells done on time from done late by the completion time, whatever the clock says now', () => {
    const now = at('2022-01-01T00:00:00Z');
    expect(deadlineState({ status: 'done', deadline, completedAt: deadline }, now)).toBe('done_on_time');
    expect(deadlineState({ status: 'done', deadline, completedAt: at('2021-12-10T10:00:01Z') }, now)).toBe('done_late');
    expect(isDoneLate(null, deadline)).toBe(false);
  });

  it('says how long a task is overdue in days and hours', () => {
    expect(overdueBy(deadline, at('2021-12-12T13:30:00Z'))).toEqual({ days: 2, hours: 3 });
    expect(overdueBy(deadline, at('2021-12-10T10:59:00Z'))).toEqual({ days: 0, hours: 0 });
    expect(overdueBy(deadline, at('2021-12-09T00:00:00Z'))).toEqual({ days: 0, hours: 0 });
  });

  it('keeps a sub-task within its parent deadline', () => {
    expect(withinParentDeadline(deadline, deadline)).toBe(true);
    expect(withinParentDeadline(at('2021-12-10T10:00:01Z'), deadline)).toBe(false);
  });
});

describe('deadline text', () => {
  it('is written to the hour in Vietnam time', () => {
    expect(vietnamDateTime(deadline)).toBe('17:00 10/12/2021');
    expect(vietnamDateTime(at('2021-12-31T17:30:00Z'))).toBe('00:30 01/01/2022');
  });
});
