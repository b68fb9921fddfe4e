/**
 * Data exchange (Excel template, DHIS2 dataValueSets): parsing and mapping, pure, no I/O.
 * A spreadsheet arrives here as plain rows of cell values; the server reads the file.
 */
import { isIsoDate } from './dates.ts';
import type { IndicatorDef, Issue, Lang } from './validation.ts';

export type Values = Record<string, number>;

const text = {
  vi: {
    noHeader: 'Không tìm thấy dòng tiêu đề (Mã đơn vị, Ngày báo cáo và các chỉ tiêu) trong 10 dòng đầu của trang tính',
    unitMissing: 'Thiếu mã đơn vị',
    unitUnknown: (c: string) => `Mã đơn vị ${c} không tồn tại`,
    unitLevel: (c: string) => `Đơn vị ${c} không thuộc cấp báo cáo của biểu mẫu này`,
    unitOutOfScope: (c: string) => `Đơn vị ${c} nằm ngoài phạm vi quản lý của bạn`,
    dateMissing: 'Thiếu ngày báo cáo',
    dateInvalid: (v: string) => `Ngày báo cáo không hợp lệ: "${v}" (định dạng dd/mm/yyyy)`,
    duplicate: (c: string, d: string, first: number) => `Đơn vị ${c}, ngày ${d} đã có ở dòng ${first}`,
    periodInvalid: (p: string) => `Kỳ báo cáo không hợp lệ: "${p}" (định dạng yyyyMMdd)`,
    orgUnitMissing: 'Thiếu orgUnit',
    periodMissing: 'Thiếu period',
    notCount: (v: string) => `giá trị "${v}" không phải số nguyên không âm`,
    twoValues: 'có hai giá trị khác nhau cho cùng chỉ tiêu, đơn vị và kỳ',
    dataSet: (d: string, f: string) => `dataSet ${d} khác biểu mẫu ${f}`,
    noValues: 'Không có dataValues nào',
    dataSetMissing: 'Thiếu dataSet (mã biểu mẫu)',
    dataSetUnknown: (d: string) => `Không có biểu mẫu ${d}`,
    rangeReversed: 'Ngày bắt đầu sau ngày kết thúc',
    rangeTooLong: (n: number) => `Khoảng thời gian tối đa ${n} ngày`,
    tooManyRows: (n: number) => `Tệp có quá nhiều dòng (tối đa ${n})`,
  },
  en: {
    noHeader: 'No header row (unit code, report date and the indicators) in the first 10 rows of the sheet',
    unitMissing: 'Unit code missing',
    unitUnknown: (c: string) => `Unit code ${c} does not exist`,
    unitLevel: (c: string) => `Unit ${c} is not at the reporting level of this form`,
    unitOutOfScope: (c: string) => `Unit ${c} is outside your scope`,
    dateMissing: 'Report date missing',
    dateInvalid: (v: string) => `Invalid report date: "${v}" (format dd/mm/yyyy)`,
    duplicate: (c: string, d: string, first: number) => `Unit ${c}, date ${d} is already on row ${first}`,
    periodInvalid: (p: string) => `Invalid period: "${p}" (format yyyyMMdd)`,
    orgUnitMissing: 'orgUnit missing',
    periodMissing: 'period missing',
    notCount: (v: string) => `value "${v}" is not a whole number ≥ 0`,
    twoValues: 'two different values for the same data element, org unit and period',
    dataSet: (d: string, f: string) => `dataSet ${d} differs from form ${f}`,
    noValues: 'No dataValues',
    dataSetMissing: 'dataSet (form code) missing',
    dataSetUnknown: (d: string) => `No form ${d}`,
    rangeReversed: 'The start date is after the end date',
    rangeTooLong: (n: number) => `The range is at most ${n} days`,
    tooManyRows: (n: number) => `Too many rows in the file (at most ${n})`,
  },
};

export const exchangeText = (lang: Lang) => text[lang];

/* ---------- cells ---------- */

export type Cell = string | number | boolean | Date | null;

