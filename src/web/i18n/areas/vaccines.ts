import type { Widen } from '../widen.ts';

export const vaccinesVi = {} as const;

export const vaccinesEn: Widen<typeof vaccinesVi> = {};
