import type { Widen } from '../widen.ts';

export const casesVi = {} as const;

export const casesEn: Widen<typeof casesVi> = {};
