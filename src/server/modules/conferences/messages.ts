import { messageLookup } from '../../http/messages.ts';

const messages = {
  endsBeforeStart: { vi: 'Giờ kết thúc phải sau giờ bắt đầu', en: 'The end must be after the start' },
  badLevels: {
    vi: 'Cấp đơn vị tham dự phải thấp hơn cấp của đơn vị chủ trì',
    en: 'Joining levels must be below the host unit\'s level',
  },
  unitsOutOfScope: {
    vi: '{n} đơn vị tham dự không thuộc phạm vi quản lý của bạn',
    en: '{n} joining units are outside your scope',
  },
  closed: { vi: 'Hội nghị đã kết thúc, không thể thay đổi', en: 'The conference is closed and can no longer be changed' },
  notOpen: { vi: 'Hội nghị chưa khai mạc', en: 'The conference has not opened' },
  alreadyOpen: { vi: 'Hội nghị đã khai mạc', en: 'The conference is already open' },
  notSite: { vi: 'Đơn vị này không phải điểm cầu của hội nghị', en: 'This unit is not a site of the conference' },
  hostSite: { vi: 'Không thể bỏ điểm cầu chính (đơn vị chủ trì)', en: 'The host\'s main site cannot be removed' },
  cannotCascade: {
    vi: 'Chỉ điểm cầu cấp tỉnh hoặc cấp huyện (không phải đơn vị chủ trì) mới tổ chức hội nghị tiếp nối',
    en: 'Only a province or district site other than the host can hold a follow-on conference',
  },
  alreadyCascaded: {
    vi: 'Đơn vị đã tổ chức hội nghị tiếp nối (số {id})',
    en: 'This unit already holds a follow-on conference (no. {id})',
  },
} as const;

export const cmsg = messageLookup(messages);
