/** What one report adds to the totals above it, and the change when it moves. Pure. */
export type Values = Record<string, number>;

export interface Contribution {
  values: Values;
  reported: number;
  onTime: number;
}

export const NONE: Contribution = { values: {}, reported: 0, onTime: 0 };

export function contributionOf(r: { status: string; vals: Values; onTime: boolean | null } | undefined): Contribution {
  if (!r || (r.status !== 'submitted' && r.status !== 'approved')) return NONE;
  return { values: r.vals, reported: 1, onTime: r.onTime ? 1 : 0 };
}

export function difference(after: Contribution, before: Contribution): Contribution {
  const values: Values = {};
  for (const k of new Set([...Object.keys(after.values), ...Object.keys(before.values)])) {
    const d = (after.values[k] ?? 0) - (before.values[k] ?? 0);
    if (d !== 0) values[k] = d;
  }
  return { values, reported: after.reported - before.reported, onTime: after.onTime - before.onTime };
}

export const isZero = (c: Contribution) => c.reported === 0 && c.onTime === 0 && Object.keys(c.values).length === 0;
