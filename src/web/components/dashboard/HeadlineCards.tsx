import { Col, Progress, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../server/modules/forms/schema.ts';
import type { Dashboard } from '../../../server/modules/rollups/schema.ts';
import { changeRatio } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { completenessPercent } from '../CompletenessBar.tsx';
import { HeadlineCard } from './HeadlineCard.tsx';
import { CODES, findIndicator, indicatorName } from '../../indicators.ts';

const RED = '#c62828';
const GREEN = '#2e7d32';

export function HeadlineCards({ data, form }: { data: Dashboard; form: Form | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const h = data.headline;
  const c = data.completeness;
  const name = (code: string, fallback: string) => {
    const ind = findIndicator(form, code);
    return ind ? indicatorName(ind, f.lang) : fallback;
  };
  const change = changeRatio(h.casesWeek, h.casesPrevWeek);
  const changeColor = change === null ? undefined : change > 0 ? RED : GREEN;
  const span = { xs: 12, sm: 12, md: 8, xl: 6, xxl: 6 } as const;

  return (
    <Row gutter={[12, 12]}>
      <Col {...span}>
        <HeadlineCard
          title={t('dashboard.casesLast24h')}
          value={f.num(h.casesLast24h)}
          testId="headline-cases"
          color={h.casesLast24h > 0 ? RED : undefined}
          sub={`${t('dashboard.community')}: ${f.num(h.last24h[CODES.community] ?? 0)} · ${t('dashboard.quarantined')}: ${f.num(h.last24h[CODES.quarantined] ?? 0)}`}
        />
      </Col>
      <Col {...span}>
        <HeadlineCard
          title={t('dashboard.casesWeek')}
          value={
            <>
              {f.num(h.casesWeek)}{' '}
              <span style={{ fontSize: 15, color: changeColor }} data-testid="headline-week-change">
                {change === null ? '' : `${change > 0 ? '▲' : change < 0 ? '▼' : ''} ${f.change(change)}`}
              </span>
            </>
          }
          testId="headline-week"
          sub={t('dashboard.prevWeek', { n: f.num(h.casesPrevWeek) })}
        />
      </Col>
      <Col {...span}>
        <HeadlineCard
          title={name(CODES.deaths, t('dashboard.deaths'))}
          value={f.num(h.last24h[CODES.deaths] ?? 0)}
          testId="headline-deaths"
          sub={`${t('dashboard.cumulative')}: ${f.num(h.cumulative[CODES.deaths] ?? 0)}`}
        />
      </Col>
      <Col {...span}>
        <HeadlineCard
          title={name(CODES.recovered, t('dashboard.recovered'))}
          value={f.num(h.last24h[CODES.recovered] ?? 0)}
          testId="headline-recovered"
          color={GREEN}
          sub={`${t('dashboard.cumulative')}: ${f.num(h.cumulative[CODES.recovered] ?? 0)}`}
        />
      </Col>
      <Col {...span}>
        <HeadlineCard
          title={name(CODES.inHospital, t('dashboard.inHospital'))}
          value={f.num(h.cumulative[CODES.inHospital] ?? h.last24h[CODES.inHospital] ?? 0)}
          testId="headline-hospital"
          sub={t('dashboard.current')}
        />
      </Col>
      <Col {...span}>
        <HeadlineCard
          title={t('dashboard.daysSinceLastCase')}
          value={h.daysSinceLastCase === null ? '—' : f.num(h.daysSinceLastCase)}
          testId="headline-days-since"
          sub={h.daysSinceLastCase === null ? t('dashboard.noCaseSinceStart', { date: f.date(data.start) }) : t('dashboard.days')}
        />
      </Col>
      <Col xs={24} sm={24} md={12} xl={12}>
        <HeadlineCard
          title={t('dashboard.completeness')}
          value={`${f.num(c.reported)}/${f.num(c.expected)}`}
          testId="headline-completeness"
          sub={`${t('dashboard.onTime')}: ${f.num(c.onTime)} · ${t('dashboard.late')}: ${f.num(c.late)} · ${t('dashboard.missing')}: ${f.num(c.missing)}`}
        >
          <Progress
            percent={completenessPercent(c)}
            success={{ percent: c.expected ? Math.round((c.onTime / c.expected) * 100) : 0 }}
            size="small"
            format={() => f.pct(c.expected ? c.reported / c.expected : null)}
          />
        </HeadlineCard>
      </Col>
    </Row>
  );
}
