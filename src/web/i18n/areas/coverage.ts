import type { Widen } from '../widen.ts';

export const coverageVi = {} as const;

export const coverageEn: Widen<typeof coverageVi> = {};
