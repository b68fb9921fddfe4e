export type Flat = string | number | boolean | null;

export interface DiffRow {
  key: string;
  before: Flat | undefined;
  after: Flat | undefined;
  changed: boolean;
}

const isFlatValue = (v: unknown): v is Flat => v === null || ['string', 'number', 'boolean'].includes(typeof v);

function flatObject(v: unknown): Record<string, Flat> | null {
  if (v === null || v === undefined) return {};
  if (typeof v !== 'object' || Array.isArray(v)) return null;
  const entries = Object.entries(v as Record<string, unknown>);
  return entries.every(([, x]) => isFlatValue(x)) ? (Object.fromEntries(entries) as Record<string, Flat>) : null;
}

/**
 * Key by key, what an audit entry changed; null when `before` or `after` is not a flat object
 * (nested values or arrays), which are then shown as JSON instead.
 */
export function flatDiff(before: unknown, after: unknown): DiffRow[] | null {
  const b = flatObject(before);
  const a = flatObject(after);
  if (!b || !a) return null;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => ({ key, before: b[key], after: a[key], changed: b[key] !== a[key] }));
}

/** A cell of the diff, or a whole JSON value, as text. */
export function showValue(v: unknown): string {
  if (v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 2);
}
