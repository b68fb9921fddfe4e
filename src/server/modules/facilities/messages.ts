import type { Lang } from '../../http/lang.ts';
import { messageLookup } from '../../http/messages.ts';

const messages = {
  notUsable: {
    vi: 'Cơ sở này không phải {kind} đang hoạt động',
    en: 'This is not an active {kind}',
  },
  full: {
    vi: 'Cơ sở "{name}" đã hết giường ({used}/{beds}), vui lòng chọn nơi khác',
    en: '"{name}" is full ({used}/{beds} beds); choose another site',
  },
  tierRequired: { vi: 'Cơ sở điều trị cần chọn tầng điều trị (1, 2 hoặc 3)', en: 'A treatment facility needs a tier (1, 2 or 3)' },
  noTierForQuarantine: { vi: 'Khu cách ly không có tầng điều trị', en: 'A quarantine site has no treatment tier' },
  icuOverBeds: { vi: 'Số giường hồi sức không được lớn hơn tổng số giường', en: 'ICU beds cannot exceed the total beds' },
} as const;

const kinds = {
  quarantine: { vi: 'khu cách ly tập trung', en: 'quarantine site' },
  treatment: { vi: 'cơ sở điều trị', en: 'treatment facility' },
} as const;

export type FacilityMessage = keyof typeof messages;

export const fmsg = messageLookup(messages);

export const kindName = (kind: keyof typeof kinds, lang: Lang): string => kinds[kind][lang];
