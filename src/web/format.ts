import type { Lang } from './i18n/lang.ts';

const EMPTY = '—';
const VN_TZ = 'Asia/Ho_Chi_Minh';

function separators(lang: Lang): { group: string; decimal: string } {
  return lang === 'vi' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
}

function isNum(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** 1234567.5 → "1.234.567,5" (vi) / "1,234,567.5" (en); at most `maxDigits` decimals, trailing zeros dropped. */
export function formatNumber(n: number | null | undefined, lang: Lang, maxDigits = 0): string {
  if (!isNum(n)) return EMPTY;
  const { group, decimal } = separators(lang);
  const fixed = Math.abs(n).toFixed(maxDigits);
  const [int = '0', frac = ''] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const trimmed = frac.replace(/0+$/, '');
  const negative = n < 0 && Number(fixed) !== 0;
  return (negative ? '-' : '') + grouped + (trimmed ? decimal + trimmed : '');
}

/** A ratio as a percentage: 0.01368 → "1,4%" (vi) / "1.4%" (en). */
export function formatPercent(ratio: number | null | undefined, lang: Lang, digits = 1): string {
  if (!isNum(ratio)) return EMPTY;
  return formatNumber(ratio * 100, lang, digits) + '%';
}

/** Change from `previous` to `current` as a signed percentage; null when there is no base to compare with. */
export function changeRatio(current: number, previous: number): number | null {
  if (!previous) return null;
  return (current - previous) / previous;
}

export function formatChange(ratio: number | null | undefined, lang: Lang, digits = 1): string {
  if (!isNum(ratio)) return EMPTY;
  const text = formatPercent(ratio, lang, digits);
  return ratio > 0 && text !== '0%' ? '+' + text : text;
}

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Calendar fields of an instant as seen in Vietnam. */
export function vnParts(instant: Date): Parts {
  const out: Parts = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const p of partsFormatter.formatToParts(instant)) {
    if (p.type in out) out[p.type as keyof Parts] = p.value;
  }
  return out;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2021-12-10" (a period) or an ISO timestamp → "10/12/2021"; timestamps are read in Vietnam time. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return EMPTY;
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return EMPTY;
  const p = vnParts(d);
  return `${p.day}/${p.month}/${p.year}`;
}

/** ISO timestamp → "17:00 10/12/2021" in Vietnam time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return EMPTY;
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return EMPTY;
  const p = vnParts(d);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** Today's date in Vietnam as "YYYY-MM-DD". */
export function todayInVietnam(now: Date = new Date()): string {
  const p = vnParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}
