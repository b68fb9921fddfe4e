import type { Table } from '../../http/table-export.ts';
import { weekChange } from '../../../domain/figures.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Dashboard } from './schema.ts';

const headers = {
  vi: ['Mã', 'Đơn vị', 'Ca mới 24 giờ', 'Cộng đồng', 'Đã cách ly', '7 ngày', '7 ngày trước', 'Thay đổi (%)', 'Cộng dồn', 'Tử vong (cộng dồn)', 'Số ngày không có ca mới', 'Đã báo cáo', 'Phải báo cáo', 'Đúng hạn'],
  en: ['Code', 'Unit', 'New cases 24 h', 'Community', 'Already quarantined', '7 days', 'Previous 7 days', 'Change (%)', 'Cumulative', 'Deaths (cumulative)', 'Days without a new case', 'Reported', 'Expected', 'On time'],
};

/** The dashboard's children table as rows of cells, the same for Excel and CSV. */
export function childrenTable(d: Dashboard, lang: Lang): (string | number | null)[][] {
  const rows = d.children.map(({ unit, figures: f, completeness: c }) => {
    const change = weekChange(f.casesWeek, f.casesPrevWeek);
    return [
      unit.code,
      unit.fullName,
      f.casesLast24h,
      f.last24h.f0_community ?? 0,
      f.last24h.f0_quarantined ?? 0,
      f.casesWeek,
      f.casesPrevWeek,
      change === null ? null : Math.round(change * 10) / 10,
      (f.cumulative.f0_community ?? 0) + (f.cumulative.f0_quarantined ?? 0),
      f.cumulative.deaths ?? 0,
      f.daysSinceLastCase,
      c.reported,
      c.expected,
      c.onTime,
    ];
  });
  return [headers[lang], ...rows];
}

/** The dashboard's children table, ready for sendTable. */
export function dashboardTable(d: Dashboard, lang: Lang): Table {
  const [header, ...rows] = childrenTable(d, lang);
  return { fileName: `epicenter-${d.unit.code}-${d.date}`, title: `${d.unit.fullName} — ${d.date}`, sheetName: d.unit.name, header: header as string[], rows };
}
