import type { Widen } from '../widen.ts';

export const quarantineVi = {} as const;

export const quarantineEn: Widen<typeof quarantineVi> = {};
