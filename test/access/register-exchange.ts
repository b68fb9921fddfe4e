import type { AreaCases } from './kit.ts';

export const registerExchangeCases: AreaCases = (k) => ({});
