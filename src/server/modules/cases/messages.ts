/** Server messages of the cases area (cases, clusters, case rules, classification). */
import { messageLookup } from '../../http/messages.ts';

const messages = {
  personNotFound: { vi: 'Không tìm thấy người này trong phạm vi quản lý', en: 'No such person in your scope' },
  unitNotFound: { vi: 'Không tìm thấy đơn vị trong phạm vi quản lý', en: 'No such unit in your scope' },
  clusterNotFound: { vi: 'Không tìm thấy ổ dịch trong phạm vi quản lý', en: 'No such cluster in your scope' },
  facilityNotFound: { vi: 'Không tìm thấy cơ sở trong phạm vi quản lý', en: 'No such facility in your scope' },
  futureDate: { vi: 'Không được là thời điểm trong tương lai', en: 'Cannot be in the future' },
  afterDied: { vi: 'Ca bệnh đã tử vong, không thể đổi tình trạng', en: 'The patient has died; the status cannot change' },
  beforeCurrent: { vi: 'Thời điểm trước tình trạng hiện tại', en: 'Earlier than the current status' },
  sameStatus: { vi: 'Tình trạng không thay đổi', en: 'The status is unchanged' },
  facilityRequired: { vi: 'Cần chọn cơ sở cách ly tập trung hoặc điều trị', en: 'A quarantine or treatment facility is required' },
  facilityNotAllowed: { vi: 'Tình trạng này không gắn với cơ sở', en: 'This status has no facility' },
  facilityWrongKind: { vi: 'Cơ sở không đúng loại hoặc tầng điều trị', en: 'The facility is not of the right kind or tier' },
  invalidStatusChange: { vi: 'Không thể đổi tình trạng', en: 'The status cannot be changed' },
  invalidRows: { vi: 'Có dòng lỗi, chưa lưu dòng nào', en: 'Some rows are invalid; nothing was saved' },
  personRequired: { vi: 'Cần chọn người hoặc nhập thông tin người', en: 'Choose a person or enter their details' },
  personAndId: { vi: 'Chỉ chọn người có sẵn hoặc nhập người mới, không cả hai', en: 'Either choose a person or enter a new one, not both' },
  duplicatePerson: { vi: 'Có thể trùng người đã có', en: 'May be a duplicate of an existing person' },
  duplicateRow: { vi: 'Người này xuất hiện ở nhiều dòng', en: 'This person appears in several rows' },
  notByRule: { vi: 'Không đủ điều kiện xác định ca bệnh theo quy tắc đang áp dụng', en: 'Does not confirm a case under the rule in force' },
  invalidValue: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  ruleFromPast: { vi: 'Phiên bản mới phải có hiệu lực sau phiên bản gần nhất', en: 'A new version must start after the latest one' },
  ruleEmpty: { vi: 'Quy tắc phải xác nhận ít nhất một trường hợp', en: 'The rule must confirm at least one case' },
  notProvince: { vi: 'Chỉ áp dụng cho cấp tỉnh', en: 'Only for a province' },
  settingExists: { vi: 'Đã có thiết lập từ ngày này', en: 'A setting from this date already exists' },
  closedOnRequired: { vi: 'Cần ngày đóng ổ dịch', en: 'The closing date is required' },
  closedOnBeforeOpened: { vi: 'Ngày đóng trước ngày phát hiện', en: 'Closed before it was opened' },
  closedOnNotClosed: { vi: 'Chỉ ghi ngày đóng khi ổ dịch đã đóng', en: 'A closing date only for a closed cluster' },
} as const;

export type CaseMessage = keyof typeof messages;

export const caseMsg = messageLookup(messages);
