import { Card, Col, Empty, Progress, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchCampaignProgress, type CampaignProgress } from '../../api/labtests.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { RecordTestForm } from './RecordTestForm.tsx';

type Period = CampaignProgress['periods'][number];

const STATE_COLOR: Record<Period['state'], string> = { met: 'green', on_track: 'blue', behind: 'orange', missed: 'red' };
const STROKE: Record<Period['state'], string> = { met: '#52c41a', on_track: '#1677ff', behind: '#fa8c16', missed: '#ff4d4f' };

/** One campaign's periods, newest first, each a bar of people tested against the period's target; tests recorded here count for it. */
export function CampaignProgressCard({ campaignId, canWrite }: { campaignId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const progress = useAsync(() => fetchCampaignProgress(campaignId), [campaignId]);
  const c = progress.data?.campaign;
  const periods = [...(progress.data?.periods ?? [])].reverse();

  return (
    <Card size="small" loading={!progress.data && !progress.error} title={c ? `${c.name} — ${c.siteName}` : t('cases.screening.progress')}>
      {progress.error ? <ErrorAlert error={progress.error} onRetry={progress.reload} /> : null}
      {c && (
        <Typography.Paragraph type="secondary">
          {t('cases.screening.target')}: {t('cases.screening.targetLine', { share: f.pct(c.targetShare), population: f.num(c.targetPopulation), days: c.periodDays })} ·{' '}
          {f.date(c.startDate)} – {c.endDate ? f.date(c.endDate) : t('cases.screening.ongoing')}
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={canWrite ? 14 : 24}>
          {progress.data && !periods.length && <Empty description={t('cases.screening.noPeriods')} />}
          {periods.map((p) => (
            <div key={p.from} style={{ marginBottom: 12 }} data-testid="screening-period">
              <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8 }}>
                <span>
                  {t('cases.screening.period')} {f.date(p.from)} – {f.date(p.to)}
                </span>
                <Tag color={STATE_COLOR[p.state]}>{t(`cases.screening.state.${p.state}`)}</Tag>
              </div>
              <Progress
                percent={p.target > 0 ? Math.min(100, Math.round((p.tested / p.target) * 100)) : 0}
                strokeColor={STROKE[p.state]}
                format={() => t('cases.screening.counts', { tested: f.num(p.tested), target: f.num(p.target) })}
              />
              {(p.state === 'on_track' || p.state === 'behind') && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('cases.screening.expected', { expected: f.num(p.expected) })}
                </Typography.Text>
              )}
            </div>
          ))}
        </Col>
        {canWrite && (
          <Col xs={24} md={10}>
            <Typography.Title level={5}>{t('cases.screening.recordTest')}</Typography.Title>
            <RecordTestForm campaignId={campaignId} onSaved={progress.reload} />
          </Col>
        )}
      </Row>
    </Card>
  );
}
