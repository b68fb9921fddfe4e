import { Col, Progress, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicOverview } from '../../api/public.ts';
import { HeadlineCard } from '../../components/dashboard/HeadlineCard.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { countText } from '../counts.ts';

const COL = { xs: 12, md: 6 } as const;
const COL3 = { xs: 8 } as const;
const COL_SHARE = { xs: 24, sm: 8 } as const;

/** The headline figures of a unit as statistic cards: cases, outcomes, and vaccination. */
export function HeadlineSection({ data }: { data: PublicOverview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const h = data.headline;
  const c = (x: Parameters<typeof countText>[0]) => countText(x, data.suppression, f.num);
  const share = (key: 'adultDose1' | 'populationFull' | 'booster', testId: string) => {
    const s = data.coverage[key];
    return (
      <Col {...COL_SHARE}>
        <HeadlineCard title={t(`publicPortal.headline.${key}`)} value={s.percent === null ? '—' : f.pct(s.percent / 100)} testId={testId}>
          <Progress percent={Math.min(100, s.percent ?? 0)} showInfo={false} size="small" strokeColor="#0b5cad" />
          <div className="ec-card-sub">
            {t('publicPortal.headline.ofEligible', { vaccinated: c(s.vaccinated), eligible: f.num(s.eligible) })}
          </div>
        </HeadlineCard>
      </Col>
    );
  };

  return (
    <Row gutter={[12, 12]} data-testid="public-headline">
      <Col {...COL}>
        <HeadlineCard
          title={t('publicPortal.headline.cases24h')}
          value={c(h.last24h.total)}
          color="#d84315"
          testId="headline-24h"
          sub={t('publicPortal.headline.split24h', { community: c(h.last24h.community), quarantined: c(h.last24h.quarantined) })}
        />
      </Col>
      <Col {...COL}>
        <HeadlineCard
          title={t('publicPortal.headline.last7Days')}
          value={c(h.last7Days)}
          testId="headline-7d"
          sub={t('publicPortal.headline.previous7Days', { n: c(h.previous7Days) })}
        />
      </Col>
      <Col {...COL}>
        <HeadlineCard
          title={t('publicPortal.headline.cumulative')}
          value={c(h.cumulative.cases)}
          testId="headline-cumulative"
          sub={t('publicPortal.headline.since', { date: f.date(data.start) })}
        />
      </Col>
      <Col {...COL}>
        <HeadlineCard
          title={t('publicPortal.headline.daysSince')}
          value={h.daysSinceLastCase === null ? t('publicPortal.headline.noCaseEver') : t('publicPortal.headline.days', { n: f.num(h.daysSinceLastCase) })}
          testId="headline-days-since"
        />
      </Col>
      <Col {...COL3}>
        <HeadlineCard title={t('publicPortal.headline.inHospital')} value={c(h.inHospital)} testId="headline-in-hospital" />
      </Col>
      <Col {...COL3}>
        <HeadlineCard title={t('publicPortal.headline.recovered')} value={c(h.cumulative.recovered)} color="#2e7d32" testId="headline-recovered" />
      </Col>
      <Col {...COL3}>
        <HeadlineCard title={t('publicPortal.headline.deaths')} value={c(h.cumulative.deaths)} testId="headline-deaths" />
      </Col>
      {share('adultDose1', 'headline-adult-dose1')}
      {share('populationFull', 'headline-population-full')}
      {share('booster', 'headline-booster')}
    </Row>
  );
}
