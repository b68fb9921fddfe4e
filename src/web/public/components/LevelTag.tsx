import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, type Level } from '../../../domain/epidemic-level.ts';

/** Dark text on the yellow of level 2, white on the others. */
export const levelTextColour = (level: Level): string => (level === 2 ? '#1f1f1f' : '#ffffff');

export function LevelTag({ level, testId }: { level: Level | null; testId?: string }) {
  const { t } = useTranslation();
  if (level === null) return <Tag data-testid={testId}>{t('publicPortal.children.notAssessed')}</Tag>;
  return (
    <Tag
      style={{ background: LEVEL_COLOURS[level], borderColor: LEVEL_COLOURS[level], color: levelTextColour(level), fontWeight: 600 }}
      data-testid={testId}
    >
      {t('publicPortal.level.short', { level })}
    </Tag>
  );
}
