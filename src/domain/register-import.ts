/**
 * Register import (people, tests, cases, contacts from Excel or CSV): the columns of each
 * kind, CSV reading, and turning a row of cells into typed fields with errors naming the
 * column. Pure: the server resolves units and people and applies the rows.
 */
import { parseDateCell, plainCell, type Cell } from './exchange.ts';
import { foldVietnamese } from './text.ts';
import type { Issue, Lang } from './validation.ts';

export type ImportKind = 'people' | 'tests' | 'cases' | 'contacts';
export const IMPORT_KINDS: ImportKind[] = ['people', 'tests', 'cases', 'contacts'];

type Type = 'text' | 'date' | 'datetime' | 'bool' | { enum: Record<string, { vi: string; en: string }> };

export interface Column {
  key: string;
  vi: string;
  en: string;
  type: Type;
  required?: boolean;
}

const e = (vi: string, en: string) => ({ vi, en });

export const ENUMS = {
  sex: { male: e('Nam', 'Male'), female: e('Nữ', 'Female'), other: e('Khác', 'Other') },
  testKind: { pcr: e('PCR', 'PCR'), antigen: e('Test nhanh kháng nguyên', 'Rapid antigen') },
  result: {
    pending: e('Chờ kết quả', 'Pending'), positive: e('Dương tính', 'Positive'), negative: e('Âm tính', 'Negative'),
    invalid: e('Không xác định', 'Invalid'),
  },
  origin: { domestic: e('Trong nước', 'Domestic'), imported: e('Nhập cảnh', 'Imported') },
  detection: { community: e('Cộng đồng', 'Community'), quarantine: e('Trong khu cách ly', 'In quarantine') },
  status: {
    home_care: e('Điều trị tại nhà', 'Home care'), centralised: e('Cách ly tập trung', 'Centralised'),
    hospital_t1: e('Bệnh viện tầng 1', 'Hospital tier 1'), hospital_t2: e('Bệnh viện tầng 2', 'Hospital tier 2'),
    hospital_t3: e('Bệnh viện tầng 3', 'Hospital tier 3'), recovered: e('Khỏi bệnh', 'Recovered'), died: e('Tử vong', 'Died'),
  },
  exposure: {
    household: e('Cùng hộ gia đình', 'Household'), workplace: e('Nơi làm việc', 'Workplace'), school: e('Trường học', 'School'),
    vehicle: e('Cùng phương tiện', 'Same vehicle'), flight: e('Chuyến bay', 'Flight'), venue: e('Địa điểm công cộng', 'Venue'),
    healthcare: e('Cơ sở y tế', 'Healthcare'), other: e('Khác', 'Other'),
  },
};

const PERSON: Column[] = [
  { key: 'national_id', vi: 'Số CCCD/CMND', en: 'National ID', type: 'text' },
  { key: 'full_name', vi: 'Họ và tên', en: 'Full name', type: 'text', required: true },
  { key: 'birth_date', vi: 'Ngày sinh', en: 'Birth date', type: 'date' },
  { key: 'sex', vi: 'Giới tính', en: 'Sex', type: { enum: ENUMS.sex } },
  { key: 'phone', vi: 'Số điện thoại', en: 'Phone', type: 'text' },
  { key: 'unit_code', vi: 'Mã xã/phường cư trú', en: 'Residence unit code', type: 'text', required: true },
  { key: 'address', vi: 'Địa chỉ', en: 'Address', type: 'text' },
  { key: 'workplace', vi: 'Nơi làm việc/học tập', en: 'Workplace/school', type: 'text' },
];

