import type { Widen } from '../widen.ts';

export const stockVi = {} as const;

export const stockEn: Widen<typeof stockVi> = {};