/** An exceljs cell value (rich text, formula, hyperlink, error…) as a plain value. */
export function plainCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return plainCell(o.richText.map((r) => String((r as { text?: unknown }).text ?? '')).join(''));
    if ('result' in o) return plainCell(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null;
    if (typeof o.text === 'string') return plainCell(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * A report date as typed or as Excel stored it: 'dd/mm/yyyy' (also d/m/yyyy, with - or .),
 * 'yyyy-mm-dd', a date cell, or an Excel serial day number. Null when it is not a real date.
 */
export function parseDateCell(v: Cell): string | null {
  let iso: string | null = null;
  if (v instanceof Date) {
    if (!Number.isNaN(v.getTime())) iso = v.toISOString().slice(0, 10);
  } else if (typeof v === 'number') {
    // Excel serial: day 25569 is 1970-01-01
    if (Number.isInteger(v) && v > 20000 && v < 80000) iso = new Date((v - 25569) * 86_400_000).toISOString().slice(0, 10);
  } else if (typeof v === 'string') {
    const s = v.trim();
    let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (m) iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (m) iso = s;
  }
  return iso && isIsoDate(iso) ? iso : null;
}

/** GSO codes have a fixed width per level; Excel drops leading zeros from codes typed as numbers. */
const CODE_WIDTH: Record<number, number> = { 1: 2, 2: 3, 3: 5 };

export function normalizeUnitCode(v: Cell, level: number): string | null {
  if (v === null) return null;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return String(v).padStart(CODE_WIDTH[level] ?? 0, '0');
  const s = String(v).trim();
  if (/^\d+$/.test(s)) return s.padStart(CODE_WIDTH[level] ?? 0, '0');
  return s || null;
}

/**
 * An indicator cell: a number stays a number (the checks say if it is not a whole number ≥ 0),
 * a numeric text becomes a number, an empty cell is undefined, anything else is kept as text
 * so that the checks report it.
 */
export function countCell(v: Cell): unknown {
  if (v === null) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
  return v instanceof Date ? v.toISOString().slice(0, 10) : v;
}

/* ---------- the template sheet ---------- */

export const UNIT_KEY = 'unit_code';
export const NAME_KEY = 'unit_name';
export const PERIOD_KEY = 'period';

export const templateLabels = {
  vi: { unit: 'Mã đơn vị', name: 'Tên đơn vị', period: 'Ngày báo cáo', status: 'Trạng thái' },
  en: { unit: 'Unit code', name: 'Unit name', period: 'Report date', status: 'Status' },
};

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Column index → key (unit_code, period or an indicator code) for one header row. */
function headerKeys(cells: Cell[], indicators: IndicatorDef[]): Map<number, string> {
  const names = new Map<string, string>();
  for (const l of Object.values(templateLabels)) {
    names.set(fold(l.unit), UNIT_KEY);
    names.set(fold(l.period), PERIOD_KEY);
  }
  for (const k of [UNIT_KEY, PERIOD_KEY]) names.set(k, k);
  for (const i of indicators) {
    names.set(fold(i.code), i.code);
    names.set(fold(i.nameVi), i.code);
    names.set(fold(i.nameEn), i.code);
  }
  const keys = new Map<number, string>();
  cells.forEach((c, col) => {
    const key = c === null ? undefined : names.get(fold(String(c)));
    if (key && ![...keys.values()].includes(key)) keys.set(col, key);
  });
  return keys;
}

export interface SheetRow {
  /** the Excel row number (1-based) */
  row: number;
  unitCode: string | null;
  period: string | null;
  values: Record<string, unknown>;
  errors: Issue[];
}

export type ParsedSheet = { ok: true; rows: SheetRow[] } | { ok: false; message: string };

/**
 * Finds the header (the last of the first 10 rows naming the unit code, the date and at least
 * one indicator, by code or by name, so the template's two header rows both qualify) and reads
 * the data rows below it. Rows with no indicator value are skipped (units not filled in).
 */
export function parseSheet(
  rows: { row: number; cells: Cell[] }[],
  indicators: IndicatorDef[],
  submitLevel: number,
  lang: Lang,
): ParsedSheet {
  const t = text[lang];
  let header: { index: number; keys: Map<number, string> } | undefined;
  for (const [index, r] of rows.slice(0, 10).entries()) {
    const keys = headerKeys(r.cells, indicators);
    const vals = [...keys.values()];
    if (vals.includes(UNIT_KEY) && vals.includes(PERIOD_KEY) && vals.length > 2) header = { index, keys };
  }
  if (!header) return { ok: false, message: t.noHeader };
  const out: SheetRow[] = [];
  for (const r of rows.slice(header.index + 1)) {
    const row: SheetRow = { row: r.row, unitCode: null, period: null, values: {}, errors: [] };
    let rawPeriod: Cell = null;
    for (const [col, key] of header.keys) {
      const cell = r.cells[col] ?? null;
      if (key === UNIT_KEY) row.unitCode = normalizeUnitCode(cell, submitLevel);
      else if (key === PERIOD_KEY) rawPeriod = cell;
      else {
        const v = countCell(cell);
        if (v !== undefined) row.values[key] = v;
      }
    }
    if (!Object.keys(row.values).length) continue;
    if (!row.unitCode) row.errors.push({ field: UNIT_KEY, message: t.unitMissing });
    if (rawPeriod === null) row.errors.push({ field: PERIOD_KEY, message: t.dateMissing });
    else {
      row.period = parseDateCell(rawPeriod);
      if (!row.period) {
        const shown = rawPeriod instanceof Date ? rawPeriod.toISOString() : String(rawPeriod);
        row.errors.push({ field: PERIOD_KEY, message: t.dateInvalid(shown) });
      }
    }
    out.push(row);
  }
  markDuplicates(out, lang);
  return { ok: true, rows: out };
}

/** A second row for the same unit and date is an error on that row. */
export function markDuplicates(rows: SheetRow[], lang: Lang): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.unitCode || !r.period) continue;
    const key = `${r.unitCode}|${r.period}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, r.row);
    else r.errors.push({ field: UNIT_KEY, message: text[lang].duplicate(r.unitCode, formatViDate(r.period), first) });
  }
}

/* ---------- DHIS2 ---------- */

export const toDhis2Period = (iso: string) => iso.replace(/-/g, '');

/** 'yyyyMMdd' (DHIS2 daily period) → 'YYYY-MM-DD'; 'YYYY-MM-DD' is accepted too. */
export function fromDhis2Period(p: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(p.trim());
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  return iso && isIsoDate(iso) ? iso : null;
}

export interface DataValueIn {
  dataElement?: unknown;
  period?: unknown;
  orgUnit?: unknown;
  value?: unknown;
}

export interface DataValueSetIn {
  dataSet?: unknown;
  period?: unknown;
  orgUnit?: unknown;
  dataValues?: DataValueIn[];
}

export interface Conflict {
  object: string;
  value: string;
}

export interface DvGroup {
  orgUnit: string;
  period: string;
  values: Values;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());

/** DHIS2 values are text; a count is digits only (a whole JSON number is accepted too). */
export function parseCount(v: unknown): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v.trim())) return Number(v.trim());
  return null;
}

/**
 * Groups a dataValueSet into one set of values per (orgUnit, period), with the set's
 * top-level orgUnit/period as defaults. Every value that is not a count is a conflict naming
 * its data element, org unit and period.
 */
export function groupDataValues(set: DataValueSetIn, formCode: string, lang: Lang): { groups: DvGroup[]; conflicts: Conflict[] } {
  const t = text[lang];
  const conflicts: Conflict[] = [];
  const dataSet = str(set.dataSet);
  if (dataSet && dataSet !== formCode) conflicts.push({ object: dataSet, value: t.dataSet(dataSet, formCode) });
  const dvs = Array.isArray(set.dataValues) ? set.dataValues : [];
  if (!dvs.length) conflicts.push({ object: 'dataValues', value: t.noValues });
  const groups = new Map<string, DvGroup>();
  for (const dv of dvs) {
    const de = str(dv.dataElement);
    const ou = str(dv.orgUnit) || str(set.orgUnit);
    const pe = str(dv.period) || str(set.period);
    const where = `${de} / ${ou} / ${pe}`;
    if (!ou) { conflicts.push({ object: de, value: `${where}: ${t.orgUnitMissing}` }); continue; }
    if (!pe) { conflicts.push({ object: de, value: `${where}: ${t.periodMissing}` }); continue; }
    const period = fromDhis2Period(pe);
    if (!period) { conflicts.push({ object: pe, value: `${where}: ${t.periodInvalid(pe)}` }); continue; }
    const n = parseCount(dv.value);
    if (n === null) { conflicts.push({ object: de, value: `${where}: ${t.notCount(str(dv.value))}` }); continue; }
    const key = `${ou}|${period}`;
    const g = groups.get(key) ?? { orgUnit: ou, period, values: {} };
    groups.set(key, g);
    if (g.values[de] !== undefined && g.values[de] !== n) conflicts.push({ object: de, value: `${where}: ${t.twoValues}` });
    g.values[de] = n;
  }
  return { groups: [...groups.values()], conflicts };
}

export interface ReportForExport {
  unitCode: string;
  period: string;
  vals: Values;
  storedBy: string | null;
  lastUpdated: string;
}

export interface DataValueOut {
  dataElement: string;
  period: string;
  orgUnit: string;
  value: string;
  storedBy?: string;
  lastUpdated: string;
}

/** Reports as DHIS2 data values, in the form's indicator order. */
export function toDataValues(reports: ReportForExport[], indicators: { code: string }[]): DataValueOut[] {
  const out: DataValueOut[] = [];
  for (const r of reports) {
    for (const { code } of indicators) {
      const v = r.vals[code];
      if (v === undefined || v === null) continue;
      out.push({
        dataElement: code,
        period: toDhis2Period(r.period),
        orgUnit: r.unitCode,
        value: String(v),
        ...(r.storedBy ? { storedBy: r.storedBy } : {}),
        lastUpdated: r.lastUpdated,
      });
    }
  }
  return out;
}

/* ---------- what an import changes ---------- */

export function sameValues(a: Values, b: Values): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] === a[k]);
}

/**
 * DHIS2 counts per data value: new (imported), changed or re-submitted (updated), the same
 * as what already counts (ignored).
 */
export function valueCounts(
  existing: { vals: Values; counted: boolean } | undefined,
  incoming: Values,
): { imported: number; updated: number; ignored: number } {
  const c = { imported: 0, updated: 0, ignored: 0 };
  for (const [k, v] of Object.entries(incoming)) {
    const old = existing?.vals[k];
    if (old === undefined) c.imported++;
    else if (old !== v || !existing!.counted) c.updated++;
    else c.ignored++;
  }
  return c;
}
