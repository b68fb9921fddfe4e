import type { AreaCases } from './kit.ts';

export const levelCases: AreaCases = () => ({});
