import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client.ts';
import { en } from './en.ts';
import { isLang, storeLang, storedLang, type Lang } from './lang.ts';
import { vi } from './vi.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

function apply(lang: Lang): void {
  setApiLanguage(lang);
  dayjs.locale(lang);
  document.documentElement.lang = lang;
}

const initial = storedLang();
apply(initial);

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  const lang: Lang = isLang(lng) ? lng : 'vi';
  apply(lang);
  storeLang(lang);
});

export default i18n;
