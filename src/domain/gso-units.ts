/**
 * The GSO administrative-unit list in its spreadsheet layout: one row per commune with
 * the province, district and commune code/name columns (a district with no commune
 * has empty commune cells). Pure: turns rows into the three levels, or every bad row.
 */
export interface GsoUnit {
  code: string;
  fullName: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

export interface GsoTree {
  provinces: GsoUnit[];
  districts: GsoUnit[];
  communes: GsoUnit[];
}

const PREFIXES: [string, string][] = [
  ['Thành phố', 'thanh-pho'],
  ['Tỉnh', 'tinh'],
  ['Quận', 'quan'],
  ['Huyện', 'huyen'],
  ['Thị xã', 'thi-xa'],
  ['Thị trấn', 'thi-tran'],
  ['Phường', 'phuong'],
  ['Xã', 'xa'],
];

/** "Thành phố Hạ Long" → name "Hạ Long", kind "thanh-pho". Numbered wards keep their prefix ("Phường 1"). */
export function splitUnitName(fullName: string): { name: string; kind: string } {
  for (const [prefix, kind] of PREFIXES) {
    if (fullName.startsWith(prefix + ' ')) {
      const rest = fullName.slice(prefix.length + 1).trim();
      return { name: /^\d+$/.test(rest) ? fullName : rest, kind };
    }
  }
  return { name: fullName, kind: 'khac' };
}

export const GSO_COLUMNS = ['Tỉnh / Thành Phố', 'Mã TP', 'Quận Huyện', 'Mã QH', 'Phường Xã', 'Mã PX'] as const;

export function parseGsoRows(rows: string[][]): { tree: GsoTree; errors: { row: number; message: string }[] } {
  const provinces = new Map<string, GsoUnit>();
  const districts = new Map<string, GsoUnit>();
  const communes = new Map<string, GsoUnit>();
  const errors: { row: number; message: string }[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2; // row 1 is the header
    const [pName = '', pCode = '', dName = '', dCode = '', cName = '', cCode = ''] = cells.map((c) => (c ?? '').trim());
    if (!/^\d{2}$/.test(pCode) || !pName) return void errors.push({ row, message: 'Mã TP phải có 2 chữ số và có tên tỉnh' });
    if (!/^\d{3}$/.test(dCode) || !dName) return void errors.push({ row, message: 'Mã QH phải có 3 chữ số và có tên huyện' });
    if (cCode && !/^\d{5}$/.test(cCode)) return void errors.push({ row, message: 'Mã PX phải có 5 chữ số' });
    const add = (map: Map<string, GsoUnit>, code: string, fullName: string, parentCode: string | null) => {
      const known = map.get(code);
      if (known && (known.fullName !== fullName || known.parentCode !== parentCode)) {
        errors.push({ row, message: `Mã ${code} đã dùng cho ${known.fullName}` });
      } else if (!known) map.set(code, { code, fullName, parentCode, ...splitUnitName(fullName) });
    };
    add(provinces, pCode, pName, null);
    add(districts, dCode, dName, pCode);
    if (cCode) add(communes, cCode, cName, dCode);
  });
  return { tree: { provinces: [...provinces.values()], districts: [...districts.values()], communes: [...communes.values()] }, errors };
}
