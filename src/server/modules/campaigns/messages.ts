import { messageLookup } from '../../http/messages.ts';

const messages = {
  nameRequired: { vi: 'Cần nhập tên chiến dịch', en: 'The campaign name is required' },
  duplicateTarget: {
    vi: 'Chỉ tiêu {n} trùng nhóm tuổi, mũi tiêm và hạn với một chỉ tiêu khác',
    en: 'Target {n} repeats the age group, stage and due date of another target',
  },
  notUnder: {
    vi: 'Đơn vị này không thuộc phạm vi của chiến dịch',
    en: 'This unit is not covered by the campaign',
  },
} as const;

export const cmsg = messageLookup(messages);
