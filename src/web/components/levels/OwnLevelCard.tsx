import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Level, RuleSetDefinition } from '../../../domain/epidemic-level.ts';
import type { LevelOverview } from '../../api/levels.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { LevelTag } from './LevelTag.tsx';
import { levelName, levelShort } from './levelText.ts';
import { MeasuresTable } from './MeasuresTable.tsx';
import { WhyTable } from './WhyTable.tsx';

type Own = NonNullable<LevelOverview['own']>;

/** The unit's level in effect, the computed one beside a decision, the rule set, why, and the measures. */
export function OwnLevelCard({ own, unitName, definition }: { own: Own; unitName: string; definition?: RuleSetDefinition | undefined }) {
  const { t } = useTranslation();
  const { cell, ruleSet } = own;
  const decision = cell.decision;
  return (
    <Card size="small" title={t('levels.own.title', { unit: unitName })} data-testid="own-level">
      <Flex wrap gap="12px 40px" align="flex-start" style={{ marginBottom: 16 }}>
        <div>
          <div className="ec-card-sub">{t('levels.own.inEffect')}</div>
          <span style={{ fontSize: 18 }}>
            <LevelTag level={cell.level} testId="own-level-in-effect" />
          </span>
          {cell.previous ? (
            <div>
              <Typography.Text type="secondary">{t('levels.own.previous', { level: levelShort(t, cell.previous as Level) })}</Typography.Text>
            </div>
          ) : null}
          {cell.quiet14 ? <Tag color="green">{t('levels.own.quiet14')}</Tag> : null}
        </div>
        {decision ? (
          <div data-testid="own-decision" style={{ maxWidth: 420 }}>
            <div className="ec-card-sub">{t('levels.own.computed')}</div>
            <LevelTag level={cell.computed} testId="own-level-computed" />
            <div>{t('levels.own.byDecision', { no: decision.decisionNo, date: formatDate(decision.decisionDate) })}</div>
            <Typography.Text type="secondary">{t('levels.own.reason', { reason: decision.reason })}</Typography.Text>
          </div>
        ) : null}
        <div data-testid="own-rule-set" style={{ maxWidth: 520 }}>
          <div className="ec-card-sub">{t('levels.own.ruleSet')}</div>
          <strong>{ruleSet.code}</strong> {ruleSet.provinceId !== null ? <Tag color="purple">{t('levels.own.provinceAdjusted')}</Tag> : null}
          <div>
            <Typography.Text type="secondary">{ruleSet.source}</Typography.Text>
          </div>
          <Typography.Text type="secondary">{t('levels.own.assessedAt', { time: formatDateTime(own.assessedAt) })}</Typography.Text>
        </div>
      </Flex>
      <Typography.Title level={5}>{t('levels.why.title')}</Typography.Title>
      <WhyTable inputs={own.inputs} reasons={own.reasons} definition={definition} />
      <Typography.Title level={5}>{t('levels.measures.title', { level: cell.level ? levelName(t, cell.level as Level) : '' })}</Typography.Title>
      <MeasuresTable measures={own.measures} />
    </Card>
  );
}
