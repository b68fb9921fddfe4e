import type { Widen } from '../widen.ts';

export const dutyVi = {
  nav: { duty: 'Lịch trực và đường dây nóng' },
};

export const dutyEn: Widen<typeof dutyVi> = {
  nav: { duty: 'Duty roster and hotlines' },
};
