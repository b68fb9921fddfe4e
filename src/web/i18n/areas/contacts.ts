import type { Widen } from '../widen.ts';

export const contactsVi = {} as const;

export const contactsEn: Widen<typeof contactsVi> = {};
