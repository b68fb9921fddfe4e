import { messageLookup } from '../../http/messages.ts';

const messages = {
  lotRequired: { vi: 'Cần chọn lô vắc xin, hoặc nhập vắc xin, số lô và hạn dùng', en: 'Choose a lot, or give the vaccine, lot code and expiry date' },
  lotExpiryDiffers: { vi: 'Lô {lot} đã có với hạn dùng {expiry}', en: 'Lot {lot} already exists with expiry date {expiry}' },
  overBalance: { vi: 'Số liều ({quantity}) vượt quá tồn kho của lô ({balance})', en: 'The quantity ({quantity}) exceeds the lot balance ({balance})' },
  positive: { vi: 'Số liều phải lớn hơn 0', en: 'The quantity must be above 0' },
  adjustNonZero: { vi: 'Số liều điều chỉnh phải khác 0', en: 'An adjustment cannot be 0' },
  belowZero: { vi: 'Điều chỉnh này làm tồn kho âm ({balance})', en: 'This adjustment leaves a negative balance ({balance})' },
  notPlanUnit: { vi: 'Kế hoạch điều chuyển lập cho một tỉnh (hoặc toàn quốc)', en: 'A transfer plan is made for a province (or the nation)' },
  planNotDraft: { vi: 'Kế hoạch đã được duyệt hoặc đã huỷ, không sửa được', en: 'The plan is accepted or cancelled and cannot be changed' },
  notAccepted: { vi: 'Chỉ gửi được điều chuyển thuộc kế hoạch đã duyệt', en: 'Only transfers of an accepted plan can be sent' },
  wrongStatus: { vi: 'Điều chuyển đang ở trạng thái "{status}"', en: 'The transfer is "{status}"' },
  expiredLot: { vi: 'Lô {lot} đã hết hạn, không điều chuyển', en: 'Lot {lot} has expired and cannot be moved' },
} as const;

export const smsg = messageLookup(messages);
