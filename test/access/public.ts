import type { AreaCases } from './kit.ts';

export const publicCases: AreaCases = () => ({});
