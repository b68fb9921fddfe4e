import type { AreaCases } from './kit.ts';

export const facilityCases: AreaCases = (k) => ({});
