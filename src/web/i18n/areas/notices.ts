import type { Widen } from '../widen.ts';

export const noticesVi = {
  nav: { notices: 'Thông báo kết luận' },
};

export const noticesEn: Widen<typeof noticesVi> = {
  nav: { notices: 'Notices of conclusions' },
};
