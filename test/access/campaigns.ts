import type { AreaCases } from './kit.ts';

export const campaignCases: AreaCases = () => ({});
