import type { AreaCases } from './kit.ts';

export const conferenceCases: AreaCases = () => ({});
