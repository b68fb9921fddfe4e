import type { AreaCases } from './kit.ts';

export const peopleCases: AreaCases = (k) => ({});
