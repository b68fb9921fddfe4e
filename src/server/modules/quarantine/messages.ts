import { messageLookup } from '../../http/messages.ts';

const messages = {
  noPolicy: {
    vi: 'Không có quy định cách ly áp dụng cho ngày tiếp xúc, mức độ tiếp xúc và tình trạng tiêm chủng này',
    en: 'No quarantine policy applies to this exposure date, contact degree and vaccination status',
  },
  noDegree: {
    vi: 'Người này chưa có liên hệ với ca bệnh nào: cần nhập mức độ tiếp xúc (F1, F2…)',
    en: 'This person is not linked to any case: give the contact degree (F1, F2…)',
  },
  isCase: { vi: 'Người này đang là ca bệnh (F0), không đưa vào cách ly F1/F2', en: 'This person is a confirmed case (F0), not a contact to quarantine' },
  noExposureDate: { vi: 'Cần nhập ngày tiếp xúc', en: 'The exposure date is required' },
  startBeforeExposure: { vi: 'Ngày bắt đầu cách ly không được trước ngày tiếp xúc', en: 'The start date cannot be before the exposure date' },
  facilityRequired: { vi: 'Cách ly tập trung cần chọn khu cách ly', en: 'Centralised quarantine needs a quarantine site' },
  facilityNotForHome: { vi: 'Cách ly tại nhà không có khu cách ly', en: 'Home quarantine has no quarantine site' },
  contactMismatch: { vi: 'Tiếp xúc này không phải của người được cách ly', en: 'This contact is not of the person being quarantined' },
  notActive: { vi: 'Đợt cách ly này đã kết thúc', en: 'This quarantine has already ended' },
  endBeforeStart: { vi: 'Ngày kết thúc không được trước ngày bắt đầu cách ly', en: 'The end date cannot be before the start date' },
  reasonRequired: { vi: 'Cần nhập lý do điều chỉnh', en: 'A reason is required' },
  releaseBeforeStart: { vi: 'Ngày kết thúc không được trước ngày bắt đầu cách ly', en: 'The release date cannot be before the start date' },
  releaseInFuture: { vi: 'Không thể kết thúc cách ly vào ngày trong tương lai', en: 'Cannot release on a future date' },
  checkOutsideQuarantine: {
    vi: 'Ngày theo dõi phải nằm trong thời gian cách ly ({from} – {to})',
    en: 'The check day must be within the quarantine ({from} – {to})',
  },
  checkInFuture: { vi: 'Không thể ghi nhận theo dõi cho ngày trong tương lai', en: 'Cannot record a check for a future day' },
  policyOverlap: {
    vi: 'Thời gian hiệu lực trùng với quy định "{name}" cùng mức độ tiếp xúc và tình trạng tiêm chủng',
    en: 'The validity period overlaps "{name}" for the same contact degree and vaccination status',
  },
  validToBeforeFrom: { vi: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực', en: 'The end of validity must be after its start' },
  testDayOutside: { vi: 'Ngày xét nghiệm phải từ 1 đến số ngày cách ly', en: 'Test days must be between 1 and the number of quarantine days' },
} as const;

export type QuarantineMessage = keyof typeof messages;

/** The message in the user's language, with `{name}` placeholders filled in. */
export const qmsg = messageLookup(messages);
