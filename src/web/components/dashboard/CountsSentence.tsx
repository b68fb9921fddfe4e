import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../server/modules/rollups/schema.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { levelPluralKey } from '../../levels.ts';

export function CountsSentence({ counts, level }: { counts: Dashboard['counts']; level: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!counts.children) return null;
  return (
    <Typography.Paragraph data-testid="counts-sentence" style={{ marginBottom: 12 }}>
      {t('dashboard.counts', {
        noCase: f.num(counts.noCase14Days),
        more: f.num(counts.moreThisWeek),
        today: f.num(counts.withCasesToday),
        total: f.num(counts.children),
        level: t(levelPluralKey(level)),
      })}
    </Typography.Paragraph>
  );
}
