import { messageLookup } from '../../http/messages.ts';

const messages = {
  fullName: { vi: 'Họ và tên: bắt buộc nhập', en: 'Full name: required' },
  nationalId: { vi: 'Số CCCD/CMND: phải gồm 12 hoặc 9 chữ số', en: 'National ID: must be 12 or 9 digits' },
  phone: { vi: 'Số điện thoại: phải gồm 9 đến 11 chữ số', en: 'Phone: must be 9 to 11 digits' },
  birthFuture: { vi: 'Ngày sinh: không được sau ngày hôm nay', en: 'Birth date: cannot be after today' },
  birthPast: { vi: 'Ngày sinh: không được trước năm 1900', en: 'Birth date: cannot be before 1900' },
  unitId: { vi: 'Nơi cư trú: đơn vị không tồn tại hoặc ngoài phạm vi quản lý', en: 'Residence: unit unknown or outside your scope' },
  idTaken: { vi: 'Số CCCD/CMND đã có trong sổ đăng ký', en: 'This national ID is already in the register' },
  idTakenElsewhere: {
    vi: 'Số CCCD/CMND đã có trong sổ đăng ký của một đơn vị khác',
    en: 'This national ID is already in the register of another unit',
  },
  possibleDuplicate: {
    vi: 'Có thể trùng với người đã có (cùng ngày sinh hoặc số điện thoại, họ tên gần giống)',
    en: 'Possibly the same as a person already registered (same birth date or phone, similar name)',
  },
  sameRecord: { vi: 'Không thể gộp hoặc đánh dấu một hồ sơ với chính nó', en: 'A record cannot be merged with or marked against itself' },
  twoIds: {
    vi: 'Hai hồ sơ có số CCCD/CMND khác nhau: không phải cùng một người',
    en: 'The two records have different national IDs: not the same person',
  },
  markedDistinct: { vi: 'Hai hồ sơ đã được đánh dấu là hai người khác nhau', en: 'The two records are marked as different people' },
} as const;

export type PeopleMessage = keyof typeof messages;

export const peopleMsg = messageLookup(messages);
