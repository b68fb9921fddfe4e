import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bands, CoverageMetric, Level, LevelInputs, LevelReasons, RuleSetDefinition } from '../../../domain/epidemic-level.ts';
import { formatNumber } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { LevelTag } from './LevelTag.tsx';

interface Row {
  key: string;
  criterion: ReactNode;
  figures: ReactNode;
  rule: ReactNode;
  /** null: nothing to pass or fail */
  ok: boolean | null;
}

/** vaccinated and the group they are counted against, for each coverage metric */
function coverageParts(metric: CoverageMetric, inputs: LevelInputs): { done: number; of: number | null } {
  const v = inputs.vaccinated;
  switch (metric) {
    case 'adult_dose1':
      return { done: v.adultDose1, of: inputs.population18 };
    case 'elderly_full':
      return { done: v.elderlyFull, of: inputs.population50 };
    case 'population_full':
      return { done: v.allFull, of: inputs.population };
    case 'high_risk_full':
      return { done: v.highRiskFull, of: inputs.population50 };
  }
}

function Mark({ ok }: { ok: boolean | null }) {
  const { t } = useTranslation();
  if (ok === null) return null;
  return ok ? (
    <CheckCircleFilled style={{ color: '#2e7d32' }} aria-label={t('levels.why.yes')} data-ok="true" />
  ) : (
    <CloseCircleFilled style={{ color: '#c62828' }} aria-label={t('levels.why.no')} data-ok="false" />
  );
}

