/** Reminders of task deadlines, in the app and by email: the pure parts. */
import { VN_OFFSET_HOURS } from './dates.ts';

/** An email that failed this many times is no longer retried (its last error stays on the row). */
export const MAX_EMAIL_ATTEMPTS = 5;

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as Vietnamese officials write a deadline: "17:00 12/12/2021" (Vietnam time). */
export function hourAndDate(at: Date): string {
  const d = new Date(at.getTime() + VN_OFFSET_HOURS * 3_600_000);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

// One @, no spaces, a dot in the domain: what a mail server can route, without pretending to
// implement RFC 5322 (the server refuses the rest and the failure is kept on the outbox row).
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A typed address trimmed and lower-cased, or null when empty; undefined when it is not an address. */
export function normaliseEmail(input: string): string | null | undefined {
  const v = input.trim().toLowerCase();
  if (!v) return null;
  return v.length <= 254 && EMAIL.test(v) ? v : undefined;
}
