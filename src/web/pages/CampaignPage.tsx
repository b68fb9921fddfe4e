import { Alert, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { fetchCampaign } from '../api/campaigns.ts';
import { CampaignActions } from '../components/campaigns/CampaignActions.tsx';
import { CampaignEditForm } from '../components/campaigns/CampaignEditForm.tsx';
import { ProgressTable } from '../components/campaigns/ProgressTable.tsx';
import { StatusTag } from '../components/campaigns/StatusTag.tsx';
import { useTargetLabel } from '../components/campaigns/TargetLabel.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

/**
 * One campaign at a unit: each target with the unit's and its children's progress, the behind
 * listed; for the officers of its unit or above, an edit mode and closing or deleting it.
 */
export default function CampaignPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useTargetLabel();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ? Number(params.get('unitId')) : undefined;
  const data = useAsync(() => fetchCampaign(id, unitId), [id, unitId]);
  const setUnit = (u: number) => setParams({ unitId: String(u) });
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();

  if (data.error) return <ErrorAlert error={data.error} onRetry={data.reload} />;
  if (!data.data) return <PageSpinner />;
  const { campaign, unit, targets } = data.data;
  return (
    <>
      <Link to="/campaigns">{t('campaigns.back')}</Link>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} data-testid="campaign-title">
          {campaign.name} {campaign.closed && <Tag data-testid="campaign-closed">{t('campaigns.closedTag')}</Tag>}
        </Typography.Title>
        {campaign.canEdit && !editing && (
          <CampaignActions campaign={campaign} onEdit={() => setEditing(true)} onChanged={data.reload} onDeleted={() => navigate('/campaigns')} />
        )}
      </Flex>
      {campaign.closed && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }}
          message={t('campaigns.closedNote', { date: f.dateTime(campaign.closed.at), by: campaign.closed.by ?? '' })}
          description={<>{campaign.closed.reason && <div>{t('campaigns.closedReason', { reason: campaign.closed.reason })}</div>}{t('campaigns.closedEffect')}</>} />
      )}
      {editing && <CampaignEditForm campaign={campaign} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); data.reload(); }} />}
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
