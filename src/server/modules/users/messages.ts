import { messageLookup } from '../../http/messages.ts';

export const umsg = messageLookup({
  badEmail: {
    vi: 'Địa chỉ email không hợp lệ (ví dụ: vanthu@quangninh.gov.vn)',
    en: 'Not a valid email address (for example vanthu@quangninh.gov.vn)',
  },
});
