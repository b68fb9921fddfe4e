import type { AreaCases } from './kit.ts';

export const caseCases: AreaCases = (k) => ({});
