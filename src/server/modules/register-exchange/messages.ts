import { messageLookup } from '../../http/messages.ts';

const messages = {
  badFile: { vi: 'Tệp không đọc được: không phải tệp Excel (.xlsx) hoặc CSV hợp lệ', en: 'Unreadable file: not a valid Excel (.xlsx) or CSV file' },
  empty: { vi: 'Tệp không có dòng dữ liệu nào', en: 'The file has no data rows' },
  tooMany: { vi: 'Tệp có quá nhiều dòng (tối đa {n})', en: 'Too many rows in the file (at most {n})' },
  unitUnknown: { vi: 'Mã xã/phường cư trú: không tồn tại', en: 'Residence unit code: does not exist' },
  unitOutOfScope: { vi: 'Mã xã/phường cư trú: ngoài phạm vi quản lý của bạn', en: 'Residence unit code: outside your scope' },
  identify: {
    vi: 'Cần số CCCD/CMND hoặc ngày sinh để nhận diện người',
    en: 'A national ID or a birth date is needed to identify the person',
  },
  idElsewhere: {
    vi: 'Số CCCD/CMND thuộc một người ở đơn vị ngoài phạm vi quản lý của bạn',
    en: 'This national ID belongs to a person outside your scope',
  },
  sameInFile: { vi: 'Trùng với dòng {n} của tệp', en: 'Same as row {n} of the file' },
  sourceMissing: {
    vi: 'Người nguồn: cần mã người, số CCCD/CMND, hoặc họ tên và ngày sinh',
    en: 'Source person: an ID, a national ID, or a name and birth date is needed',
  },
  sourceUnknown: { vi: 'Người nguồn: không tìm thấy trong sổ đăng ký thuộc phạm vi của bạn', en: 'Source person: not found in the register within your scope' },
  selfContact: { vi: 'Người tiếp xúc trùng với người nguồn', en: 'The contact is the source person' },
  possibleDuplicate: {
    vi: 'Có thể trùng với người đã có, mã {id} (cùng ngày sinh hoặc số điện thoại, họ tên gần giống): xem trang Hồ sơ trùng',
    en: 'Possibly the same as person {id} (same birth date or phone, similar name): see the Duplicates page',
  },
  futureDate: { vi: 'Ngày/thời gian không được sau hôm nay', en: 'The date or time cannot be after today' },
} as const;

export const exchangeMsg = messageLookup(messages);
