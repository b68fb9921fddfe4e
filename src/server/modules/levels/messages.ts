import { messageLookup } from '../../http/messages.ts';

const messages = {
  notMonday: { vi: 'Tuần phải được chỉ định bằng ngày thứ Hai', en: 'A week is given by its Monday' },
  futureWeek: { vi: 'Không thể đánh giá tuần chưa bắt đầu', en: 'A week that has not started cannot be assessed' },
  noRuleSet: {
    vi: 'Không có bộ tiêu chí đánh giá cấp độ dịch nào có hiệu lực vào {day}',
    en: 'No epidemic level rule set is in force on {day}',
  },
  weekOrder: { vi: 'Tuần kết thúc không được trước tuần bắt đầu', en: 'The last week cannot be before the first one' },
  notAbove: {
    vi: 'Chỉ cấp trên của đơn vị (hoặc chính tỉnh, thành phố) mới được quyết định cấp độ dịch',
    en: 'Only an authority above the unit (or the province itself) may set its level',
  },
  decidedAbove: {
    vi: 'Quyết định của cấp trên chỉ do cấp đó (hoặc cấp cao hơn) huỷ',
    en: 'A decision of a higher authority can only be withdrawn by it (or one above it)',
  },
  // export
  title: { vi: 'Cấp độ dịch tuần {from} – {to}: {unit}', en: 'Epidemic levels, week {from} – {to}: {unit}' },
  sheet: { vi: 'Cấp độ dịch', en: 'Epidemic levels' },
  colCode: { vi: 'Mã', en: 'Code' },
  colUnit: { vi: 'Đơn vị', en: 'Unit' },
  colLevel: { vi: 'Cấp độ áp dụng', en: 'Level in effect' },
  colComputed: { vi: 'Cấp độ đánh giá', en: 'Computed level' },
  colDecision: { vi: 'Quyết định', en: 'Decision' },
  colPrevious: { vi: 'Cấp độ tuần trước', en: 'Level the week before' },
  colPopulation: { vi: 'Dân số', en: 'Population' },
  colCases: { vi: 'Ca mắc mới trong cộng đồng', en: 'New community cases' },
  colRate: { vi: 'Ca mắc/100.000 dân/tuần', en: 'Cases per 100,000 per week' },
  colCoverage: { vi: 'Tiêm đủ liều cơ bản (%)', en: 'Primary series (%)' },
  colQuiet: { vi: '14 ngày không có ca mắc mới', en: '14 days without a new case' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
} as const;

export const lmsg = messageLookup(messages);
