import type { Widen } from '../widen.ts';

export const levelsVi = {
  nav: { levels: 'Cấp độ dịch' },
};

export const levelsEn: Widen<typeof levelsVi> = {
  nav: { levels: 'Epidemic levels' },
};
