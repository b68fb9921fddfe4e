import type { AreaCases } from './kit.ts';

export const contactCases: AreaCases = (k) => ({});
