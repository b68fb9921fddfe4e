/**
 * Is this the same person? Pure rules for the person register: normalising identifiers as
 * people type them, and comparing names accent-insensitively. Vietnamese names are written
 * family name first, given name last ("Nguyễn Văn An"), middle names are often left out.
 */
import { foldVietnamese } from './text.ts';

/** "0912 345 678", "+84 912.345.678" → "0912345678"; null when empty. Not checked here. */
export function normalizePhone(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let s = raw.replace(/[\s.\-()]/g, '');
  if (s.startsWith('+84')) s = '0' + s.slice(3);
  else if (s.startsWith('84') && s.length === 11) s = '0' + s.slice(2);
  return s || null;
}

export const isPhone = (s: string) => /^[0-9]{9,11}$/.test(s);

/** CCCD (12 digits) or CMND (9 digits), spaces removed; null when empty. Not checked here. */
export function normalizeNationalId(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const s = raw.replace(/[\s.\-]/g, '');
  return s || null;
}

export const isNationalId = (s: string) => /^[0-9]{9}([0-9]{3})?$/.test(s);

/** Edit distance (insertions, deletions, substitutions), two rows of memory. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** One typo allowed in a word of four letters or more; shorter words must be equal. */
const closeWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && levenshtein(a, b) <= 1);

const tokens = (name: string) => foldVietnamese(name).split(' ').filter(Boolean);

/**
 * Whether two names probably belong to the same person: accents and case ignored; the given
 * name (last word) and the family name (first word) match up to one typo; and the rest is
 * nearly the same or one name just leaves out middle names ("Nguyễn An" ~ "Nguyen Van An").
 * "Nguyễn Văn An" and "Nguyễn Văn Bình" are not similar, nor are household members who
 * share a phone ("Nguyễn Văn Hùng", "Nguyễn Thị Hoa").
 */
export function similarNames(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  const ja = ta.join(' ');
  const jb = tb.join(' ');
  if (ja === jb) return true;
  if (ta.length === 1 || tb.length === 1) return false;
  if (!closeWord(ta[ta.length - 1]!, tb[tb.length - 1]!) || !closeWord(ta[0]!, tb[0]!)) return false;
  const ratio = 1 - levenshtein(ja, jb) / Math.max(ja.length, jb.length);
  if (ratio >= 0.85) return true;
  // middle names left out: the shorter name's middle words all appear in the longer one
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const longMiddle = long.slice(1, -1);
  return short.slice(1, -1).every((w) => longMiddle.includes(w));
}

/** The given name (last word) of a folded name: what the duplicate search narrows by. */
export const givenName = (folded: string) => folded.slice(folded.lastIndexOf(' ') + 1);
