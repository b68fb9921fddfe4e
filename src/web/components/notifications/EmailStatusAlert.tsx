import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchEmailStatus } from '../../api/notifications.ts';
import { useAsync } from '../../hooks/useAsync.ts';

/** For administrators: says when reminder emails cannot leave (no SMTP) or have failed for good. */
export function EmailStatusAlert() {
  const { t } = useTranslation();
  const { data } = useAsync(() => fetchEmailStatus(), []);
  if (!data) return null;
  if (!data.smtpConfigured) {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('notifications.smtp.notConfigured')}
        description={[data.waiting > 0 ? t('notifications.smtp.waiting', { waiting: data.waiting }) : '', t('notifications.smtp.notConfiguredHint')].join(' ').trim()}
        data-testid="smtp-status"
      />
    );
  }
  if (data.failed > 0) {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('notifications.smtp.failed', { failed: data.failed })}
        description={data.lastError ? t('notifications.smtp.lastError', { error: data.lastError }) : undefined}
        data-testid="smtp-status"
      />
    );
  }
  return null;
}
