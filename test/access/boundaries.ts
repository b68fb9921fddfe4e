import type { AreaCases } from './kit.ts';

export const boundaryCases: AreaCases = () => ({});
