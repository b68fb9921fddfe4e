import type { Widen } from '../widen.ts';

export const levelRulesVi = {
  nav: { ruleSets: 'Bộ tiêu chí cấp độ dịch', boundaries: 'Bản đồ hành chính' },
};

export const levelRulesEn: Widen<typeof levelRulesVi> = {
  nav: { ruleSets: 'Epidemic level rule sets', boundaries: 'Administrative boundaries' },
};
