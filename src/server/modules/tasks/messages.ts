import type { Lang } from '../../http/lang.ts';
import { messageLookup } from '../../http/messages.ts';

const messages = {
  notResponsible: {
    vi: 'Chỉ người dùng của đơn vị được giao nhiệm vụ mới được thực hiện thao tác này',
    en: 'Only users of the unit the task is assigned to may do this',
  },
  closed: { vi: 'Nhiệm vụ đã hoàn thành hoặc đã huỷ', en: 'The task is already done or cancelled' },
  noChildren: { vi: 'Đơn vị không có đơn vị trực thuộc để giao việc', en: 'The unit has no child units to give work to' },
  notChild: {
    vi: 'Chỉ giao được cho đơn vị trực thuộc {unit}',
    en: 'Sub-tasks go only to the child units of {unit}',
  },
  afterParent: {
    vi: 'Hạn hoàn thành không được sau hạn của nhiệm vụ được giao ({deadline})',
    en: 'The deadline cannot be after the task’s own deadline ({deadline})',
  },
  titleRequired: { vi: 'Vui lòng nhập nội dung nhiệm vụ', en: 'Enter what the task is' },
  textRequired: { vi: 'Vui lòng nhập nội dung báo cáo', en: 'Enter the report text' },
  tooManyFiles: { vi: 'Tối đa {max} tệp đính kèm mỗi báo cáo', en: 'At most {max} attachments per report' },
  badType: {
    vi: 'Tệp "{name}" không thuộc loại được phép (PDF, ảnh, tài liệu Word/Excel/PowerPoint, CSV)',
    en: '"{name}" is not an allowed file type (PDF, image, Word/Excel/PowerPoint document, CSV)',
  },
  tooBig: { vi: 'Tệp "{name}" lớn hơn {max} MB', en: '"{name}" is larger than {max} MB' },
  badData: { vi: 'Tệp "{name}" không đọc được', en: '"{name}" could not be read' },
  emptyFile: { vi: 'Tệp "{name}" rỗng', en: '"{name}" is empty' },
} as const;

export const tmsg = messageLookup(messages);

const statusNames = {
  assigned: { vi: 'Mới giao', en: 'New' },
  acknowledged: { vi: 'Đã nhận', en: 'Acknowledged' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  cancelled: { vi: 'Đã huỷ', en: 'Cancelled' },
} as const;

const stateNames = {
  on_track: { vi: 'Trong hạn', en: 'On track' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành muộn', en: 'Done late' },
  cancelled: { vi: 'Đã huỷ', en: 'Cancelled' },
} as const;

export const statusName = (s: keyof typeof statusNames, lang: Lang): string => statusNames[s][lang];
export const stateName = (s: keyof typeof stateNames, lang: Lang): string => stateNames[s][lang];

const headers = {
  board: {
    vi: ['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Đơn vị giao', 'Hạn hoàn thành', 'Trạng thái', 'Tình trạng hạn', 'Số giờ trễ', 'Việc con hoàn thành', 'Thời điểm hoàn thành', 'Báo cáo yêu cầu'],
    en: ['No.', 'Task', 'Responsible unit', 'Assigned by', 'Deadline', 'Status', 'Deadline state', 'Hours late', 'Sub-tasks done', 'Completed at', 'Report expected'],
  },
  boardTitle: { vi: ['Nhiệm vụ đơn vị phải làm', 'Nhiệm vụ đơn vị đã giao'], en: ['Tasks of the unit', 'Tasks the unit assigned'] },
  overdueTitle: { vi: 'Nhiệm vụ quá hạn', en: 'Overdue tasks' },
} as const;

export const boardHeader = (lang: Lang): string[] => [...headers.board[lang]];
export const boardTitle = (view: 'mine' | 'assigned', lang: Lang): string => headers.boardTitle[lang][view === 'mine' ? 0 : 1];
export const overdueTitle = (lang: Lang): string => headers.overdueTitle[lang];
