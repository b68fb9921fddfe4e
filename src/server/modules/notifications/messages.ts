import { messageLookup } from '../../http/messages.ts';

/** In-app texts, in the reader's language. `assigned`: the overdue task of a unit this one assigned it to. */
const texts = {
  task_new: { vi: 'Nhiệm vụ mới: {title} (hạn {deadline})', en: 'New task: {title} (due {deadline})' },
  due_soon: { vi: 'Nhiệm vụ sắp đến hạn: {title} (hạn {deadline})', en: 'Task due soon: {title} (due {deadline})' },
  overdue: { vi: 'Nhiệm vụ quá hạn: {title} (hạn {deadline})', en: 'Overdue task: {title} (was due {deadline})' },
  overdue_assigned: {
    vi: 'Nhiệm vụ giao cho {unit} đã quá hạn: {title} (hạn {deadline})',
    en: 'Task assigned to {unit} is overdue: {title} (was due {deadline})',
  },
} as const;

export type NotificationText = keyof typeof texts;

export const notificationText = messageLookup(texts);

/** Emails go out in Vietnamese: the address says nothing of the reader's language. */
export const emailTexts = {
  subject: {
    task_new: 'Nhiệm vụ mới: {title}, hạn {deadline}',
    due_soon: 'Nhắc việc: {title}, hạn {deadline}',
    overdue: 'Nhắc việc: quá hạn — {title}, hạn {deadline}',
    overdue_assigned: 'Nhắc việc: {unit} quá hạn — {title}, hạn {deadline}',
  } satisfies Record<NotificationText, string>,
  greeting: 'Kính gửi: {recipient}',
  unit: 'Đơn vị thực hiện: {unit}',
  from: 'Đơn vị giao: {unit}',
  deadline: 'Hạn hoàn thành: {deadline}',
  report: 'Báo cáo cần gửi: {report}',
  where: 'Xem nhiệm vụ và báo cáo tiến độ trong EpiCenter, mục Nhiệm vụ (mã nhiệm vụ {id}).',
  link: 'Xem nhiệm vụ và báo cáo tiến độ: {url}',
  footer: 'Thư gửi tự động từ hệ thống EpiCenter, vui lòng không trả lời thư này.',
} as const;
