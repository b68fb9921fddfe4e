/** The stock overview as a spreadsheet: balances by unit and lot, then surplus and shortage. */
import type { Lang } from '../../../domain/validation.ts';
import type { Cell, Table } from '../../http/table-export.ts';
import type { StockReply } from './schema.ts';

const HEAD = {
  vi: ['Đơn vị', 'Vắc xin', 'Số lô', 'Hạn dùng', 'Nhận', 'Chuyển đến', 'Chuyển đi', 'Hủy/hỏng', 'Điều chỉnh', 'Đã tiêm', 'Tồn', 'Tình trạng hạn dùng'],
  en: ['Unit', 'Vaccine', 'Lot', 'Expiry', 'Received', 'Transferred in', 'Transferred out', 'Wasted', 'Adjusted', 'Given', 'Balance', 'Expiry state'],
};
const EXPIRY = { vi: { ok: 'Còn hạn', soon: 'Sắp hết hạn', expired: 'Đã hết hạn' }, en: { ok: 'In date', soon: 'Expiring soon', expired: 'Expired' } };
const GAP = { vi: ['Thừa (+) / thiếu (−): còn dùng được', 'số liều còn cần', 'thừa/thiếu'], en: ['Surplus (+) / shortage (−): usable', 'doses still needed', 'gap'] };

export function stockTable(s: StockReply, lang: Lang, today: string): Table {
  const rows: Cell[][] = s.balances.map((b) => [
    b.unit.name, b.lot.product.code, b.lot.code, b.lot.expiryDate, b.received, b.transferIn, b.transferOut, b.wasted, b.adjust, b.given, b.balance,
    EXPIRY[lang][b.expiry],
  ]);
  // the surplus and shortage per unit below the lots, under a header row of their own
  const gaps: Cell[][] = s.gaps.length ? [[], [HEAD[lang][0]!, ...GAP[lang]], ...s.gaps.map((g) => [g.unit.name, g.usable, g.need, g.gap])] : [];
  return {
    fileName: `ton-kho-vac-xin-${s.unit.code}-${today}`,
    title: lang === 'vi' ? `Tồn kho vắc xin — ${s.unit.fullName} — ${today}` : `Vaccine stock — ${s.unit.fullName} — ${today}`,
    sheetName: lang === 'vi' ? 'Tồn kho' : 'Stock',
    header: HEAD[lang],
    rows: [...rows, ...gaps],
  };
}
