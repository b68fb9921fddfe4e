import { messageLookup } from '../../http/messages.ts';

const messages = {
  nameRequired: { vi: 'Cần nhập tên chiến dịch', en: 'The campaign name is required' },
  duplicateTarget: {
    vi: 'Chỉ tiêu {n} trùng nhóm tuổi, mũi tiêm và hạn với một chỉ tiêu khác',
    en: 'Target {n} repeats the age group, stage and due date of another target',
  },
  unknownTarget: {
    vi: 'Chỉ tiêu {n} không thuộc chiến dịch này (có thể đã bị xoá); tải lại trang',
    en: 'Target {n} is not one of this campaign\'s (it may have been removed); reload the page',
  },
  closed: {
    vi: 'Chiến dịch đã kết thúc; mở lại chiến dịch để sửa',
    en: 'The campaign is closed; reopen it to edit it',
  },
  stale: {
    vi: 'Chiến dịch vừa được người khác sửa; tải lại trang để xem thay đổi rồi sửa lại',
    en: 'Someone else has just edited the campaign; reload the page to see their changes, then edit again',
  },
  notUnder: {
    vi: 'Đơn vị này không thuộc phạm vi của chiến dịch',
    en: 'This unit is not covered by the campaign',
  },
} as const;

export const cmsg = messageLookup(messages);
