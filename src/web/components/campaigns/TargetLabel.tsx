import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../api/campaigns.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** "Dose 1 – 18 and over: 100% by 15/12/2021" */
export function useTargetLabel() {
  const { t } = useTranslation();
  const f = useFormat();
  return (x: Campaign['targets'][number]) =>
    t('campaigns.target', {
      stage: t(`campaigns.stages.${x.stage}`),
      group: t(`campaigns.ageGroups.${x.ageGroup}`),
      share: f.pct(x.targetShare, 0),
      date: f.date(x.dueDate),
    });
}
