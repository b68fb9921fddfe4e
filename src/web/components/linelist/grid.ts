/**
 * The line-listing grid's pure parts: what a column accepts, pasting a block copied from
 * Excel, and placing the server's row errors on their cells.
 */
import { foldVietnamese } from '../../../domain/text.ts';

export type CellKind = 'text' | 'date' | 'datetime' | 'select' | 'check';

export interface GridColumn {
  key: string;
  title: string;
  kind?: CellKind;
  width?: number;
  options?: readonly { value: string; label: string }[];
  /** server field names (`person.fullName`, `exposureDate` …) whose errors show in this cell */
  fields?: readonly string[];
}

export type GridRow = Record<string, string> & { _key: string };

let counter = 0;
export function emptyRow(defaults: Record<string, string> = {}): GridRow {
  return { ...defaults, _key: `r${++counter}` };
}

export const isBlankRow = (row: GridRow, defaults: Record<string, string> = {}) =>
  Object.entries(row).every(([k, v]) => k.startsWith('_') || v.trim() === '' || defaults[k] === v);

/** Tab-separated text as Excel copies it: rows by line, cells by tab, quoted cells may hold newlines. */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const TRUE_WORDS = new Set(['x', '1', 'co', 'yes', 'y', 'true', 'dung', 'v']);

const pad = (n: string) => n.padStart(2, '0');

/** dd/mm/yyyy (Vietnamese), yyyy-mm-dd, or as typed when unrecognised (the server names the error). */
export function normaliseDate(text: string): string {
  const s = text.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (vn) return `${vn[3]}-${pad(vn[2]!)}-${pad(vn[1]!)}`;
  return s;
}

/** A date and time in Vietnam ("dd/mm/yyyy hh:mm" or ISO) as yyyy-mm-ddThh:mm. */
export function normaliseDateTime(text: string): string {
  const s = text.trim();
  const m = /^(\S+)(?:[ T](\d{1,2}):(\d{2}))?/.exec(s);
  if (!m) return s;
  const date = normaliseDate(m[1]!);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return s;
  return `${date}T${pad(m[2] ?? '00')}:${m[3] ?? '00'}`;
}

/** What a pasted or typed text becomes in a cell of this column. */
export function normaliseCell(col: GridColumn, text: string): string {
  const s = text.trim();
  switch (col.kind) {
    case 'check':
      return TRUE_WORDS.has(foldVietnamese(s)) ? 'true' : '';
    case 'date':
      return normaliseDate(s);
    case 'datetime':
      return normaliseDateTime(s);
    case 'select': {
      const f = foldVietnamese(s);
      const hit = col.options?.find((o) => foldVietnamese(o.value) === f || foldVietnamese(o.label) === f);
      return hit ? hit.value : s;
    }
    default:
      return s;
  }
}

/** Pastes a block at (row, col): fills cells to the right and down, adding rows as needed. */
export function pasteBlock(
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  at: { row: number; col: number },
  block: string[][],
  newRow: () => GridRow,
): GridRow[] {
  const out = rows.map((r) => ({ ...r }));
  block.forEach((cells, i) => {
    const r = at.row + i;
    while (out.length <= r) out.push(newRow());
    cells.forEach((text, j) => {
      const col = columns[at.col + j];
      if (col) out[r]![col.key] = normaliseCell(col, text);
    });
  });
  return out;
}

export interface CellErrors {
  /** by grid row index, then column key */
  cells: Map<number, Map<string, string[]>>;
  /** messages of a row that no column shows */
  rows: Map<number, string[]>;
}

/**
 * Places row errors on cells. `sent[i]` is the grid row index of the i-th row sent; the server
 * numbers rows from 1 (422) or, for schema errors (400), names fields `rows.<i>.<field>` from 0.
 */
export function placeErrors(
  columns: readonly GridColumn[],
  sent: readonly number[],
  rowErrors: readonly { row: number; errors: readonly { field: string; message: string }[] }[],
  fieldErrors: readonly { field: string; message: string }[] = [],
): CellErrors {
  const cells = new Map<number, Map<string, string[]>>();
  const rows = new Map<number, string[]>();
  const columnOf = (field: string) =>
    columns.find((c) => (c.fields ?? [c.key]).some((f) => field === f || field.startsWith(`${f}.`)));
  const add = (gridRow: number | undefined, field: string, message: string) => {
    if (gridRow === undefined) return;
    const col = columnOf(field);
    if (!col) {
      rows.set(gridRow, [...(rows.get(gridRow) ?? []), message]);
      return;
    }
    const m = cells.get(gridRow) ?? new Map<string, string[]>();
    m.set(col.key, [...(m.get(col.key) ?? []), message]);
    cells.set(gridRow, m);
  };
  for (const r of rowErrors) for (const e of r.errors) add(sent[r.row - 1], e.field, e.message);
  for (const e of fieldErrors) {
    const m = /^rows\.(\d+)(?:\.(.*))?$/.exec(e.field);
    if (m) add(sent[Number(m[1])], m[2] ?? '', e.message);
  }
  return { cells, rows };
}
