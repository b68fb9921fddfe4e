import type { Lang } from '../../http/lang.ts';
import type { Table } from '../../http/table-export.ts';
import type { UnitRow } from '../orgunits/repository.ts';
import type { LabTest } from './schema.ts';

const header = {
  vi: ['Mã XN', 'Mã người', 'Họ tên', 'Năm sinh', 'Loại', 'Thời điểm lấy mẫu', 'Nơi lấy mẫu', 'Phòng xét nghiệm', 'Kết quả', 'Thời điểm có kết quả', 'Triệu chứng', 'Mẫu gộp', 'Đợt sàng lọc'],
  en: ['Test', 'Person', 'Full name', 'Birth year', 'Kind', 'Sampled at', 'Place', 'Lab', 'Result', 'Result at', 'Symptoms', 'Pool', 'Campaign'],
};
const results = {
  vi: { pending: 'Chờ kết quả', positive: 'Dương tính', negative: 'Âm tính', invalid: 'Không xác định', pool_positive: 'Mẫu gộp dương tính' },
  en: { pending: 'Pending', positive: 'Positive', negative: 'Negative', invalid: 'Invalid', pool_positive: 'Pool positive' },
};
const kinds = { vi: { pcr: 'RT-PCR', antigen: 'Test nhanh kháng nguyên' }, en: { pcr: 'RT-PCR', antigen: 'Rapid antigen' } };

export function testsTable(unit: UnitRow, items: LabTest[], lang: Lang): Table {
  return {
    fileName: `xet-nghiem-${unit.code}`,
    title: `${lang === 'vi' ? 'Xét nghiệm' : 'Tests'} — ${unit.fullName}`,
    sheetName: lang === 'vi' ? 'Xét nghiệm' : 'Tests',
    header: header[lang],
    rows: items.map((t) => [
      t.id, t.person.id, t.person.fullName, t.person.birthYear, kinds[lang][t.kind], t.sampledAt, t.place, t.lab,
      results[lang][t.result], t.resultAt, t.symptoms, t.poolId, t.campaignId,
    ]),
  };
}
