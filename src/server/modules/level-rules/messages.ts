import { messageLookup } from '../../http/messages.ts';

const messages = {
  required: { vi: '{field}: bắt buộc nhập khi không sao chép từ bộ tiêu chí khác', en: '{field}: required unless copying another rule set' },
  baseRequired: {
    vi: 'Chọn bộ tiêu chí của Bộ Y tế để điều chỉnh cho tỉnh',
    en: "Choose the Ministry's rule set to adjust for the province",
  },
  baseNotNational: {
    vi: 'Tỉnh chỉ điều chỉnh từ bộ tiêu chí của Bộ Y tế',
    en: "A province adjusts one of the Ministry's rule sets",
  },
  confirmNational: {
    vi: 'Chỉ quản trị viên cấp Trung ương được xác nhận giá trị "cần xác nhận" ({path})',
    en: 'Only a national administrator may confirm a value marked "to be confirmed" ({path})',
  },
  noneInForce: {
    vi: 'Không có bộ tiêu chí cấp độ dịch nào có hiệu lực vào ngày {date}',
    en: 'No epidemic level rule set is in force on {date}',
  },
} as const;

export const rmsg = messageLookup(messages);
