import type { Widen } from '../widen.ts';

export const tasksVi = {
  nav: { tasks: 'Nhiệm vụ', overdue: 'Nhiệm vụ quá hạn' },
};

export const tasksEn: Widen<typeof tasksVi> = {
  nav: { tasks: 'Tasks', overdue: 'Overdue tasks' },
};
