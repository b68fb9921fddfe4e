import type { AreaCases } from './kit.ts';

export const taskCases: AreaCases = () => ({});
