import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchBehind, fetchCampaigns } from '../api/campaigns.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { BehindList } from '../components/campaigns/BehindList.tsx';
import { CampaignModal } from '../components/campaigns/CampaignModal.tsx';
import { useTargetLabel } from '../components/campaigns/TargetLabel.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';

/** The campaigns covering a unit, the units behind on their targets, and a form to start one. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const label = useTargetLabel();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [adding, setAdding] = useState(false);
  const list = useAsync(() => fetchCampaigns(unitId), [unitId]);
  const behind = useAsync(() => fetchBehind(unitId), [unitId]);
  const canCreate = user.role === 'admin' || user.role === 'officer';

  const saved = () => {
    setAdding(false);
    list.reload();
    behind.reload();
  };

  return (
    <>
      <Typography.Title level={3}>{t('campaigns.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: '0 1 320px' }}><UnitSelect {...(unitId !== undefined ? { value: unitId } : {})} onChange={setUnitId} /></div>
        {canCreate && <Button type="primary" onClick={() => setAdding(true)}>{t('campaigns.add')}</Button>}
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <List
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: <Empty description={t('campaigns.none')} /> }}
        renderItem={(c) => (
          <List.Item extra={<Link to={`/campaigns/${c.id}${unitId ? `?unitId=${unitId}` : ''}`}>{t('campaigns.open')}</Link>}>
            <List.Item.Meta
              title={<><Link to={`/campaigns/${c.id}${unitId ? `?unitId=${unitId}` : ''}`}>{c.name}</Link> {c.closed && <Tag>{t('campaigns.closedTag')}</Tag>}</>}
              description={<>{c.unit.name}{c.targets.map((x) => <div key={x.id}>{label(x)}</div>)}</>}
            />
          </List.Item>
        )}
      />
      <Card title={t('campaigns.behindTitle')} size="small" style={{ marginTop: 16 }}>
        {behind.error ? <ErrorAlert error={behind.error} onRetry={behind.reload} /> : null}
        <BehindList data={behind.data} loading={behind.loading} />
      </Card>
      {adding && <CampaignModal unitId={unitId ?? user.unit.id} onCancel={() => setAdding(false)} onSaved={saved} />}
    </>
  );
}
