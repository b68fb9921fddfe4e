import type { NoticeProblem } from '../../../domain/notice.ts';
import type { Lang } from '../../http/lang.ts';
import { messageLookup } from '../../http/messages.ts';

const messages = {
  issuingBodyRequired: { vi: 'Cần nhập cơ quan ban hành', en: 'The issuing body is required' },
  titleRequired: { vi: 'Cần nhập trích yếu (tiêu đề) của thông báo', en: 'The title of the notice is required' },
  numberRequired: { vi: 'Cần nhập số thông báo trước khi ban hành', en: 'The notice number is required to issue it' },
  dateRequired: { vi: 'Cần nhập ngày ban hành', en: 'The date of the notice is required to issue it' },
  taskTextRequired: { vi: 'Nhiệm vụ {n}: cần nhập nội dung', en: 'Task {n}: the text is required' },
  taskUnitsRequired: { vi: 'Nhiệm vụ {n}: cần chọn ít nhất một đơn vị thực hiện', en: 'Task {n}: choose at least one responsible unit' },
  deadlineRequired: { vi: 'Nhiệm vụ {n}: cần nhập thời hạn', en: 'Task {n}: the deadline is required' },
  deadlineInvalid: { vi: 'Nhiệm vụ {n}: thời hạn không hợp lệ', en: 'Task {n}: the deadline is not a valid date and time' },
  deadlineBeforeDate: {
    vi: 'Nhiệm vụ {n}: thời hạn trước ngày ban hành thông báo',
    en: 'Task {n}: the deadline is before the date of the notice',
  },
  unitOutOfScope: {
    vi: 'Nhiệm vụ {n}: đơn vị "{unit}" không thuộc phạm vi của đơn vị ban hành',
    en: 'Task {n}: unit "{unit}" is not under the issuing unit',
  },
  unknownUnit: {
    vi: 'Nhiệm vụ {n}: đơn vị thực hiện không thuộc phạm vi của đơn vị ban hành',
    en: 'Task {n}: a responsible unit is not under the issuing unit',
  },
  numberTaken: {
    vi: 'Số {number} đã được dùng cho một thông báo khác của đơn vị trong năm {year}',
    en: 'Number {number} is already used by another notice of this unit in {year}',
  },
  issued: {
    vi: 'Thông báo đã ban hành, không thể sửa; muốn thay đổi hãy tạo bản đính chính',
    en: 'The notice is issued and cannot change; make a correction instead',
  },
  notIssued: { vi: 'Chỉ đính chính được thông báo đã ban hành', en: 'Only an issued notice can be corrected' },
  superseded: {
    vi: 'Thông báo này đã được thay thế bởi thông báo số {number}; hãy đính chính bản mới nhất',
    en: 'This notice has been superseded by notice {number}; correct the newest version',
  },
  predecessorSuperseded: {
    vi: 'Thông báo gốc đã được thay thế bởi một bản đính chính khác',
    en: 'The original notice has already been superseded by another correction',
  },
  correctionUnit: {
    vi: 'Bản đính chính phải do chính đơn vị đã ban hành thông báo gốc ban hành',
    en: 'A correction is issued by the unit that issued the original notice',
  },
} as const;

export const nmsg = messageLookup(messages);

/** A domain problem as a field error in the user's language. */
export const problemMessage = (p: NoticeProblem, lang: Lang): { field: string; message: string } => ({
  field: p.field,
  message: nmsg(p.key, lang, { n: p.task ?? '' }),
});
