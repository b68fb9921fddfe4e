import type { Widen } from '../widen.ts';

export const notificationsVi = {
  bell: 'Thông báo',
  bellUnread: 'Thông báo: {{count}} chưa đọc',
  title: 'Thông báo của đơn vị',
  empty: 'Chưa có thông báo nào',
  markAll: 'Đánh dấu đã đọc tất cả',
  allTasks: 'Xem tất cả nhiệm vụ',
  overdueTasks: 'Nhiệm vụ quá hạn',
  kind: { task_new: 'Nhiệm vụ mới', due_soon: 'Sắp đến hạn', overdue: 'Quá hạn' },
  taskStatus: { done: 'đã hoàn thành', cancelled: 'đã huỷ' },
  email: {
    label: 'Email nhận nhắc việc',
    hint: 'Không bắt buộc. Nhắc việc về nhiệm vụ của đơn vị được gửi tới địa chỉ này.',
    invalid: 'Địa chỉ email không hợp lệ (ví dụ: vanthu@quangninh.gov.vn)',
    column: 'Email',
    none: 'Chưa có',
    change: 'Email',
    changeTitle: 'Email nhận nhắc việc của {{username}}',
    changed: 'Đã lưu email của {{username}}',
  },
  smtp: {
    notConfigured: 'Chưa cấu hình SMTP: thư nhắc việc chưa được gửi đi',
    notConfiguredHint: 'Đặt biến môi trường SMTP_URL trên máy chủ (ví dụ smtp://nguoidung:matkhau@mail.quangninh.gov.vn:587) để gửi thư.',
    waiting: 'Có {{waiting}} thư đang chờ gửi.',
    failed: '{{failed}} thư nhắc việc không gửi được sau 5 lần thử',
    lastError: 'Lỗi gần nhất: {{error}}',
  },
};

export const notificationsEn: Widen<typeof notificationsVi> = {
  bell: 'Notifications',
  bellUnread: 'Notifications: {{count}} unread',
  title: "Your unit's notifications",
  empty: 'No notifications yet',
  markAll: 'Mark all as read',
  allTasks: 'All tasks',
  overdueTasks: 'Overdue tasks',
  kind: { task_new: 'New task', due_soon: 'Due soon', overdue: 'Overdue' },
  taskStatus: { done: 'done', cancelled: 'cancelled' },
  email: {
    label: 'Email for task reminders',
    hint: "Optional. Reminders about the unit's tasks are sent to this address.",
    invalid: 'Not a valid email address (for example vanthu@quangninh.gov.vn)',
    column: 'Email',
    none: 'None',
    change: 'Email',
    changeTitle: 'Reminder email of {{username}}',
    changed: 'Email of {{username}} saved',
  },
  smtp: {
    notConfigured: 'SMTP is not configured: reminder emails are not being sent',
    notConfiguredHint: 'Set SMTP_URL on the server (for example smtp://user:password@mail.example.gov.vn:587) to send them.',
    waiting: '{{waiting}} emails are waiting.',
    failed: '{{failed}} reminder emails could not be sent after 5 attempts',
    lastError: 'Last error: {{error}}',
  },
};
