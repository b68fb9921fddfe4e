import type { AreaCases } from './kit.ts';

export const labtestCases: AreaCases = (k) => ({});
