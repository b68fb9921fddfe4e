import type { NewForm } from '../../modules/forms/schema.ts';

const ind = (
  code: string,
  position: number,
  section: [string, string],
  nameVi: string,
  nameEn: string,
  kind: 'flow' | 'stock' = 'flow',
) => ({ code, position, sectionVi: section[0], sectionEn: section[1], nameVi, nameEn, kind });

const CASES: [string, string] = ['Ca mắc (F0)', 'Cases (F0)'];
const OUTCOME: [string, string] = ['Điều trị', 'Treatment'];
const QUARANTINE: [string, string] = ['Cách ly', 'Quarantine'];
const TESTING: [string, string] = ['Xét nghiệm', 'Testing'];
const TRACING: [string, string] = ['Truy vết và người về từ vùng dịch', 'Tracing and returnees'];
const VACCINE: [string, string] = ['Tiêm vắc xin', 'Vaccination'];

/** The daily situation report (báo cáo tình hình) with the indicators the seed reports quote. */
export const situationForm = (startDate: string): NewForm => ({
  code: 'BCTH-NGAY',
  nameVi: 'Báo cáo tình hình dịch COVID-19 hằng ngày',
  nameEn: 'Daily COVID-19 situation report',
  periodType: 'day',
  deadlineTime: '17:00',
  deadlineOffsetDays: 0,
  submitLevel: 3,
  approveLevel: 2,
  startDate,
  caseIndicators: ['f0_community', 'f0_quarantined'],
  indicators: [
    ind('f0_community', 1, CASES, 'F0 mới trong cộng đồng', 'New F0 in the community'),
    ind('f0_quarantined', 2, CASES, 'F0 mới đã được cách ly', 'New F0 already in quarantine'),
    ind('deaths', 3, OUTCOME, 'Tử vong', 'Deaths'),
    ind('recovered', 4, OUTCOME, 'Khỏi bệnh', 'Recovered'),
    ind('hospital_current', 5, OUTCOME, 'Đang điều trị tại bệnh viện', 'Currently in hospital', 'stock'),
    ind('cq_new', 6, QUARANTINE, 'Cách ly tập trung mới', 'New in centralised quarantine'),
    ind('cq_current', 7, QUARANTINE, 'Đang cách ly tập trung', 'Currently in centralised quarantine', 'stock'),
    ind('hq_new', 8, QUARANTINE, 'Cách ly tại nhà, nơi lưu trú mới', 'New in home quarantine'),
    ind('hq_current', 9, QUARANTINE, 'Đang cách ly tại nhà, nơi lưu trú', 'Currently in home quarantine', 'stock'),
    ind('pcr_samples', 10, TESTING, 'Số mẫu xét nghiệm PCR', 'PCR samples'),
    ind('pcr_persons', 11, TESTING, 'Số người được xét nghiệm PCR', 'Persons tested by PCR'),
    ind('rapid_tests', 12, TESTING, 'Test nhanh kháng nguyên', 'Rapid antigen tests'),
    ind('f1_traced', 13, TRACING, 'F1 truy vết được', 'F1 traced'),
    ind('f2_traced', 14, TRACING, 'F2 truy vết được', 'F2 traced'),
    ind('returnees', 15, TRACING, 'Người về từ vùng dịch', 'Returnees from outbreak areas'),
    ind('returnees_positive', 16, TRACING, 'Người về từ vùng dịch dương tính', 'Returnees who tested positive'),
    ind('vax_dose1', 17, VACCINE, 'Mũi 1', 'Dose 1'),
    ind('vax_dose2', 18, VACCINE, 'Mũi 2', 'Dose 2'),
    ind('vax_dose3', 19, VACCINE, 'Mũi 3', 'Dose 3'),
  ],
  rules: [
    {
      code: 'pool_size',
      field: 'pcr_persons',
      severity: 'error',
      left: [{ indicator: 'pcr_persons' }],
      op: '<=',
      right: [{ indicator: 'pcr_samples', coef: 10 }],
      messageVi: 'Số người được xét nghiệm PCR: không thể lớn hơn số mẫu × 10 (gộp tối đa 10 người/mẫu)',
      messageEn: 'Persons tested by PCR: cannot exceed samples × 10 (at most 10 people pooled per sample)',
    },
    {
      code: 'returnee_positives',
      field: 'returnees_positive',
      severity: 'error',
      left: [{ indicator: 'returnees_positive' }],
      op: '<=',
      right: [{ indicator: 'returnees' }],
      messageVi: 'Người về từ vùng dịch dương tính: không thể lớn hơn số người về từ vùng dịch',
      messageEn: 'Returnees who tested positive: cannot exceed the number of returnees',
    },
    {
      code: 'cq_current_cumulative',
      field: 'cq_current',
      severity: 'error',
      left: [{ indicator: 'cq_current' }],
      op: '<=',
      right: [{ indicator: 'cq_new', cumulative: true }],
      messageVi: 'Đang cách ly tập trung: không thể lớn hơn tổng số đã cách ly tập trung cộng dồn',
      messageEn: 'Currently in centralised quarantine: cannot exceed the cumulative number quarantined',
    },
    {
      code: 'hq_current_cumulative',
      field: 'hq_current',
      severity: 'error',
      left: [{ indicator: 'hq_current' }],
      op: '<=',
      right: [{ indicator: 'hq_new', cumulative: true }],
      messageVi: 'Đang cách ly tại nhà: không thể lớn hơn tổng số đã cách ly tại nhà cộng dồn',
      messageEn: 'Currently in home quarantine: cannot exceed the cumulative number quarantined at home',
    },
    {
      code: 'positives_need_tests',
      field: 'f0_community',
      severity: 'warning',
      left: [{ indicator: 'f0_community' }, { indicator: 'f0_quarantined' }],
      op: '<=',
      right: [{ indicator: 'pcr_persons' }, { indicator: 'rapid_tests' }],
      constant: 0,
      messageVi: 'Số F0 mới nhiều hơn số người được xét nghiệm trong ngày: kiểm tra lại',
      messageEn: 'More new F0 than people tested today: please check',
    },
  ],
});
