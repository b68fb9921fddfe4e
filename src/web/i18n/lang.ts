export type Lang = 'vi' | 'en';

export const LANG_STORAGE_KEY = 'epicenter.lang';

export function isLang(v: unknown): v is Lang {
  return v === 'vi' || v === 'en';
}

export function storedLang(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(v) ? v : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // private mode or storage full: the choice just isn't remembered
  }
}