export const COLUMNS: Record<ImportKind, Column[]> = {
  people: PERSON,
  tests: [
    ...PERSON,
    { key: 'test_kind', vi: 'Loại xét nghiệm', en: 'Test kind', type: { enum: ENUMS.testKind }, required: true },
    { key: 'sampled_at', vi: 'Thời gian lấy mẫu', en: 'Sampled at', type: 'datetime', required: true },
    { key: 'place', vi: 'Nơi lấy mẫu', en: 'Sampling place', type: 'text' },
    { key: 'lab', vi: 'Phòng xét nghiệm', en: 'Laboratory', type: 'text' },
    { key: 'result', vi: 'Kết quả', en: 'Result', type: { enum: ENUMS.result }, required: true },
    { key: 'result_at', vi: 'Thời gian có kết quả', en: 'Result at', type: 'datetime' },
    { key: 'symptoms', vi: 'Có triệu chứng (Có/Không)', en: 'Symptoms (Yes/No)', type: 'bool' },
  ],
  cases: [
    ...PERSON,
    { key: 'confirmed_at', vi: 'Ngày xác định ca bệnh', en: 'Confirmed at', type: 'datetime', required: true },
    { key: 'origin', vi: 'Nguồn lây', en: 'Origin', type: { enum: ENUMS.origin }, required: true },
    { key: 'detection', vi: 'Phát hiện tại', en: 'Detected', type: { enum: ENUMS.detection }, required: true },
    { key: 'infected_place', vi: 'Nơi nhiễm', en: 'Where infected', type: 'text' },
    { key: 'symptom_onset', vi: 'Ngày khởi phát', en: 'Symptom onset', type: 'date' },
    { key: 'status', vi: 'Tình trạng', en: 'Status', type: { enum: ENUMS.status }, required: true },
    { key: 'status_date', vi: 'Ngày của tình trạng', en: 'Status date', type: 'date' },
  ],
  contacts: [
    { key: 'source_person_id', vi: 'Mã người nguồn (EpiCenter)', en: 'Source person ID (EpiCenter)', type: 'text' },
    { key: 'source_national_id', vi: 'Số CCCD/CMND người nguồn', en: 'Source national ID', type: 'text' },
    { key: 'source_full_name', vi: 'Họ và tên người nguồn', en: 'Source full name', type: 'text' },
    { key: 'source_birth_date', vi: 'Ngày sinh người nguồn', en: 'Source birth date', type: 'date' },
    ...PERSON,
    { key: 'exposure_type', vi: 'Hình thức tiếp xúc', en: 'Exposure type', type: { enum: ENUMS.exposure }, required: true },
    { key: 'exposure_date', vi: 'Ngày tiếp xúc', en: 'Exposure date', type: 'date', required: true },
    { key: 'place', vi: 'Nơi tiếp xúc', en: 'Exposure place', type: 'text' },
  ],
};

const text = {
  vi: {
    required: (c: string) => `${c}: bắt buộc nhập`,
    date: (c: string, v: string) => `${c}: "${v}" không phải ngày hợp lệ (dd/mm/yyyy)`,
    datetime: (c: string, v: string) => `${c}: "${v}" không phải thời gian hợp lệ (dd/mm/yyyy hh:mm)`,
    choice: (c: string, v: string, ok: string) => `${c}: "${v}" không hợp lệ, chọn một trong: ${ok}`,
    bool: (c: string, v: string) => `${c}: "${v}" không hợp lệ (Có/Không)`,
    noHeader: 'Không tìm thấy dòng tiêu đề (tên cột hoặc mã cột của mẫu) trong 10 dòng đầu',
  },
  en: {
    required: (c: string) => `${c}: required`,
    date: (c: string, v: string) => `${c}: "${v}" is not a valid date (dd/mm/yyyy)`,
    datetime: (c: string, v: string) => `${c}: "${v}" is not a valid time (dd/mm/yyyy hh:mm)`,
    choice: (c: string, v: string, ok: string) => `${c}: "${v}" is not valid; one of: ${ok}`,
    bool: (c: string, v: string) => `${c}: "${v}" is not valid (Yes/No)`,
    noHeader: 'No header row (the template’s column names or codes) in the first 10 rows',
  },
};
export const importText = (lang: Lang) => text[lang];

/* ---------- CSV ---------- */

/**
 * RFC 4180 CSV (UTF-8, optional BOM); the delimiter is a comma or, as Excel writes it in Vietnam, a
 * semicolon. A line without quotes is split as it is (most lines of a large file); a quoted record
 * is read character by character and may run over several lines. `row` counts records from 1.
 */
export function parseCsv(input: string): { row: number; cells: Cell[] }[] {
  const s = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = s.slice(0, s.indexOf('\n') === -1 ? s.length : s.indexOf('\n'));
  const delim = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: { row: number; cells: Cell[] }[] = [];
  let pos = 0;
  for (let line = 1; pos < s.length; line++) {
    const found = s.indexOf('\n', pos);
    const nl = found === -1 ? s.length : found;
    const plain = s.slice(pos, nl);
    const record = plain.includes('"') ? quotedRecord(s, pos, delim) : { cells: plain.split(delim).map(plainCell), next: nl + 1 };
    if (record.cells.some((c) => c !== null)) rows.push({ row: line, cells: record.cells });
    pos = record.next;
  }
  return rows;
}

/** One record from `pos` to the first newline outside quotes: its cells and where the next one starts. */
function quotedRecord(s: string, pos: number, delim: string): { cells: Cell[]; next: number } {
  const cells: Cell[] = [];
  let cur = '';
  let quoted = false;
  let i = pos;
  for (; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === delim) {
      cells.push(plainCell(cur));
      cur = '';
    } else if (ch === '\n') break;
    else cur += ch;
  }
  cells.push(plainCell(cur));
  return { cells, next: i + 1 };
}

/* ---------- rows ---------- */

