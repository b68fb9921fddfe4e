import { App, Button, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchBulletin, type DashboardParams } from '../../api/dashboard.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useLang } from '../../hooks/useFormat.ts';
import { copyText } from '../copyText.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';

export function BulletinPanel({ params }: { params: DashboardParams }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useLang();
  const { data, error, loading, reload } = useAsync(() => fetchBulletin(params), [params.unitId, params.form, params.date, lang]);

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Skeleton active paragraph={{ rows: 6 }} />;

  const copy = () =>
    copyText(`${data.title}\n\n${data.text}`).then(
      () => message.success(t('dashboard.copied')),
      () => message.error(t('errors.copyFailed')),
    );
  return (
    <Card
      size="small"
      loading={loading}
      title={<span style={{ whiteSpace: 'normal' }}>{data.title}</span>}
      extra={
        <Button onClick={() => void copy()} data-testid="bulletin-copy">
          {t('dashboard.copy')}
        </Button>
      }
    >
      <pre className="ec-bulletin" data-testid="bulletin-text">
        {data.text}
      </pre>
    </Card>
  );
}
