import type { AreaCases } from './kit.ts';

export const noticeCases: AreaCases = () => ({});
