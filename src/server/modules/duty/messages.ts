import { messageLookup } from '../../http/messages.ts';

const messages = {
  phone: {
    vi: 'Số điện thoại không hợp lệ: cần 10 chữ số bắt đầu bằng 0, số máy bàn 02…, hoặc đầu số đường dây nóng như 1900xxxx, 115',
    en: 'Invalid phone number: 10 digits starting with 0, a landline 02…, or a hotline number such as 1900xxxx or 115',
  },
  leaderName: { vi: 'Cần nhập họ tên lãnh đạo trực', en: 'Enter the name of the leader on duty' },
  label: { vi: 'Cần nhập tên đường dây nóng', en: 'Enter a name for the hotline' },
  endBeforeStart: { vi: 'Giờ kết thúc ca trực phải sau giờ bắt đầu', en: 'The shift must end after it starts' },
  tooLong: { vi: 'Một ca trực không được dài quá {hours} giờ', en: 'A shift cannot last more than {hours} hours' },
  overlap: {
    vi: 'Ca trực trùng thời gian với ca của {name} ({span})',
    en: 'The shift overlaps the one of {name} ({span})',
  },
  badRange: { vi: 'Khoảng ngày không hợp lệ: đến ngày phải sau từ ngày, tối đa {days} ngày', en: 'Invalid dates: the end must follow the start, {days} days at most' },
  rosterTitle: { vi: 'Lịch trực lãnh đạo {unit}, {from}–{to}', en: 'Leader duty roster, {unit}, {from}–{to}' },
  sheet: { vi: 'Lịch trực', en: 'Duty roster' },
  colStart: { vi: 'Bắt đầu', en: 'Starts' },
  colEnd: { vi: 'Kết thúc', en: 'Ends' },
  colLeader: { vi: 'Lãnh đạo trực', en: 'Leader on duty' },
  colTitle: { vi: 'Chức vụ', en: 'Title' },
  colPhone: { vi: 'Điện thoại', en: 'Phone' },
} as const;

export const dmsg = messageLookup(messages);
