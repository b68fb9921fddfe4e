import { messageLookup } from '../../http/messages.ts';

export const publicMessage = messageLookup({
  notMonday: { vi: 'Tuần: phải là ngày thứ Hai (YYYY-MM-DD), nhận được {value}', en: 'Week: must be a Monday (YYYY-MM-DD), got {value}' },
  noBoundaries: { vi: 'Chưa có ranh giới hành chính của các đơn vị này', en: 'No boundaries have been loaded for these units' },
  licence: {
    vi: 'Số liệu tổng hợp theo đơn vị hành chính, không chứa thông tin cá nhân. Được tự do sử dụng, ghi rõ nguồn: EpiCenter.',
    en: 'Aggregated figures of administrative units; no personal data. Free to reuse with attribution: EpiCenter.',
  },
  suppressionNote: {
    vi: 'Số người từ 1 đến {max} ở {levels} được ghi "<{below}".',
    en: 'Counts of people from 1 to {max} for {levels} are shown as "<{below}".',
  },
  levelsCommunes: { vi: 'cấp xã', en: 'communes' },
  levelsDistricts: { vi: 'cấp huyện và cấp xã', en: 'districts and communes' },
  levelsProvinces: { vi: 'cấp tỉnh, huyện và xã', en: 'provinces, districts and communes' },
  dailyTitle: { vi: 'Tình hình dịch hằng ngày', en: 'Daily situation' },
  dailyDescription: {
    vi: 'Ca mắc mới (cộng đồng, đã cách ly), tử vong, khỏi bệnh và đang điều trị theo ngày của đơn vị và các đơn vị trực thuộc, 90 ngày gần nhất, từ báo cáo tình hình hằng ngày.',
    en: 'New cases (community, already quarantined), deaths, recoveries and patients in hospital by day for the unit and its child units, last 90 days, from the daily situation report.',
  },
  levelsTitle: { vi: 'Cấp độ dịch', en: 'Epidemic levels' },
  levelsDescription: {
    vi: 'Cấp độ dịch đang áp dụng của các đơn vị trực thuộc trong 12 tuần gần nhất, kèm cấp độ tính toán, số ca cộng đồng, tỷ lệ ca/100.000 dân và tỷ lệ tiêm đủ liều cơ bản.',
    en: 'Epidemic levels in effect of the child units for the last 12 weeks, with the computed level, community cases, cases per 100,000 people and the share with the primary series.',
  },
  coverageTitle: { vi: 'Độ bao phủ tiêm chủng', en: 'Vaccination coverage' },
  coverageDescription: {
    vi: 'Số người đã tiêm và tỷ lệ bao phủ theo nhóm tuổi và mũi tiêm của đơn vị và các đơn vị trực thuộc, tính đến hôm nay.',
    en: 'People vaccinated and coverage by age group and stage for the unit and its child units, as of today.',
  },
});
