import { Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, MEASURE_AREAS, type Level, type Measure } from '../../../domain/epidemic-level.ts';
import type { UnitLevel } from '../../api/public.ts';
import { levelName } from '../../components/levels/levelText.ts';
import { formatNumber } from '../../format.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { levelTextColour } from './LevelTag.tsx';

const STATUS_COLOURS: Record<Measure['status'], string> = { allowed: 'green', limited: 'orange', closed: 'red' };

/** The unit's level in effect this week, how it was set, and the measures it brings. */
export function LevelCard({ level }: { level: UnitLevel | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!level) {
    return (
      <Card size="small" title={t('publicPortal.level.title')} data-testid="public-level">
        <Typography.Text type="secondary">{t('publicPortal.level.none')}</Typography.Text>
      </Card>
    );
  }
  const l = level.level as Level;
  const movement =
    level.previous === null ? null : level.level > level.previous ? 'up' : level.level < level.previous ? 'down' : 'same';
  const measures = [...level.measures].sort((a, b) => MEASURE_AREAS.indexOf(a.area) - MEASURE_AREAS.indexOf(b.area));

  return (
    <Card size="small" title={t('publicPortal.level.title')} data-testid="public-level" styles={{ body: { padding: 0 } }}>
      <Row>
        <Col xs={24} md={9} style={{ background: LEVEL_COLOURS[l], color: levelTextColour(l), padding: 16 }}>
          <div style={{ fontSize: 22, fontWeight: 700, lineHeight: 1.3 }} data-testid="public-level-name">
            {levelName(t, l)}
          </div>
          <div style={{ marginTop: 4 }}>{t('publicPortal.level.week', { from: f.date(level.week), to: f.date(level.weekEnd) })}</div>
          {movement && (
            <div style={{ marginTop: 4 }} data-testid="public-level-movement">
              {movement === 'up' ? '▲ ' : movement === 'down' ? '▼ ' : ''}
              {t(`publicPortal.level.${movement}`)}
              {movement !== 'same' && level.previous !== null ? ` (${t('publicPortal.level.previous', { level: level.previous })})` : ''}
            </div>
          )}
        </Col>
        <Col xs={24} md={15} style={{ padding: 16 }}>
          <Space orientation="vertical" size={2}>
            {level.decision ? (
              <Typography.Text strong>
                {t('publicPortal.level.decided', {
                  no: level.decision.decisionNo,
                  date: f.date(level.decision.decisionDate),
                  by: level.decision.decidedBy.longName,
                })}
              </Typography.Text>
            ) : null}
            {level.decision && level.computed !== level.level ? (
              <Typography.Text type="secondary">{t('publicPortal.level.computed', { level: level.computed })}</Typography.Text>
            ) : null}
            <Typography.Text>
              {t('publicPortal.level.caseRate')}: <b className="ec-num">{level.caseRate === null ? '—' : formatNumber(level.caseRate, f.lang, 1)}</b>
            </Typography.Text>
            <Typography.Text>
              {t('publicPortal.level.fullCoverage')}:{' '}
              <b className="ec-num">{level.fullCoverage === null ? '—' : f.pct(level.fullCoverage / 100)}</b>
            </Typography.Text>
            <Typography.Text type="secondary">{t('publicPortal.level.ruleSet', { name: level.ruleSet.name })}</Typography.Text>
          </Space>
        </Col>
      </Row>
      <div style={{ padding: '12px 16px 16px', borderTop: '1px solid #f0f0f0' }}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('publicPortal.measures.title')}
        </Typography.Title>
        {measures.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publicPortal.measures.none')} />
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="public-measures">
            {measures.map((m, i) => (
              <li key={`${m.area}-${i}`} style={{ display: 'flex', gap: 8, alignItems: 'baseline', padding: '4px 0' }}>
                <Tag color={STATUS_COLOURS[m.status]} style={{ minWidth: 76, textAlign: 'center' }}>
                  {t(`publicPortal.measures.${m.status}`)}
                </Tag>
                <span>
                  <b>{t(`publicPortal.measures.areas.${m.area}`)}:</b> {f.lang === 'vi' ? m.vi : m.en}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
