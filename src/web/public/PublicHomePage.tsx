import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export default function PublicHomePage() {
  const { t } = useTranslation();
  return <Typography.Title level={3}>{t('publicPortal.title')}</Typography.Title>;
}
