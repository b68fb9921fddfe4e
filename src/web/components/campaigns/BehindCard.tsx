import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchBehind } from '../../api/campaigns.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { BehindList } from './BehindList.tsx';

/** On the command dashboard: the units behind their vaccination targets, worst first. */
export function BehindCard({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const behind = useAsync(() => fetchBehind(unitId), [unitId]);
  return (
    <Card size="small" title={t('campaigns.dashboardBehind')} extra={<Link to="/campaigns">{t('campaigns.nav.campaigns')}</Link>} data-testid="dashboard-behind">
      {behind.error ? <ErrorAlert error={behind.error} onRetry={behind.reload} /> : <BehindList data={behind.data} loading={behind.loading} />}
    </Card>
  );
}
