import type { AreaCases } from './kit.ts';

export const levelRuleCases: AreaCases = () => ({});
