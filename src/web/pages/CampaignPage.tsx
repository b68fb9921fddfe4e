import { Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { fetchCampaign } from '../api/campaigns.ts';
import { ProgressTable } from '../components/campaigns/ProgressTable.tsx';
import { StatusTag } from '../components/campaigns/StatusTag.tsx';
import { useTargetLabel } from '../components/campaigns/TargetLabel.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

/** One campaign at a unit: each target with the unit's and its children's progress, the behind listed. */
export default function CampaignPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useTargetLabel();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ? Number(params.get('unitId')) : undefined;
  const data = useAsync(() => fetchCampaign(id, unitId), [id, unitId]);
  const setUnit = (u: number) => setParams({ unitId: String(u) });

  if (data.error) return <ErrorAlert error={data.error} onRetry={data.reload} />;
  if (!data.data) return <PageSpinner />;
  const { campaign, unit, targets } = data.data;
  return (
    <>
      <Link to="/campaigns">{t('campaigns.back')}</Link>
      <Typography.Title level={3}>{campaign.name}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 320px' }}><UnitSelect value={unit.id} onChange={setUnit} /></div>
      </Flex>
      {targets.map(({ target, unit: own, children, behind }) => (
        <Card key={target.id} size="small" style={{ marginBottom: 16 }} title={label(target)} extra={<StatusTag status={own.status} />}>
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 8 }}>
            <Descriptions.Item label={unit.name}>{f.pct(own.share, 1)}</Descriptions.Item>
            <Descriptions.Item label={t('campaigns.reached')}>{f.num(own.reached)} / {f.num(own.eligible)}</Descriptions.Item>
            <Descriptions.Item label={t('campaigns.lastWeek')}>{f.num(own.lastWeek)}</Descriptions.Item>
            <Descriptions.Item label={t('campaigns.projected')}>
              {own.status === 'met' ? t('campaigns.status.met') : own.projectedDate ? f.date(own.projectedDate) : t('campaigns.never')}
            </Descriptions.Item>
          </Descriptions>
          {children.length ? <ProgressTable rows={children} onOpen={setUnit} /> : <Empty />}
          {behind.length > 0 && (
            <Typography.Paragraph type="danger" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('campaigns.behindTitle')}: {behind.map((b) => b.unit.name).join(', ')}
            </Typography.Paragraph>
          )}
        </Card>
      ))}
    </>
  );
}
