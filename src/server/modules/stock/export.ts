/** The stock overview as a spreadsheet: balances by unit and lot, then surplus and shortage by unit, then by product and purpose. */
import type { AgeGroup, Stage } from '../../../domain/age-groups.ts';
import type { Lang } from '../../../domain/validation.ts';
import type { Cell, Table } from '../../http/table-export.ts';
import type { Shortage, StockReply } from './schema.ts';

const HEAD = {
  vi: ['Đơn vị', 'Vắc xin', 'Số lô', 'Hạn dùng', 'Nhận', 'Chuyển đến', 'Chuyển đi', 'Hủy/hỏng', 'Điều chỉnh', 'Đã tiêm', 'Tồn', 'Tình trạng hạn dùng'],
  en: ['Unit', 'Vaccine', 'Lot', 'Expiry', 'Received', 'Transferred in', 'Transferred out', 'Wasted', 'Adjusted', 'Given', 'Balance', 'Expiry state'],
};
const EXPIRY = { vi: { ok: 'Còn hạn', soon: 'Sắp hết hạn', expired: 'Đã hết hạn' }, en: { ok: 'In date', soon: 'Expiring soon', expired: 'Expired' } };
const GAP = {
  vi: ['Còn dùng được', 'Số liều còn cần', 'Thừa', 'Thiếu'],
  en: ['Usable', 'Doses still needed', 'Surplus', 'Shortage'],
};
const DETAIL = {
  vi: ['Thừa/thiếu', 'Vắc xin', 'Nhóm tuổi', 'Mũi', 'Số liều'],
  en: ['Surplus/shortage', 'Vaccine', 'Age group', 'Stage', 'Doses'],
};
const KIND = { vi: { surplus: 'Thừa', shortage: 'Thiếu' }, en: { surplus: 'Surplus', shortage: 'Shortage' } };
const GROUPS: Record<Lang, Record<AgeGroup, string>> = {
  vi: { '18+': 'Từ 18 tuổi', '50+': 'Từ 50 tuổi', '12-17': '12–17 tuổi', '15-17': '15–17 tuổi', '5-11': '5–11 tuổi', all: 'Toàn dân' },
  en: { '18+': '18 and over', '50+': '50 and over', '12-17': '12–17', '15-17': '15–17', '5-11': '5–11', all: 'Everyone' },
};
const STAGES: Record<Lang, Record<Stage, string>> = {
  vi: { dose1: 'mũi 1', primary: 'hoàn thành liều cơ bản', booster: 'mũi nhắc lại' },
  en: { dose1: 'dose 1', primary: 'primary series', booster: 'booster' },
};
const AFTER = { vi: (p: string) => ` (đã tiêm ${p})`, en: (p: string) => ` (started on ${p})` };
const NO_PRODUCT = { vi: 'không có vắc xin phù hợp', en: 'no suitable vaccine' };

const shortageCells = (s: Shortage, lang: Lang): Cell[] => [
  s.products.length ? s.products.map((p) => p.name).join(', ') : NO_PRODUCT[lang],
  GROUPS[lang][s.ageGroup],
  STAGES[lang][s.stage] + (s.after ? AFTER[lang](s.after.name) : ''),
  s.doses,
];

export function stockTable(s: StockReply, lang: Lang, today: string): Table {
  const rows: Cell[][] = s.balances.map((b) => [
    b.unit.name, b.lot.product.code, b.lot.code, b.lot.expiryDate, b.received, b.transferIn, b.transferOut, b.wasted, b.adjust, b.given, b.balance,
    EXPIRY[lang][b.expiry],
  ]);
  // below the lots, each under a header row of its own: the surplus and shortage per unit, then what they are made of
  const unit = HEAD[lang][0]!;
  const gaps: Cell[][] = s.gaps.length ? [[], [unit, ...GAP[lang]], ...s.gaps.map((g) => [g.unit.name, g.usable, g.need, g.surplus, g.shortage])] : [];
  const details: Cell[][] = s.gaps.flatMap((g) => [
    ...g.surpluses.map((x) => [g.unit.name, KIND[lang].surplus, x.product.name, null, null, x.doses]),
    ...g.shortages.map((x) => [g.unit.name, KIND[lang].shortage, ...shortageCells(x, lang)]),
  ]);
  return {
    fileName: `ton-kho-vac-xin-${s.unit.code}-${today}`,
    title: lang === 'vi' ? `Tồn kho vắc xin — ${s.unit.fullName} — ${today}` : `Vaccine stock — ${s.unit.fullName} — ${today}`,
    sheetName: lang === 'vi' ? 'Tồn kho' : 'Stock',
    header: HEAD[lang],
    rows: [...rows, ...gaps, ...(details.length ? [[], [unit, ...DETAIL[lang]], ...details] : [])],
  };
}
