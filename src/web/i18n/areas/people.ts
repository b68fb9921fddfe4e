import type { Widen } from '../widen.ts';

export const peopleVi = {} as const;

export const peopleEn: Widen<typeof peopleVi> = {};
