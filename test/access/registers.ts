import type { AreaCases } from './kit.ts';

export const registerCases: AreaCases = (k) => ({});
