import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, LEVELS } from '../../../domain/epidemic-level.ts';
import { levelLegend } from './levelText.ts';

/** The four levels in their colours. */
export function LevelLegend() {
  const { t } = useTranslation();
  return (
    <Flex wrap gap="4px 16px" data-testid="level-legend" role="list" aria-label={t('levels.map.legend')}>
      {LEVELS.map((l) => (
        <span key={l} role="listitem" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <span aria-hidden style={{ width: 14, height: 14, borderRadius: 3, background: LEVEL_COLOURS[l], display: 'inline-block' }} />
          {levelLegend(t, l)}
        </span>
      ))}
    </Flex>
  );
}
