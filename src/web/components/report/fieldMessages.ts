export interface FieldMessage {
  field: string;
  message: string;
}

export interface GroupedMessages {
  byField: Record<string, string[]>;
  /** messages that belong to no input of the form */
  other: string[];
}

/** "pcr_persons", "values.pcr_persons", "/values/pcr_persons" and "/body/values/pcr_persons" all name the same input. */
export function indicatorOf(field: string): string {
  const parts = field.split(/[./]/).filter(Boolean);
  return parts[parts.length - 1] ?? field;
}

export function groupMessages(items: readonly FieldMessage[], known: ReadonlySet<string>): GroupedMessages {
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  for (const { field, message } of items) {
    const code = indicatorOf(field);
    if (known.has(code)) (byField[code] ??= []).push(message);
    else other.push(message);
  }
  return { byField, other };
}

/** Only whole, non-negative numbers are sent; empty inputs are left out. */
export function collectValues(raw: Record<string, unknown>): { values: Record<string, number>; invalid: string[] } {
  const values: Record<string, number> = {};
  const invalid: string[] = [];
  for (const [code, v] of Object.entries(raw)) {
    if (v === null || v === undefined || v === '') continue;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) values[code] = v;
    else invalid.push(code);
  }
  return { values, invalid };
}
