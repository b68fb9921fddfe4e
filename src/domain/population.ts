/** Population by age group from a spreadsheet: pure parsing and checks. */

/** A unit's population in one year, by the age groups the coverage targets use. */
export interface PopulationFigures {
  year: number;
  total: number;
  age18plus: number;
  age50plus: number;
  age12to17: number;
  age5to11: number;
}

export interface PopulationInput extends PopulationFigures {
  code: string;
  /** null when the file has no such column or the cell is blank (coverage of 15–17 then stays blank) */
  age15to17: number | null;
}

export const POPULATION_COLUMNS = ['Mã đơn vị', 'Năm', 'Tổng dân số', 'Từ 18 tuổi', 'Từ 50 tuổi', '12–17 tuổi', '5–11 tuổi'];
/** Optional, after the required columns (files made before it existed still import). */
export const AGE_15_17_COLUMN = '15–17 tuổi';
const isAge15to17Header = (h: unknown) => typeof h === 'string' && /^\s*15\s*[–-]\s*17/.test(h);

const wholeNumber = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
};

/** Rows after the header; `row` numbers in errors are the spreadsheet's (header = row 1). */
export function parsePopulationRows(rows: unknown[][], header: unknown[] = []): { rows: (PopulationInput & { row: number })[]; errors: { row: number; errors: { field: string; message: string }[] }[] } {
  const out: (PopulationInput & { row: number })[] = [];
  const errors: { row: number; errors: { field: string; message: string }[] }[] = [];
  const seen = new Set<string>();
  const at15 = header.findIndex((h, i) => i >= POPULATION_COLUMNS.length && isAge15to17Header(h));
  rows.forEach((cells, i) => {
    const row = i + 2;
    const problems: { field: string; message: string }[] = [];
    const code = String(cells[0] ?? '').trim();
    if (!/^(VN|\d{2}|\d{3}|\d{5})$/.test(code)) problems.push({ field: POPULATION_COLUMNS[0]!, message: `${POPULATION_COLUMNS[0]}: mã GSO không hợp lệ` });
    const nums = cells.slice(1, 7).map(wholeNumber);
    nums.forEach((n, j) => {
      if (n === null) problems.push({ field: POPULATION_COLUMNS[j + 1]!, message: `${POPULATION_COLUMNS[j + 1]}: phải là số nguyên không âm` });
    });
    const [year = 0, total = 0, a18 = 0, a50 = 0, a12 = 0, a5 = 0] = nums.map((n) => n ?? 0);
    if (nums[0] !== null && (year < 2000 || year > 2100)) problems.push({ field: 'Năm', message: 'Năm: ngoài khoảng 2000–2100' });
    const raw15 = at15 >= 0 ? cells[at15] : null;
    const a15 = raw15 === null || raw15 === undefined || raw15 === '' ? null : wholeNumber(raw15);
    if (a15 === null && raw15 !== null && raw15 !== undefined && raw15 !== '') problems.push({ field: AGE_15_17_COLUMN, message: `${AGE_15_17_COLUMN}: phải là số nguyên không âm` });
    if (a15 !== null && a15 > a12) problems.push({ field: AGE_15_17_COLUMN, message: `${AGE_15_17_COLUMN}: không thể lớn hơn số 12–17 tuổi` });
    if (a50 > a18) problems.push({ field: 'Từ 50 tuổi', message: 'Từ 50 tuổi: không thể lớn hơn số từ 18 tuổi' });
    if (a18 + a12 + a5 > total) problems.push({ field: 'Tổng dân số', message: 'Tổng dân số: nhỏ hơn tổng các nhóm tuổi' });
    const key = `${code}/${year}`;
    if (seen.has(key)) problems.push({ field: 'Mã đơn vị', message: `Mã đơn vị: ${code} lặp lại cho năm ${year}` });
    seen.add(key);
    if (problems.length) errors.push({ row, errors: problems });
    else out.push({ row, code, year, total, age18plus: a18, age50plus: a50, age12to17: a12, age15to17: a15, age5to11: a5 });
  });
  return { rows: out, errors };
}
