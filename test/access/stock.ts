import type { AreaCases } from './kit.ts';

export const stockCases: AreaCases = () => ({});
