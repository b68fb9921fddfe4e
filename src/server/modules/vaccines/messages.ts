import { messageLookup } from '../../http/messages.ts';

const messages = {
  future: { vi: 'Ngày tiêm không được ở tương lai', en: 'The dose date cannot be in the future' },
  productNotInForce: { vi: 'Vắc xin {product} không được sử dụng vào ngày tiêm này', en: 'Vaccine {product} is not in use on this date' },
  tooYoung: { vi: 'Người được tiêm {age} tuổi, dưới độ tuổi tối thiểu {min} của vắc xin này', en: 'The person is {age}, below this vaccine’s minimum age {min}' },
  tooOld: { vi: 'Người được tiêm {age} tuổi, trên độ tuổi tối đa {max} của vắc xin này', en: 'The person is {age}, above this vaccine’s maximum age {max}' },
  noSchedule: { vi: 'Không có lịch tiêm mũi {dose} cho vắc xin {product} vào ngày này', en: 'There is no schedule for dose {dose} of {product} on this date' },
  wrongProduct: { vi: 'Không được tiêm {product} sau mũi trước là {previous}', en: '{product} may not follow a previous dose of {previous}' },
  boosterBeforePrimary: { vi: 'Chỉ tiêm mũi nhắc lại sau khi hoàn thành mũi cơ bản', en: 'A booster is only given after the primary series' },
  tooEarly: { vi: 'Tiêm quá sớm: sớm nhất từ ngày {earliest} ({days} ngày sau mũi trước)', en: 'Too early: not before {earliest} ({days} days after the previous dose)' },
  notAfterPrevious: { vi: 'Ngày tiêm phải sau mũi trước ({previous})', en: 'The dose date must be after the previous dose ({previous})' },
  late: { vi: 'Tiêm muộn hơn khuyến cáo (muộn nhất {latest}, {days} ngày)', en: 'Later than recommended (latest {latest}, {days} days)' },
  lotRequired: { vi: 'Cần chọn lô vắc xin hoặc nhập mã lô và hạn dùng', en: 'Choose a lot or give the lot code and expiry date' },
  lotOtherProduct: { vi: 'Lô này thuộc vắc xin khác', en: 'This lot belongs to another vaccine' },
  lotExpired: { vi: 'Lô vắc xin đã hết hạn ({expiry})', en: 'The lot expired on {expiry}' },
  lotExpiryMismatch: { vi: 'Lô {lot} đã có hạn dùng {expiry}', en: 'Lot {lot} already has expiry {expiry}' },
  unknownProduct: { vi: 'Không có vắc xin này', en: 'No such vaccine' },
  codeTaken: { vi: 'Mã vắc xin đã tồn tại', en: 'This vaccine code already exists' },
  intervalOverlap: { vi: 'Đã có quy định cho mũi này từ ngày {from}: ngày hiệu lực phải sau đó', en: 'A rule for this dose applies from {from}: the new one must start later' },
  alreadyVaccinated: { vi: 'Người này đã được tiêm', en: 'This person has already been vaccinated' },
  clientIdOther: { vi: 'Mã yêu cầu (clientId) đã dùng cho mũi tiêm khác', en: 'This clientId was used for another dose' },
  registerChanged: {
    vi: 'Sổ tiêm chủng vừa thay đổi trong lúc nhập (có mũi tiêm được ghi cùng lúc): hãy nhập lại tệp, các dòng đã có sẽ được bỏ qua',
    en: 'The register changed during the import (a dose was recorded at the same time): import the file again; rows already in it are skipped',
  },
  importRow: { vi: 'Tệp có dòng lỗi: không dòng nào được nhập', en: 'The file has bad rows: nothing was imported' },
  personNotFound: { vi: 'Không tìm thấy người này', en: 'Person not found' },
  personAmbiguous: { vi: 'Có nhiều người trùng họ tên và ngày sinh: dùng số định danh', en: 'Several people match this name and birth date: use the national ID' },
  unitNotFound: { vi: 'Không có đơn vị mã {code}', en: 'No unit with code {code}' },
  required: { vi: 'Cần nhập {field}', en: '{field} is required' },
  badDate: { vi: 'Ngày không hợp lệ: {value}', en: 'Invalid date: {value}' },
} as const;

export type VaccineMessage = keyof typeof messages;
export const vmsg = messageLookup(messages);
