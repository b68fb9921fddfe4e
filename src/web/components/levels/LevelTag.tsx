import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, type Level } from '../../../domain/epidemic-level.ts';
import { levelName, levelShort } from './levelText.ts';

/** A level in its colour ("Cấp 3 – nguy cơ cao"), or "Chưa đánh giá". */
export function LevelTag({ level, short, testId }: { level: number | null | undefined; short?: boolean; testId?: string }) {
  const { t } = useTranslation();
  if (!level) return <Tag data-testid={testId}>{t('levels.level.none')}</Tag>;
  const l = level as Level;
  return (
    <Tag
      data-testid={testId}
      data-level={l}
      variant="solid"
      color={LEVEL_COLOURS[l]}
      // yellow needs dark text to stay readable
      style={{ color: l === 2 ? '#1f1f1f' : '#ffffff', fontWeight: 600, background: LEVEL_COLOURS[l], borderColor: LEVEL_COLOURS[l] }}
    >
      {short ? levelShort(t, l) : levelName(t, l)}
    </Tag>
  );
}
