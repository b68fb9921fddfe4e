import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../hooks/useFormat.ts';
import type { Lang } from '../i18n/lang.ts';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const lang = useLang();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('app.language')}
      data-testid="lang-switch"
      value={lang}
      onChange={(v) => void i18n.changeLanguage(v)}
      options={[
        { label: 'VI', value: 'vi', title: 'Tiếng Việt' },
        { label: 'EN', value: 'en', title: 'English' },
      ]}
    />
  );
}