const fold = (v: string) => foldVietnamese(v);

/** Column index → key: the header is the last of the first 10 rows naming at least two columns (by code or name). */
export function findHeader(rows: { cells: Cell[] }[], columns: Column[]): { index: number; keys: Map<number, string> } | null {
  const names = new Map<string, string>();
  for (const c of columns) for (const n of [c.key, c.vi, c.en]) names.set(fold(n), c.key);
  let found: { index: number; keys: Map<number, string> } | null = null;
  for (const [index, r] of rows.slice(0, 10).entries()) {
    const keys = new Map<number, string>();
    r.cells.forEach((cell, col) => {
      const key = cell === null ? undefined : names.get(fold(String(cell)));
      if (key && ![...keys.values()].includes(key)) keys.set(col, key);
    });
    if (keys.size >= 2) found = { index, keys };
  }
  return found;
}

const pad = (n: string) => n.padStart(2, '0');

/** 'dd/mm/yyyy hh:mm[:ss]', a date alone (00:00), an Excel date-time: an instant in Vietnam time (UTC+7). */
export function parseDateTimeCell(v: Cell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : new Date(v.getTime() - 7 * 3_600_000).toISOString();
  if (typeof v === 'number' && v > 20000 && v < 80000) {
    // an Excel serial day with a fraction of a day, in local (Vietnam) time
    return new Date(Math.round((v - 25569) * 86_400_000) - 7 * 3_600_000).toISOString();
  }
  if (typeof v === 'string') {
    const m = /^(.+?)[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(v.trim());
    const date = parseDateCell(m ? m[1]! : v);
    if (!date) return null;
    const [h, min, sec] = m ? [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)] : [0, 0, 0];
    if (h > 23 || min > 59 || sec > 59) return null;
    return new Date(`${date}T${pad(String(h))}:${pad(String(min))}:${pad(String(sec))}+07:00`).toISOString();
  }
  return null;
}

export type Fields = Record<string, string | boolean | null>;

/** Key → column of a header, worked out once per header rather than once per row. */
const byKeyOf = new WeakMap<Map<number, string>, Map<string, number>>();
function columnsByKey(keys: Map<number, string>): Map<string, number> {
  let out = byKeyOf.get(keys);
  if (!out) {
    out = new Map([...keys].map(([col, key]) => [key, col]));
    byKeyOf.set(keys, out);
  }
  return out;
}

/** One data row → typed fields (dates 'YYYY-MM-DD', times ISO, choices as codes) and the errors, by column key. */
export function readRow(cells: Cell[], keys: Map<number, string>, columns: Column[], lang: Lang): { fields: Fields; errors: Issue[] } {
  const t = text[lang];
  const fields: Fields = {};
  const errors: Issue[] = [];
  const colOf = columnsByKey(keys);
  for (const c of columns) {
    const col = colOf.get(c.key);
    const raw = col === undefined ? null : (cells[col] ?? null);
    const name = lang === 'vi' ? c.vi : c.en;
    const shown = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
    fields[c.key] = null;
    if (raw === null) {
      if (c.required) errors.push({ field: c.key, message: t.required(name) });
      continue;
    }
    if (c.type === 'text') fields[c.key] = typeof raw === 'number' ? String(raw) : String(raw).trim();
    else if (c.type === 'date') {
      fields[c.key] = parseDateCell(raw);
      if (!fields[c.key]) errors.push({ field: c.key, message: t.date(name, shown) });
    } else if (c.type === 'datetime') {
      fields[c.key] = parseDateTimeCell(raw);
      if (!fields[c.key]) errors.push({ field: c.key, message: t.datetime(name, shown) });
    } else if (c.type === 'bool') {
      const f = fold(String(raw));
      if (['co', 'yes', 'x', '1', 'true'].includes(f)) fields[c.key] = true;
      else if (['khong', 'no', '0', 'false'].includes(f)) fields[c.key] = false;
      else errors.push({ field: c.key, message: t.bool(name, shown) });
    } else {
      const f = fold(String(raw));
      const hit = Object.entries(c.type.enum).find(([code, l]) => fold(code) === f || fold(l.vi) === f || fold(l.en) === f);
      if (hit) fields[c.key] = hit[0];
      else errors.push({ field: c.key, message: t.choice(name, shown, Object.values(c.type.enum).map((l) => l[lang]).join(', ')) });
    }
  }
  return { fields, errors };
}

/** What a person is known by in a file or the register: the national ID, else name + birth date + phone. */
export function personKey(p: { nationalId: string | null; fullName: string; birthDate: string | null; phone: string | null }): string {
  return p.nationalId ? `id:${p.nationalId}` : `nm:${foldVietnamese(p.fullName)}|${p.birthDate ?? ''}|${p.phone ?? ''}`;
}
