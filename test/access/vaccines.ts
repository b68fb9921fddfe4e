import type { AreaCases } from './kit.ts';

export const vaccineCases: AreaCases = () => ({});
