/** The import template of each kind: names in the user's language, the column codes the import reads, a guide sheet. */
import ExcelJS from 'exceljs';
import { COLUMNS, type ImportKind } from '../../../domain/register-import.ts';
import type { Lang } from '../../../domain/validation.ts';

const guide = {
  vi: {
    sheet: 'Hướng dẫn',
    intro: 'Nhập từ dòng 3 của trang đầu. Dòng 2 là mã cột, không xoá. Ngày dạng dd/mm/yyyy, thời gian dd/mm/yyyy hh:mm (giờ Việt Nam).',
    identify: 'Mỗi người được nhận diện bằng số CCCD/CMND, hoặc họ tên + ngày sinh (+ số điện thoại). Người chưa có trong sổ sẽ được tạo mới.',
    all: 'Tệp có dòng lỗi thì không dòng nào được nhập. Nhập lại cùng tệp không tạo bản ghi trùng.',
    tests: 'Xét nghiệm dương tính nhập từ tệp KHÔNG tự động tạo ca bệnh: nhập ca bệnh bằng mẫu "Ca bệnh".',
    cases: 'Ca bệnh nhập từ tệp là hồ sơ lịch sử: nguồn lây, nơi phát hiện và tình trạng lấy đúng như trong tệp.',
    contacts: 'Người nguồn phải có trong sổ thuộc phạm vi của bạn: ghi mã người (EpiCenter), hoặc số CCCD, hoặc họ tên và ngày sinh.',
    column: 'Cột', code: 'Mã cột', required: 'Bắt buộc', values: 'Giá trị',
  },
  en: {
    sheet: 'Guide',
    intro: 'Enter data from row 3 of the first sheet. Row 2 holds the column codes: keep it. Dates dd/mm/yyyy, times dd/mm/yyyy hh:mm (Vietnam time).',
    identify: 'A person is identified by national ID, or by full name + birth date (+ phone). People not yet registered are created.',
    all: 'If any row is bad nothing is imported. Importing the same file again creates no duplicates.',
    tests: 'Positive tests imported from a file do NOT create cases automatically: import cases with the "cases" template.',
    cases: 'Imported cases are historic records: origin, detection and status are taken from the file as they are.',
    contacts: 'The source person must be registered within your scope: give the EpiCenter person ID, the national ID, or name and birth date.',
    column: 'Column', code: 'Code', required: 'Required', values: 'Values',
  },
};

export async function registerTemplate(kind: ImportKind, lang: Lang): Promise<Buffer> {
  const g = guide[lang];
  const columns = COLUMNS[kind];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'EpiCenter';
  const ws = wb.addWorksheet(kind, { views: [{ state: 'frozen', ySplit: 2 }] });
  const head = ws.addRow(columns.map((c) => (lang === 'vi' ? c.vi : c.en) + (c.required ? ' *' : '')));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  const codes = ws.addRow(columns.map((c) => c.key));
  codes.font = { italic: true, color: { argb: 'FF808080' }, size: 9 };
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(14, Math.min(30, c.vi.length + 4));
    if (c.type === 'text' || c.type === 'date' || c.type === 'datetime') col.numFmt = '@';
  });
  const info = wb.addWorksheet(g.sheet);
  for (const line of [g.intro, g.identify, g.all, ...(kind === 'people' ? [] : [g[kind]])]) info.addRow([line]);
  info.addRow([]);
  info.addRow([g.column, g.code, g.required, g.values]).font = { bold: true };
  for (const c of columns) {
    const values = typeof c.type === 'object' ? Object.values(c.type.enum).map((l) => l[lang]).join(', ') : '';
    info.addRow([lang === 'vi' ? c.vi : c.en, c.key, c.required ? '✓' : '', values]);
  }
  info.getColumn(1).width = 40;
  info.getColumn(2).width = 20;
  info.getColumn(4).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
