import type { Widen } from '../widen.ts';

export const publicPortalVi = {
  title: 'Cổng thông tin COVID-19',
};

export const publicPortalEn: Widen<typeof publicPortalVi> = {
  title: 'COVID-19 portal',
};