/** Why a unit is at its level: the figures assessed and each criterion's outcome, in the order applied. */
export function WhyTable({ inputs, reasons, definition }: { inputs: LevelInputs; reasons: LevelReasons; definition?: RuleSetDefinition | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n1 = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v, f.lang, 1));
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v, f.lang, 1)}%`);
  const group = (g: number | null) => t('levels.why.caseGroup', { group: g ?? '—' });
  const bandsText = (b: Bands) =>
    b.thresholds.map((th, i) => `${group(i + 2)} ${b.above === 'gte' ? '≥' : '>'} ${formatNumber(th, f.lang, 1)}`).join('; ');

  const rows: Row[] = [
    {
      key: 'population',
      criterion: t('levels.why.population'),
      figures: inputs.population === null ? t('levels.why.populationUnknown') : f.num(inputs.population),
      rule: null,
      ok: null,
    },
    {
      key: 'cases',
      criterion: t('levels.why.communityCases'),
      figures: (
        <>
          {f.num(inputs.communityCases)} <span className="ec-card-sub">({t(`levels.why.source.${inputs.caseSource}`)})</span>
        </>
      ),
      rule: null,
      ok: null,
    },
    {
      key: 'caseRate',
      criterion: t('levels.why.caseRate'),
      figures:
        reasons.caseRate === null || inputs.population === null
          ? '—'
          : t('levels.why.caseRateCalc', { cases: f.num(inputs.communityCases), population: f.num(inputs.population), rate: n1(reasons.caseRate) }),
      rule: (
        <>
          <strong>{group(reasons.caseGroup)}</strong>
          {definition ? <div className="ec-card-sub">{t('levels.why.bands', { bands: bandsText(definition.caseRate) })}</div> : null}
        </>
      ),
      ok: null,
    },
    {
      key: 'newCases14',
      criterion: t('levels.why.newCases14'),
      figures: f.num(inputs.newCases14Days),
      rule: inputs.newCases14Days === 0 ? t('levels.own.quiet14') : null,
      ok: null,
    },
    ...reasons.coverage.map((c, i): Row => {
      const parts = coverageParts(c.metric, inputs);
      return {
        key: `coverage-${i}`,
        criterion: t(`levels.why.coverage.${c.metric}`),
        figures: t('levels.why.coverageCalc', { done: f.num(parts.done), of: f.num(parts.of), percent: pct(c.percent) }),
        rule: t('levels.why.atLeast', { min: formatNumber(c.minPercent, f.lang, 1) }),
        ok: c.met,
      };
    }),
    {
      key: 'matrix',
      criterion: t('levels.why.matrix'),
      figures: reasons.coverage.length
        ? t(reasons.coverageMet ? 'levels.why.coverageMet' : 'levels.why.coverageNotMet')
        : t('levels.why.noCoverageRule'),
      rule: (
        <>
          {t('levels.why.matrixResult', {
            group: reasons.caseGroup,
            met: t(reasons.coverageMet ? 'levels.why.met' : 'levels.why.notMet'),
          })}{' '}
          <LevelTag level={reasons.matrixLevel} short />
        </>
      ),
      ok: null,
    },
    {
      key: 'capacity',
      criterion: t('levels.why.capacity'),
      figures: (
        <>
          {t('levels.why.capacityCalc', { beds: f.num(inputs.capacity.beds), occupied: f.num(inputs.capacity.occupied), icu: f.num(inputs.capacity.icuBeds) })}
          <div className="ec-card-sub">
            {t('levels.why.freeBeds', { value: n1(reasons.capacity.freeBedsPer100k) })}; {t('levels.why.icuBeds', { value: n1(reasons.capacity.icuBedsPer100k) })}
          </div>
        </>
      ),
      rule:
        definition && definition.capacity.freeBedsPer100kMin === null && definition.capacity.icuBedsPer100kMin === null
          ? t('levels.why.capacityNotChecked')
          : reasons.capacity.raised
            ? t('levels.why.raised')
            : null,
      // without the rule set it is unknown whether capacity was checked at all: only a raise is certain
      ok: !definition
        ? reasons.capacity.raised
          ? false
          : null
        : definition.capacity.freeBedsPer100kMin === null && definition.capacity.icuBedsPer100kMin === null
          ? null
          : reasons.capacity.met,
    },
  ];

  const sev = reasons.severity;
  if (sev.oxygenGroup !== null || sev.deathGroup !== null) {
    rows.push({
      key: 'severity',
      criterion: t('levels.why.severity'),
      figures: t('levels.why.severityFigures', { oxygen: f.num(inputs.oxygenPatients), deaths: f.num(inputs.deaths) }),
      rule: (
        <>
          {sev.oxygenGroup !== null ? <div>{t('levels.why.oxygen', { rate: n1(sev.oxygenRate), group: sev.oxygenGroup })}</div> : null}
          {sev.deathGroup !== null ? <div>{t('levels.why.deaths', { rate: n1(sev.deathRate), group: sev.deathGroup })}</div> : null}
        </>
      ),
      ok: null,
    });
  }
  if (reasons.rollUp && inputs.childLevels?.length) {
    rows.push({
      key: 'rollUp',
      criterion: t('levels.why.rollUp'),
      figures: (
        <>
          {[...inputs.childLevels]
            .sort((a, b) => a.level - b.level)
            .map((c) => (
              <div key={c.level}>
                {t('levels.why.rollUpItem', { level: t(`levels.level.short${c.level}`), units: f.num(c.units), population: f.num(c.population) })}
              </div>
            ))}
        </>
      ),
      rule: reasons.rollUp.level ? (
        <>
          {t('levels.why.rollUpResult', { level: t(`levels.level.short${reasons.rollUp.level}`) })}
          {reasons.rollUp.raised ? ` (${t('levels.why.raised')})` : ''}
        </>
      ) : null,
      ok: null,
    });
  }
  rows.push({
    key: 'result',
    criterion: <strong>{t('levels.why.result')}</strong>,
    figures: null,
    rule: <LevelTag level={reasons.level as Level} testId="why-level" />,
    ok: null,
  });

  const columns: TableColumnsType<Row> = [
    { title: t('levels.why.criterion'), dataIndex: 'criterion', key: 'criterion', width: '32%' },
    { title: t('levels.why.figures'), dataIndex: 'figures', key: 'figures' },
    { title: t('levels.why.rule'), dataIndex: 'rule', key: 'rule' },
    { title: '', key: 'ok', width: 36, align: 'center', render: (_, r) => <Mark ok={r.ok} /> },
  ];
  return (
    <Table<Row>
      size="small"
      data-testid="level-why"
      columns={columns}
      dataSource={rows}
      pagination={false}
      rowKey="key"
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `why-${r.key}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
