import type { AreaCases } from './kit.ts';

export const coverageCases: AreaCases = () => ({});
