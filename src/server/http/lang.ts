import type { FastifyRequest } from 'fastify';
import type { Lang } from '../../domain/validation.ts';

export type { Lang };

/** Vietnamese unless the client asks for English first (`?lang=en` for plain download links). */
export function langOf(req: FastifyRequest): Lang {
  const query = (req.query as { lang?: unknown } | undefined)?.lang;
  if (query === 'en' || query === 'vi') return query;
  const header = req.headers['accept-language'] ?? '';
  return /^\s*en\b/i.test(header) ? 'en' : 'vi';
}

const messages = {
  unauthorized: { vi: 'Vui lòng đăng nhập', en: 'Please sign in' },
  badLogin: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' },
  csrf: { vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang', en: 'Invalid session token; reload the page' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  outOfScope: { vi: 'Đơn vị này nằm ngoài phạm vi quản lý của bạn', en: 'This unit is outside your scope' },
  notFound: { vi: 'Không tìm thấy', en: 'Not found' },
  badJson: { vi: 'Dữ liệu gửi lên không phải JSON hợp lệ', en: 'The request body is not valid JSON' },
  badInput: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  invalidValues: { vi: 'Số liệu chưa hợp lệ, xem lỗi bên cạnh từng ô', en: 'Some values are invalid; see the messages beside the fields' },
  rateLimited: { vi: 'Quá nhiều lần thử, vui lòng thử lại sau', en: 'Too many attempts; try again later' },
  wrongLevel: { vi: 'Biểu mẫu này do cấp khác báo cáo', en: 'This form is reported by another level' },
  locked: { vi: 'Báo cáo đã được duyệt, không thể sửa', en: 'The report is approved and can no longer be changed' },
  notSubmitted: { vi: 'Báo cáo chưa được gửi', en: 'The report has not been submitted' },
  futurePeriod: { vi: 'Không thể báo cáo cho ngày trong tương lai', en: 'Cannot report for a future date' },
  beforeStart: { vi: 'Ngày báo cáo trước ngày bắt đầu của biểu mẫu', en: 'The date is before the form starts' },
  internal: { vi: 'Lỗi hệ thống, vui lòng thử lại', en: 'Server error; please try again' },
  badFile: { vi: 'Tệp không đọc được: không phải tệp Excel (.xlsx) hợp lệ', en: 'Unreadable file: not a valid Excel (.xlsx) file' },
  usernameTaken: { vi: 'Tên đăng nhập đã có người dùng', en: 'This username is taken' },
  notOwnAccount: { vi: 'Không thể tự khoá hoặc tự hạ quyền tài khoản của mình', en: 'You cannot disable or demote your own account' },
  importInvalid: { vi: 'Tệp có dòng lỗi, chưa nhập dòng nào', en: 'The file has bad rows; nothing was imported' },
} as const;

export type MessageKey = keyof typeof messages;

export function msg(key: MessageKey, lang: Lang): string {
  return messages[key][lang];
}
