import type { Widen } from '../widen.ts';

export const registersVi = {} as const;

export const registersEn: Widen<typeof registersVi> = {};
