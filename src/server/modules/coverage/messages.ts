import { messageLookup } from '../../http/messages.ts';

const messages = {
  eligibleBelowVaccinated: {
    vi: 'Dòng {row}: số đã tiêm ({vaccinated}) lớn hơn số đối tượng ({eligible})',
    en: 'Row {row}: vaccinated ({vaccinated}) is more than the eligible population ({eligible})',
  },
  futureAsOf: { vi: 'Dòng {row}: ngày số liệu không được ở tương lai', en: 'Row {row}: the as-of date cannot be in the future' },
  duplicateRow: {
    vi: 'Dòng {row}: trùng đơn vị, ngày, nhóm tuổi và mũi với dòng {other}',
    en: 'Row {row}: same unit, date, age group and stage as row {other}',
  },
  sourceRequired: { vi: 'Dòng {row}: cần ghi nguồn số liệu', en: 'Row {row}: the source is required' },
  exportTitle: { vi: 'Độ bao phủ tiêm chủng — {unit} — ngày {date}', en: 'Vaccination coverage — {unit} — {date}' },
  colCode: { vi: 'Mã', en: 'Code' },
  colUnit: { vi: 'Đơn vị', en: 'Unit' },
  colGroup: { vi: 'Nhóm tuổi', en: 'Age group' },
  colStage: { vi: 'Mũi', en: 'Stage' },
  colVaccinated: { vi: 'Đã tiêm', en: 'Vaccinated' },
  colEligible: { vi: 'Đối tượng', en: 'Eligible' },
  colShare: { vi: 'Tỷ lệ (%)', en: 'Share (%)' },
  stage_dose1: { vi: 'Mũi 1', en: 'Dose 1' },
  stage_primary: { vi: 'Đủ liều cơ bản', en: 'Primary series' },
  stage_booster: { vi: 'Mũi nhắc lại', en: 'Booster' },
  group_all: { vi: 'Tất cả', en: 'All' },
};

export const coverageMessage = messageLookup(messages);
