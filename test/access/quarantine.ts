import type { AreaCases } from './kit.ts';

export const quarantineCases: AreaCases = (k) => ({});
