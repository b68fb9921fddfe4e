import type { Widen } from '../widen.ts';

export const conferencesVi = {
  nav: { conferences: 'Hội nghị trực tuyến' },
};

export const conferencesEn: Widen<typeof conferencesVi> = {
  nav: { conferences: 'Online conferences' },
};
