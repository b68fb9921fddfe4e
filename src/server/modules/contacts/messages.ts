/** Server messages of the contacts area (contacts, chains, transport, tracing speed). */
import { messageLookup } from '../../http/messages.ts';

const messages = {
  personNotFound: { vi: 'Không tìm thấy người này trong phạm vi quản lý', en: 'No such person in your scope' },
  unitNotFound: { vi: 'Không tìm thấy đơn vị trong phạm vi quản lý', en: 'No such unit in your scope' },
  sameAsSource: { vi: 'Người tiếp xúc không thể là chính nguồn lây', en: 'A contact cannot be their own source' },
  futureDate: { vi: 'Không được là ngày trong tương lai', en: 'Cannot be in the future' },
  futureTime: { vi: 'Không được là thời điểm trong tương lai', en: 'Cannot be in the future' },
  personRequired: { vi: 'Cần chọn người hoặc nhập thông tin người', en: 'Choose a person or enter their details' },
  personAndId: { vi: 'Chỉ chọn người có sẵn hoặc nhập người mới, không cả hai', en: 'Either choose a person or enter a new one, not both' },
  duplicateRow: { vi: 'Người này xuất hiện ở nhiều dòng', en: 'This person appears in several rows' },
  invalidRows: { vi: 'Có dòng lỗi, chưa lưu dòng nào', en: 'Some rows are invalid; nothing was saved' },
  noDegree: {
    vi: 'Nguồn lây chưa là ca bệnh hay người tiếp xúc của ca bệnh: chưa xác định được F mấy để cách ly',
    en: 'The source is neither a case nor a contact of one: no contact degree to choose a quarantine by',
  },
  transportExists: { vi: 'Chuyến này đã có trong sổ của đơn vị khác', en: 'This trip is already registered by another unit' },
  invalidValue: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
} as const;

export type ContactMessage = keyof typeof messages;

export const contactMsg = messageLookup(messages);
