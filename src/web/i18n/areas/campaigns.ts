import type { Widen } from '../widen.ts';

export const campaignsVi = {} as const;

export const campaignsEn: Widen<typeof campaignsVi> = {};
