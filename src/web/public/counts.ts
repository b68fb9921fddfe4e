import type { Count, Suppression } from '../api/public.ts';

/** A count of people as the portal shows it: "<5" when the small-count rule hid it. */
export function countText(c: Count, suppression: Suppression, num: (n: number | null) => string): string {
  return c.suppressed ? suppression.label : num(c.value);
}

/** The noun key of units at a level for a count: "1 province", "2 provinces" (Vietnamese has one form). */
export function nounKey(level: number, n: number): `publicPortal.nouns.${'1' | '2' | '3'}.${'one' | 'many'}` {
  const l = level <= 1 ? '1' : level === 2 ? '2' : '3';
  return `publicPortal.nouns.${l}.${n === 1 ? 'one' : 'many'}`;
}
