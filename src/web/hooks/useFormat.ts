import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatChange, formatDate, formatDateTime, formatNumber, formatPercent } from '../format.ts';
import { isLang, type Lang } from '../i18n/lang.ts';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : 'vi';
}

export function useFormat() {
  const lang = useLang();
  return useMemo(
    () => ({
      lang,
      num: (n: number | null | undefined) => formatNumber(n, lang),
      pct: (ratio: number | null | undefined, digits?: number) => formatPercent(ratio, lang, digits),
      change: (ratio: number | null | undefined) => formatChange(ratio, lang),
      date: formatDate,
      dateTime: formatDateTime,
    }),
    [lang],
  );
}
