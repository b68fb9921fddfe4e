import { Button, Card, Col, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCampaigns, type Campaign } from '../api/labtests.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { CampaignForm } from '../components/cases/CampaignForm.tsx';
import { CampaignProgressCard } from '../components/cases/CampaignProgressCard.tsx';
import { UnitSelect } from '../components/users/UnitSelect.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

/** Screening campaigns of a unit (markets, factories…): add one, and follow each period's progress against its target. */
export default function ScreeningPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const [unitId, setUnitId] = useState<number>(user.unit.id);
  const [openId, setOpenId] = useState<number | null>(null);
  const list = useAsync(() => fetchCampaigns(unitId), [unitId]);
  const canWrite = user.role !== 'viewer';
  const siteKind = (k: string) => t(`cases.screening.siteKind.${k as 'other'}`);

  return (
    <div>
      <Typography.Title level={3}>{t('cases.screening.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.screening.intro')}</Typography.Paragraph>
      <div style={{ maxWidth: 400, marginBottom: 12 }}>
        <UnitSelect value={unitId} onChange={(id) => { setUnitId(id); setOpenId(null); }} />
      </div>
      <Row gutter={[16, 16]}>
        {canWrite && (
          <Col xs={24} lg={8}>
            <Card size="small" title={t('cases.screening.add')}>
              <CampaignForm unitId={unitId} onSaved={(id) => { list.reload(); setOpenId(id); }} />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={canWrite ? 16 : 24}>
          {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
          <Table<Campaign>
            rowKey="id"
            size="small"
            scroll={{ x: true }}
            loading={list.loading}
            dataSource={list.data ?? []}
            pagination={false}
            rowClassName={(c) => (c.id === openId ? 'ant-table-row-selected' : '')}
            columns={[
              { title: t('cases.screening.name'), render: (_, c) => <a onClick={() => setOpenId(c.id)}>{c.name}</a> },
              { title: t('cases.screening.site'), render: (_, c) => `${siteKind(c.siteKind)}: ${c.siteName}` },
              { title: t('cases.field.unit'), render: (_, c) => c.unitName },
              { title: t('cases.screening.target'), render: (_, c) => t('cases.screening.targetLine', { share: f.pct(c.targetShare), population: f.num(c.targetPopulation), days: c.periodDays }) },
              { title: t('cases.screening.start'), render: (_, c) => f.date(c.startDate) },
              { title: t('cases.screening.end'), render: (_, c) => (c.endDate ? f.date(c.endDate) : '') },
              { title: '', render: (_, c) => <Button size="small" onClick={() => setOpenId(c.id)}>{t('cases.screening.open')}</Button> },
            ]}
          />
          {openId !== null && (
            <div style={{ marginTop: 16 }}>
              <CampaignProgressCard campaignId={openId} canWrite={canWrite} />
            </div>
          )}
        </Col>
      </Row>
    </div>
  );
}
