import type { AreaCases } from './kit.ts';

export const dutyCases: AreaCases = () => ({});
